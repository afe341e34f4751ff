/**
 * For tests: the report workbook as exceljs reads it back. exceljs is the
 * oracle our own writer (./../reportWorkbook) is checked against; the browser
 * and the command line never load it for writing.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../i18n/format';
import { reportWorkbookBytes, type ReportWorkbookOptions } from '../reportWorkbook';
import type { ReportSummary } from '../types';

/** The bytes as an ArrayBuffer of their own (what exceljs's `load` takes). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The report written by our writer, then read back by exceljs (labels in the report's language). */
export async function readReportBack(
  report: ReportSummary,
  lang: Lang = report.options.lang,
  limits: ReportWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(ownBuffer(await reportWorkbookBytes(report, lang, limits)));
  return wb;
}
