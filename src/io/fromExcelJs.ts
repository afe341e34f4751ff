/**
 * An exceljs `Workbook` already in memory (e.g. loaded from an ArrayBuffer in
 * the browser preview) to plain sheets. Browser-safe: a type-only import.
 */
import type { Workbook } from 'exceljs';
import { plainRow } from './cells';
import type { WorkbookData } from './types';

export function workbookFromExcelJs(wb: Workbook, file?: string): WorkbookData {
  const sheets = wb.worksheets.map((ws) => {
    const rows: WorkbookData['sheets'][number]['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      while (rows.length < rowNumber - 1) rows.push([]);
      rows.push(plainRow(row.values));
    });
    return { name: ws.name, rows };
  });
  return {
    ...(file !== undefined ? { file } : {}),
    format: 'xlsx',
    sheets,
    date1904: Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904),
  };
}
