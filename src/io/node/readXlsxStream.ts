/**
 * Node only. Reads an .xlsx file in a streaming way so memory stays bounded by
 * the cells kept, not the XML: exceljs `stream.xlsx.WorkbookReader` with
 * shared strings cached and worksheets emitted, each row turned into plain
 * cells as it arrives.
 */
import { createReadStream, promises as fsp } from 'fs';
import { Transform } from 'stream';
import ExcelJS from 'exceljs';
import { plainRow } from '../cells';
import type { ReadProgress, SheetData, WorkbookData } from '../types';

export interface XlsxStreamOptions {
  onProgress?: (p: ReadProgress) => void;
  /** false: rows are read and dropped (measuring the reader alone); default true. */
  keepRows?: boolean;
}

/** A hard-to-read workbook throws; callers (readInputFile) turn that into a ReadFailure. */
export async function readXlsxStream(path: string, opts: XlsxStreamOptions = {}): Promise<WorkbookData> {
  const totalBytes = (await fsp.stat(path)).size;
  let bytes = 0;
  let rowsRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const input = createReadStream(path);
  input.on('error', (e) => counter.destroy(e));
  input.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'cache', // needed to tell date-formatted numbers from plain numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const keep = opts.keepRows ?? true;
  const sheets: SheetData[] = [];
  let sheetIndex = 0;
  for await (const ws of reader) {
    sheetIndex++;
    const sheetReader = ws as unknown as AsyncIterable<{ number: number; values: unknown }> & { name?: string };
    const rows: SheetData['rows'] = [];
    for await (const row of sheetReader) {
      rowsRead++;
      if (keep) {
        // Empty rows are not emitted: keep sheet row numbers by padding.
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(plainRow(row.values));
      }
      if (opts.onProgress && rowsRead % 2000 === 0) opts.onProgress({ bytes, totalBytes, rows: rowsRead });
    }
    sheets.push({ name: sheetReader.name ?? `Sheet${sheetIndex}`, rows });
  }
  opts.onProgress?.({ bytes: totalBytes, totalBytes, rows: rowsRead });
  const props = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties;
  return { file: path, format: 'xlsx', sheets, date1904: Boolean(props?.model?.date1904) };
}
