/**
 * Preview mode only (taskpane.html in a plain browser): this module, the
 * in-memory workbook port and the xlsx library load lazily through `import()`
 * — their own chunks — so the add-in's bundle stays small. Files are read in
 * the browser; nothing leaves the machine. The sample ledger comes from the
 * add-in's own origin (on the offline page, from the page itself: see
 * sampleSource.ts). On the offline page (dist/offline/, one file) these
 * `import()`s are folded into the page's one script.
 */
import { MemoryWorkbook, type MemoryWorkbookData } from '../../src/excel/memoryWorkbook';
import { csvToWorkbook } from '../../src/io/csvWorkbook';
import { workbookFromExcelJs } from '../../src/io/fromExcelJs';
import { readXlsxBytes } from '../../src/io/xlsx/fromBytes';
import type { ReadResult } from '../../src/io/types';
import type { Report } from '../../src/report/types';
import type { ArchivePerson } from '../../src/report/archive';
import type { Lang } from '../../src/i18n/format';
import { reportWorkbookBytes } from '../../src/report/reportWorkbook';
import { sampleBytes } from './sampleSource';
import { workbookToMemory } from './toMemory';

export const SAMPLE_FILE = 'sample-ledger.xlsx';

/** The preview's port over a workbook read in the page (here, in the preview's own chunk, not the pane's). */
export function memoryPort(data: MemoryWorkbookData): MemoryWorkbook {
  return new MemoryWorkbook(data);
}

export type PreviewLoad =
  | { ok: true; file: string; memory: MemoryWorkbookData }
  | { ok: false; file: string; code: string; message: string };

/**
 * Our own reader (src/io/xlsx), as the command line reads; exceljs only when
 * ours refuses a file for a reason exceljs may not share (a zip64 archive, an
 * unusual compression): then the exceljs chunk is loaded.
 */
async function readXlsx(bytes: ArrayBuffer, file: string): Promise<ReadResult> {
  const ours = await readXlsxBytes(new Uint8Array(bytes), file);
  if (
    ours.ok ||
    ours.code !== 'file-corrupt' ||
    !/zip64|compression method|no xl\/workbook/.test(String(ours.params.reason))
  )
    return ours;
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    return ours;
  }
  return { ok: true, workbook: workbookFromExcelJs(wb, file) };
}

/** Reads an .xlsx or .csv file's bytes into the memory workbook's data; never throws. */
export async function readWorkbookBytes(bytes: ArrayBuffer, file: string): Promise<PreviewLoad> {
  const lower = file.toLowerCase();
  let result: ReadResult;
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) result = csvToWorkbook(new Uint8Array(bytes), file);
  else if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) result = await readXlsx(bytes, file);
  else result = { ok: false, code: 'file-type-unknown', file, params: {} };
  // The pane says what went wrong in its own words, by code (i18n readFailure.*); the library's reason is not shown.
  if (!result.ok) return { ok: false, file, code: result.code, message: result.code };
  return { ok: true, file, memory: workbookToMemory(result.workbook) };
}

export async function readWorkbookFile(f: File): Promise<PreviewLoad> {
  return readWorkbookBytes(await f.arrayBuffer(), f.name);
}

/**
 * The shipped sample ledger: from the add-in's own origin (copied into dist/ by
 * the build), or, on the offline page, from the page itself (sampleSource.offline.ts).
 */
export async function loadSample(baseUrl: string = document.baseURI): Promise<PreviewLoad> {
  const got = await sampleBytes(SAMPLE_FILE, baseUrl);
  if (!got.ok) return { ok: false, file: SAMPLE_FILE, code: 'file-not-found', message: `HTTP ${got.status}` };
  return readWorkbookBytes(got.bytes, SAMPLE_FILE);
}

/** The print-ready 继续教育档案 (a page per person, signature lines) as a browser download. */
export async function downloadArchive(archive: ArchivePerson[], lang: Lang, fileName: string): Promise<void> {
  const { archiveWorkbookBytes } = await import('../../src/report/archiveXlsx');
  saveBytes(await archiveWorkbookBytes(archive, lang), fileName);
}

/** Builds the report workbook (汇总, 明细, 问题: the CLI's `--report`) and hands it to the browser as a download. */
export async function downloadReport(report: Report, fileName: string): Promise<void> {
  saveBytes(await reportWorkbookBytes(report), fileName);
}

/** Hands an .xlsx's bytes to the browser as a download. */
function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
