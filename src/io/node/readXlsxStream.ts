/**
 * Node only. Reads an .xlsx file in a streaming way so memory stays bounded by
 * the cells kept, not the XML: exceljs `stream.xlsx.WorkbookReader` with
 * shared strings cached and worksheets emitted, each row turned into plain
 * cells as it arrives and handed to the sheet's sink (`streamXlsx`), or kept
 * in the sheet's rows (`readXlsxStream`).
 */
import { createReadStream, promises as fsp } from 'fs';
import type ExcelJS from 'exceljs';
import { plainRow, type PlainCell } from '../cells';
import type { ReadProgress, SheetData, SheetSinks, StreamedWorkbook, WorkbookData } from '../types';

export interface XlsxStreamOptions {
  onProgress?: (p: ReadProgress) => void;
  /** false: rows are read and dropped (measuring the reader alone); default true. */
  keepRows?: boolean;
}

export interface XlsxRowsOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Where each sheet's rows go; a sheet without a sink is read (the zip must be) but not converted. */
  onSheet: SheetSinks;
}

/** How the checker has exceljs read a workbook (the benchmark's read-alone baseline uses the same). */
export const XLSX_READER_OPTIONS: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions> = {
  sharedStrings: 'cache',
  worksheets: 'emit',
  styles: 'cache', // needed to tell date-formatted numbers from plain numbers
  hyperlinks: 'ignore',
  entries: 'ignore',
};

/**
 * exceljs, loaded on the first .xlsx read: it takes a third of a second to
 * load, which a check of CSV files alone need not pay.
 */
function loadExcelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJS;
}

/** Stands for each empty row (exceljs emits none): never modified. */
const NO_CELLS: readonly PlainCell[] = Object.freeze([]);

/**
 * Streams every sheet's rows to the sink `onSheet` gives as the sheet starts;
 * nothing is kept. A hard-to-read workbook throws; callers (readInputFile)
 * turn that into a ReadFailure.
 */
export async function streamXlsx(path: string, opts: XlsxRowsOptions): Promise<StreamedWorkbook> {
  const totalBytes = (await fsp.stat(path)).size;
  let rowsRead = 0;
  // The file stream goes to exceljs as it is (a counting stream in between
  // slowed the whole read by a quarter and made it erratic); progress reads
  // how far the stream has got.
  const { stream } = loadExcelJs();
  const input = createReadStream(path);
  const reader = new stream.xlsx.WorkbookReader(input, XLSX_READER_OPTIONS);
  const date1904 = (): boolean =>
    Boolean(
      (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904,
    );
  const sheets: Array<{ name: string }> = [];
  try {
    await emitStreamedSheets();
  } catch (e) {
    // exceljs's streaming reader fails on workbooks whose zip holds a worksheet
    // after the shared strings and relationships but before xl/workbook.xml
    // ("Cannot read properties of undefined (reading 'sheets')"); exceljs's own
    // writer produces that order now and then. Nothing has been emitted then:
    // read the file whole instead (rare, and such files come from tools, not Excel).
    if (sheets.length > 0 || !(e instanceof TypeError)) throw e;
    input.destroy();
    return emitLoadedWorkbook(path, opts, totalBytes);
  }
  opts.onProgress?.({ bytes: totalBytes, totalBytes, rows: rowsRead });
  return { file: path, format: 'xlsx', sheets, date1904: date1904() };

  async function emitStreamedSheets(): Promise<void> {
    for await (const ws of reader) {
      const sheetReader = ws as unknown as AsyncIterable<{ number: number; values: unknown }> & {
        name?: string;
      };
      const index = sheets.length;
      // exceljs names the sheet before its rows (from workbook.xml, read first).
      const name = sheetReader.name ?? `Sheet${index + 1}`;
      sheets.push({ name });
      const sink = opts.onSheet({ format: 'xlsx', name, index, date1904: date1904() });
      let rowNo = 0;
      for await (const row of sheetReader) {
        rowsRead++;
        if (sink) {
          // Empty rows are not emitted: keep sheet row numbers by padding.
          while (rowNo < row.number - 1) {
            sink(NO_CELLS);
            rowNo++;
          }
          sink(plainRow(row.values));
          rowNo++;
        }
        if (opts.onProgress && rowsRead % 2000 === 0)
          opts.onProgress({ bytes: input.bytesRead, totalBytes, rows: rowsRead });
      }
    }
  }
}

/** The fallback: the workbook loaded whole, its sheets handed to the same sinks. */
async function emitLoadedWorkbook(
  path: string,
  opts: XlsxRowsOptions,
  totalBytes: number,
): Promise<StreamedWorkbook> {
  const wb = new (loadExcelJs().Workbook)();
  await wb.xlsx.readFile(path);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: Array<{ name: string }> = [];
  let rowsRead = 0;
  wb.worksheets.forEach((ws, index) => {
    sheets.push({ name: ws.name });
    const sink = opts.onSheet({ format: 'xlsx', name: ws.name, index, date1904 });
    if (!sink) return;
    let rowNo = 0;
    ws.eachRow((row, number) => {
      rowsRead++;
      while (rowNo < number - 1) {
        sink(NO_CELLS);
        rowNo++;
      }
      sink(plainRow(row.values));
      rowNo++;
    });
  });
  opts.onProgress?.({ bytes: totalBytes, totalBytes, rows: rowsRead });
  return { file: path, format: 'xlsx', sheets, date1904 };
}

/** The whole workbook in memory: every sheet's rows (`keepRows: false` reads and drops them). */
export async function readXlsxStream(path: string, opts: XlsxStreamOptions = {}): Promise<WorkbookData> {
  const keep = opts.keepRows ?? true;
  const kept: SheetData[] = [];
  const streamed = await streamXlsx(path, {
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    onSheet: (s) => {
      const rows: SheetData['rows'] = [];
      kept.push({ name: s.name, rows });
      return keep ? (row) => rows.push(row === NO_CELLS ? [] : (row as PlainCell[])) : undefined;
    },
  });
  return { ...streamed, sheets: kept };
}
