/**
 * 待核实 (to be verified): a verdict must never rest silently on a row the
 * checker itself calls wrong (interpretations.md, "Rows that carry errors").
 * A person-year (or a title window) that passes with every record but not
 * without the records that carry an error-level finding (an ID that lost its
 * digits and was joined by name, an unreadable date, a contradicted subject, a
 * 职称外语 row without a score) is 待核实: not 达标, with those rows listed.
 *
 * Pure: the person's records are evaluated a second time without the suspect
 * rows, only when there are such rows and something passes.
 */
import { evaluatePerson, evaluateWindow, yearOf, type PersonEvaluation } from '../rules/evaluate';
import type { RuleBook } from '../rules/rulebook';
import type { Activity, Person, Policy, WindowResult } from '../rules/types';

export interface ReviewInput {
  person: Person;
  activities: readonly Activity[];
  evaluation: PersonEvaluation;
  /** Refs of this person's records that carry an error-level finding. */
  suspect: ReadonlySet<string>;
  book: RuleBook;
  policy: Policy;
  /** The as-of day the window was judged on (`evaluateWindow`): judged on it again without the suspect rows. */
  asOf?: number;
}

export interface ReviewResult {
  /** Years that pass only thanks to suspect rows, each with the suspect refs credited in it. */
  years: Map<number, string[]>;
  /** The window passes only thanks to suspect rows (refs credited in its years), else null. */
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
  const passingYears = years.filter((y) => passes(evaluation, y));
  if (passingYears.length === 0 && !window?.compliant) return NONE;
  const without = evaluatePerson(
    person,
    activities.filter((a) => !suspect.has(a.ref)),
    { book, policy },
  );
  const result: ReviewResult = { years: new Map(), window: null };
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
