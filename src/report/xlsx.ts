/**
 * The report workbook (./reportWorkbook) and, for tests and tools that
 * inspect its cells, the same workbook read back by exceljs. The browser and
 * the command line import ./reportWorkbook, which never loads exceljs.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/format';
import { reportWorkbookBytes, type ReportWorkbookOptions } from './reportWorkbook';
import type { ReportSummary } from './types';

export * from './reportWorkbook';

/** The report as exceljs reads it back (labels in the report's language). */
export async function buildReportWorkbook(
  report: ReportSummary,
  lang: Lang = report.options.lang,
  limits: ReportWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const bytes = await reportWorkbookBytes(report, lang, limits);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}
