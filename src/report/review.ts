/**
 * 待核实 (to be verified): a verdict must never rest silently on a row the
 * checker itself calls wrong (interpretations.md, "Rows that carry errors").
 * Both ways:
 * - a person-year (or a title window) that passes with every record but not
 *   without the records that carry an error-level finding (an ID that lost its
 *   digits and was joined by name, an unreadable date, a contradicted subject,
 *   a 职称外语 row without a score) is 待核实: not 达标, with those rows listed;
 * - a person-year (or window) that does not pass while a record of that person
 *   with an error that takes credit away (an unknown kind, unreadable hours or
 *   dates: every error but the ID's own) earned nothing, in that year (in the
 *   window's years) or in a year that cannot be known, is 待核实 too, with those
 *   rows listed: the shortfall may be the checker's reading, not the person's.
 *
 * Pure: the person's records are evaluated a second time without the suspect
 * rows, only when there are such rows and something passes.
 */
import { yearOf as calendarYear } from '../rules/dates';
import { evaluatePerson, evaluateWindow, yearOf, type PersonEvaluation } from '../rules/evaluate';
import type { RuleBook } from '../rules/rulebook';
import type { Activity, Person, Policy, WindowResult } from '../rules/types';

export interface ReviewInput {
  person: Person;
  activities: readonly Activity[];
  evaluation: PersonEvaluation;
  /** Refs of this person's records that carry an error-level finding. */
  suspect: ReadonlySet<string>;
  /**
   * Of those, the records whose error can take their credit away (every error
   * but an ID's own, which leaves the row's hours as they are); default: `suspect`.
   */
  refusing?: ReadonlySet<string>;
  book: RuleBook;
  policy: Policy;
  /** The as-of day the window was judged on (`evaluateWindow`): judged on it again without the suspect rows. */
  asOf?: number;
}

export interface ReviewResult {
  /**
   * Years that pass only thanks to suspect rows, each with the suspect refs credited
   * in it; and years that fail while refusing rows of the year (or of no known year)
   * earned nothing, each with those refs.
   */
  years: Map<number, string[]>;
  /**
   * The window passes only thanks to suspect rows (refs credited in its years), or
   * fails while refusing rows of its years (or of no known year) earned nothing
   * (those refs); else null.
   */
  window: string[] | null;
}

const NONE: ReviewResult = { years: new Map(), window: null };

/** Refs of suspect records that earned something in `year` after caps. */
function suspectIn(e: PersonEvaluation, year: number, suspect: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const c of yearOf(e, year).credits)
    if (suspect.has(c.ref) && c.public + c.professional > 0) out.add(c.ref);
  return [...out];
}

/**
 * Refusing records that earned nothing at all (before caps), each with the
 * years it belongs to: its 归属年度, else the calendar years its dates span, else
 * null (no year can be known: it may belong to any).
 */
function refusedRows(
  e: PersonEvaluation,
  activities: readonly Activity[],
  refusing: ReadonlySet<string>,
): Array<{ ref: string; years: readonly number[] | null }> {
  if (refusing.size === 0) return [];
  const earned = new Map<string, number>();
  for (const c of e.credits) earned.set(c.ref, (earned.get(c.ref) ?? 0) + c.credited);
  const out: Array<{ ref: string; years: readonly number[] | null }> = [];
  for (const a of activities) {
    if (!refusing.has(a.ref) || (earned.get(a.ref) ?? 0) > 0) continue;
    const first = a.start ?? a.end;
    const last = a.end ?? a.start;
    let years: number[] | null = null;
    if (a.year !== undefined) years = [a.year];
    else if (first !== undefined && last !== undefined) {
      years = [];
      for (let y = calendarYear(first); y <= calendarYear(last); y++) years.push(y);
    }
    out.push({ ref: a.ref, years });
  }
  return out;
}

/** Refs of refused rows that belong to a year from `from` to `to`, or to no known year. */
function refusedIn(
  refused: ReadonlyArray<{ ref: string; years: readonly number[] | null }>,
  from: number,
  to: number,
): string[] {
  return refused
    .filter((r) => r.years === null || r.years.some((y) => y >= from && y <= to))
    .map((r) => r.ref);
}

/** A deemed year (四(六)1) passes by the deeming record itself. */
const passes = (e: PersonEvaluation, year: number): boolean => {
  const y = yearOf(e, year);
  return y.compliant || y.deemed;
};

/**
 * Which asked verdicts rest on suspect rows.
 * @example a year with 60 专业 of which 16 come from a row with an unreadable
 * date, and 30 公需: without that row 专业 is 44, so the year is 待核实.
 */
export function reviewVerdicts(
  input: ReviewInput,
  years: readonly number[],
  window: WindowResult | undefined,
): ReviewResult {
  const { person, activities, evaluation, suspect, book, policy } = input;
  if (suspect.size === 0 || input.evaluation.status === 'sector') return NONE;
  const result: ReviewResult = { years: new Map(), window: null };

  // Failing verdicts beside rows that an error left at nothing.
  const refused = refusedRows(evaluation, activities, input.refusing ?? suspect);
  if (refused.length > 0) {
    for (const y of years) {
      if (passes(evaluation, y)) continue;
      const refs = refusedIn(refused, y, y);
      if (refs.length > 0) result.years.set(y, refs);
    }
    if (window && !window.compliant) {
      const refs = refusedIn(refused, window.from, window.to);
      if (refs.length > 0) result.window = refs;
    }
  }

  // Passing verdicts that rest on suspect rows.
  const passingYears = years.filter((y) => passes(evaluation, y));
  if (passingYears.length === 0 && !window?.compliant) return result;
  const without = evaluatePerson(
    person,
    activities.filter((a) => !suspect.has(a.ref)),
    { book, policy },
  );
  for (const y of passingYears) {
    const refs = suspectIn(evaluation, y, suspect);
    if (refs.length > 0 && !passes(without, y)) result.years.set(y, refs);
  }
  if (
    window?.compliant &&
    !evaluateWindow(without, window.titleYear, policy, { asOf: input.asOf, book }).compliant
  ) {
    const refs = new Set<string>();
    for (let y = window.from; y <= window.to; y++)
      for (const r of suspectIn(evaluation, y, suspect)) refs.add(r);
    result.window = [...refs];
  }
  return result;
}
