/**
 * Attributing credit to calendar years (interpretations.md "Which year"):
 * a declared 归属年度 wins; else hour-based spans across New Year are split by
 * their days in each year; fixed-credit items go to the year of their evidence;
 * a programme earns in each year its term touches. Month-based splitting lives
 * in ./credit/monthsProrated.ts.
 */
import { daysByYear, yearOf } from './dates';
import type { Activity } from './types';

export type YearAmounts = Array<{ year: number; amount: number }>;

/**
 * The one year an activity's days fall in (a declared year, or dates within one
 * calendar year); null when they span several; undefined when unknown. The
 * engine's fast path: most records sit in one year.
 */
export function singleYearOfDays(activity: Activity): number | null | undefined {
  if (activity.year !== undefined) return activity.year;
  const { start, end } = activity;
  if (start === undefined && end === undefined) return undefined;
  const s = start ?? (end as number);
  const e = end ?? s;
  const first = yearOf(s);
  return e < s || yearOf(e) === first ? first : null;
}

/** Splits `amount` over the years of the activity's days; undefined when no year can be known. */
export function splitByDays(activity: Activity, amount: number): YearAmounts | undefined {
  if (activity.year !== undefined) return [{ year: activity.year, amount }];
  const { start, end } = activity;
  if (start === undefined && end === undefined) return undefined;
  const s = start ?? (end as number);
  const e = end ?? s;
  const firstYear = yearOf(s);
  if (e < s || yearOf(e) === firstYear) return [{ year: firstYear, amount }];
  const parts = daysByYear(s, e);
  if (parts.length === 1) return [{ year: parts[0].year, amount }];
  const total = e - s + 1;
  // Keep the sum exact: the last year takes the remainder.
  let given = 0;
  return parts.map((p, i) => {
    const a = i === parts.length - 1 ? amount - given : (amount * p.days) / total;
    given += a;
    return { year: p.year, amount: a };
  });
}

/** The year of the evidence: declared year, else the end date's year, else the start's. */
export function evidenceYear(activity: Activity): number | undefined {
  if (activity.year !== undefined) return activity.year;
  const day = activity.end ?? activity.start;
  return day === undefined ? undefined : yearOf(day);
}

/** Every calendar year the term touches; a declared year alone when declared. */
export function yearsOfTerm(activity: Activity): number[] | undefined {
  if (activity.year !== undefined) return [activity.year];
  const { start, end } = activity;
  if (start === undefined && end === undefined) return undefined;
  const first = yearOf(start ?? (end as number));
  const last = yearOf(end ?? (start as number));
  const years: number[] = [];
  for (let y = Math.min(first, last); y <= Math.max(first, last); y++) years.push(y);
  return years;
}
