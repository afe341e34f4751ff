/**
 * The verdict a person gets for what was asked, shared by every surface (the
 * CLI's exit status, the report's counts, the task pane's summary):
 * - with a title year: the window's verdict (and that year's too when a year is asked);
 * - else: every year listed passes, and at least one year is listed;
 * - sector staff (四(六)2, 五) get no verdict from this notice: null.
 */
import type { ReportOptions, ReportPersonSummary } from './types';

export function personVerdict(
  p: ReportPersonSummary,
  options: Pick<ReportOptions, 'year' | 'titleYear'>,
): boolean | null {
  if (p.status === 'sector') return null;
  const yearsOk = p.years.length > 0 && p.years.every((y) => y.compliant);
  if (options.titleYear !== undefined)
    return (p.window?.compliant ?? false) && (options.year === undefined || yearsOk);
  return yearsOk;
}

/** What a person's verdict reads: 达标, 未达标, 待核实 (not passing, see review.ts), or null for sector staff. */
export type PersonStanding = 'pass' | 'fail' | 'review' | null;

export function personStanding(
  p: ReportPersonSummary,
  options: Pick<ReportOptions, 'year' | 'titleYear'>,
): PersonStanding {
  const v = personVerdict(p, options);
  if (v === null) return null;
  if (v) return 'pass';
  // 待核实 when every verdict asked that does not pass is one that rests on suspect rows.
  const years = options.titleYear === undefined || options.year !== undefined ? p.years : [];
  const yearsOk = years.every((y) => y.compliant || y.review !== undefined);
  const windowOk =
    options.titleYear === undefined ||
    (p.window !== null && (p.window.compliant || p.window.review !== undefined));
  const anyReview = years.some((y) => y.review !== undefined) || p.window?.review !== undefined;
  return anyReview && yearsOk && windowOk && (p.years.length > 0 || p.window !== null) ? 'review' : 'fail';
}
