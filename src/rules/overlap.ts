/**
 * interpretations.md "8 hours a day": overlapping records of one person that
 * exceed 8 hours on a day raise a warning (not a cut).
 */
import { isoDate } from './dates';
import { ruleIssue } from './issues';
import { PER_DAY_CAP } from './notice';
import type { ActivityCredit, RuleIssue } from './types';

const MAX_SPAN_DAYS = 400;
const EPS = 1e-9;
/**
 * A record of less than an hour a day over more than a week (20 hours of an online
 * course over a year) says nothing about any one day: its hours cannot be placed,
 * and spread evenly they would tip a full training day over 8 by a few hundredths.
 */
const THIN_SPAN_DAYS = 7;
const THIN_DAILY_HOURS = 1;

function isSpan(c: ActivityCredit): boolean {
  if (c.dailyHours === undefined || c.start === undefined || c.end === undefined) return false;
  const days = c.end - c.start + 1;
  if (days > THIN_SPAN_DAYS && c.dailyHours < THIN_DAILY_HOURS) return false;
  return c.end >= c.start && c.end - c.start < MAX_SPAN_DAYS;
}

/**
 * True when two spans share a day. Credits come in canonical order, where
 * spans (which all have a start) are ordered by start: one pass keeping the
 * latest end seen is enough. Any other order falls back to comparing pairs.
 */
function anyOverlap(credits: readonly ActivityCredit[]): boolean {
  let lastStart = -Infinity;
  let maxEnd = -Infinity;
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    if (!isSpan(c)) continue;
    const start = c.start as number;
    if (start < lastStart) return anyOverlapPairwise(credits);
    if (start <= maxEnd) return true;
    lastStart = start;
    if ((c.end as number) > maxEnd) maxEnd = c.end as number;
  }
  return false;
}

function anyOverlapPairwise(credits: readonly ActivityCredit[]): boolean {
  for (let i = 0; i < credits.length; i++) {
    const a = credits[i];
    if (!isSpan(a)) continue;
    for (let j = i + 1; j < credits.length; j++) {
      const b = credits[j];
      if (isSpan(b) && (a.start as number) <= (b.end as number) && (b.start as number) <= (a.end as number))
        return true;
    }
  }
  return false;
}

export function overlapIssues(
  credits: readonly ActivityCredit[],
  perDayCap: number = PER_DAY_CAP,
): RuleIssue[] {
  // Most people have no overlapping records at all.
  if (!anyOverlap(credits)) return [];
  const spans = credits.filter(isSpan);
  const perDay = new Map<number, { hours: number; refs: string[] }>();
  for (const c of spans) {
    for (let d = c.start as number; d <= (c.end as number); d++) {
      const cell = perDay.get(d) ?? { hours: 0, refs: [] };
      cell.hours += c.dailyHours as number;
      cell.refs.push(c.ref);
      perDay.set(d, cell);
    }
  }
  const issues: RuleIssue[] = [];
  const days = [...perDay.keys()]
    .filter((d) => (perDay.get(d) as { hours: number }).hours > perDayCap + EPS)
    .sort((a, b) => a - b);
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    const cells = days.slice(i, j + 1).map((d) => perDay.get(d) as { hours: number; refs: string[] });
    const refs = [...new Set(cells.flatMap((c) => c.refs))].sort();
    const hours = Math.max(...cells.map((c) => c.hours));
    issues.push(
      ruleIssue('overlap-over-daily-cap', 'warning', '四(一)2', {
        from: isoDate(days[i]),
        to: isoDate(days[j]),
        hours: Math.round(hours * 100) / 100,
        perDayCap,
        refs: refs.join(', '),
      }),
    );
    i = j + 1;
  }
  return issues;
}
