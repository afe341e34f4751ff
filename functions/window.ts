/** CEWINDOW: the title-application window (四, preamble) through the rules core. */
import { DEFAULT_POLICY } from '../src/rules/policy';
import { titleWindow } from '../src/rules/window';
import { optionalYear, requiredYear } from './args';

export const WINDOW_ARGS = { titleYear: '申报年度', qualificationYear: '取得资格年度' } as const;

/**
 * One row: the first and last year of the window ending in `titleYearArg`.
 * A qualification year of 0 is an empty cell (Excel passes a blank number
 * argument as 0), so it is ignored.
 * @example windowOf(2023) → [[2019, 2023]]
 * @example windowOf(2023, 2020) → [[2021, 2023]]
 */
export function windowOf(titleYearArg: unknown, qualificationYearArg?: unknown): number[][] {
  const titleYear = requiredYear(titleYearArg, WINDOW_ARGS.titleYear);
  const qualification =
    qualificationYearArg === 0
      ? undefined
      : optionalYear(qualificationYearArg, WINDOW_ARGS.qualificationYear);
  const w = titleWindow(titleYear, qualification, DEFAULT_POLICY);
  return [[w.from, w.to]];
}
