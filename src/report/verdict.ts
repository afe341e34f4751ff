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
