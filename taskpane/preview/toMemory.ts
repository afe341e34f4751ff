/**
 * A file read in the browser (sheets of plain cells) → the memory workbook's
 * data, with cells as Excel's `Range.values` gives them: dates become serial
 * numbers, so the ledger layer sees in preview exactly what it sees in Excel.
 */
import type { CellValue } from '../../src/excel/port';
import type { MemoryWorkbookData } from '../../src/excel/memoryWorkbook';
import type { WorkbookData } from '../../src/io/types';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 of the 1900 system (it counts the phantom 1900-02-29). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: serial 0 of the 1904 system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A Date (exceljs gives cell dates as UTC instants) → an Excel serial; the
 * time of day stays as the fraction.
 * @example dateToSerial(new Date(Date.UTC(2023, 4, 8))) === 45054
 */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  return Math.round(serial * 86_400) / 86_400;
}

export function toCellValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v, date1904);
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return String(v);
}

/** Note: dates are converted in the 1900 system, as Excel on Windows and the web report them. */
export function workbookToMemory(wb: WorkbookData): MemoryWorkbookData {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      values: s.rows.map((row) => row.map((c) => toCellValue(c, false))),
    })),
    settings: {},
  };
}
