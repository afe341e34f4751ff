/** A CSV file's bytes as a one-sheet workbook. Browser-safe. */
import { parseCsv } from './csv';
import { decodeText } from './decode';
import type { ReadResult } from './types';

/**
 * Decodes (UTF-8 with or without BOM, else GB18030) and parses; the sheet is
 * named after the file without its extension (`2019.csv` → `2019`).
 */
export function csvToWorkbook(bytes: Uint8Array, file: string): ReadResult {
  const decoded = decodeText(bytes);
  const parsed = parseCsv(decoded.text);
  if (parsed.unterminatedQuoteAt !== undefined) {
    return { ok: false, code: 'csv-unterminated-quote', file, params: { line: parsed.unterminatedQuoteAt } };
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.[^.]*$/, '') || base;
  return {
    ok: true,
    workbook: {
      file,
      format: 'csv',
      sheets: [{ name, rows: parsed.rows.map((r) => r.map((c) => c)) }],
      date1904: false,
      encoding: decoded.encoding,
    },
  };
}
