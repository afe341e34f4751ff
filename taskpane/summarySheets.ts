/**
 * 检查's look at a 汇总 sheet beside the ledger (one row per person-year with
 * the totals an office typed or summed), as the command line does: a sheet not
 * checked as ledger that reads as a 汇总 (`readSummarySheet`) is set against
 * the report (`withSummaryFindings`), its differences said on its own rows.
 * A lazy chunk of the add-in, loaded by `runCheck` only when the workbook has
 * a sheet that may be a 汇总 (`mayBeSummary`).
 */
import type { CellValue } from '../src/excel/port';
import { readSummarySheet, type SummarySheet } from '../src/ledger/summarySheet';
import type { Finding } from '../src/ledger/types';
import { withSummaryFindings } from '../src/report/summaryCheck';
import type { Report } from '../src/report/types';

/** The report with the findings of the sheets that read as a 汇总 added after its own; `added` are those. */
export function compareSummarySheets(
  report: Report,
  sheets: ReadonlyArray<{ name: string; rows: readonly (readonly CellValue[])[] }>,
): { report: Report; added: Finding[] } {
  const summaries = sheets
    .map((s) => readSummarySheet(s.name, s.rows))
    .filter((s): s is SummarySheet => s !== undefined);
  const next = withSummaryFindings(report, summaries, report.people);
  return { report: next, added: next.findings.slice(report.findings.length) };
}
