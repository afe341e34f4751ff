/**
 * Node only. A ledger file on disk (.xlsx / .xlsm / .csv) to plain sheets,
 * or a ReadFailure with a code: never an exception.
 */
import { promises as fsp } from 'fs';
import { csvToWorkbook } from '../csvWorkbook';
import type { ReadFailure, ReadProgress, ReadResult, SheetSinks, StreamResult } from '../types';
import { NO_CELLS, XlsxFormatError } from '../xlsx/reader';
import type { PlainCell } from '../cells';
import type { SheetData, StreamedWorkbook } from '../types';
import { streamXlsx } from './readXlsxStream';
import { streamXlsxFile } from './xlsxFile';

export interface ReadInputOptions {
  onProgress?: (p: ReadProgress) => void;
}

export interface StreamInputOptions extends ReadInputOptions {
  /** Where each sheet's rows go as they are read (undefined: dropped). */
  onSheet: SheetSinks;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (OLE2 compound file). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** Every sheet's rows kept in memory. */
export async function readInputFile(path: string, opts: ReadInputOptions = {}): Promise<ReadResult> {
  const kind = await fileKind(path);
  if (!kind.ok) return kind;
  if (kind.kind === 'csv') return readCsv(path);
  const kept: SheetData[] = [];
  const read = await streamXlsxWithFallback(path, {
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    onSheet: (sheet) => {
      // A fallback reads the file again from the start: the sheets begin anew.
      if (sheet.index === 0) kept.length = 0;
      const rows: PlainCell[][] = [];
      kept.push({ name: sheet.name, rows });
      return (row) => rows.push(row === NO_CELLS ? [] : (row as PlainCell[]));
    },
  });
  if (!read.ok) return read;
  const { sheets: _names, fallbackReason: _why, ...rest } = read.workbook;
  return { ok: true, workbook: { ...rest, sheets: kept } };
}

/**
 * Our own reader (src/io/xlsx), and exceljs where ours refuses the file for a
 * reason exceljs may not share (a zip64 archive, an unusual compression, no
 * xl/workbook.xml where we look): the reason is kept in `fallbackReason`. An
 * encrypted or .xlsb workbook is refused with its own code; a damaged one is
 * `file-corrupt`.
 */
async function streamXlsxWithFallback(path: string, opts: StreamInputOptions): Promise<StreamResult> {
  try {
    return { ok: true, workbook: await streamXlsxFile(path, opts) };
  } catch (e) {
    if (e instanceof XlsxFormatError) {
      if (e.code === 'encrypted') return { ok: false, code: 'file-encrypted', file: path, params: {} };
      if (e.code === 'xlsb') return { ok: false, code: 'file-xlsb', file: path, params: {} };
      if (e.code === 'not-zip') return corrupt(path, e);
      try {
        const workbook: StreamedWorkbook = { ...(await streamXlsx(path, opts)), fallbackReason: e.code };
        return { ok: true, workbook };
      } catch (e2) {
        return corrupt(path, e2);
      }
    }
    return corrupt(path, e);
  }
}

/**
 * Each sheet's rows handed to the sink `onSheet` gives as they are read, and
 * not kept: an .xlsx streams row by row; a CSV (smaller) is parsed whole, then
 * handed over row by row the same way.
 */
export async function streamInputFile(path: string, opts: StreamInputOptions): Promise<StreamResult> {
  const kind = await fileKind(path);
  if (!kind.ok) return kind;
  if (kind.kind === 'csv') {
    const read = await readCsv(path);
    if (!read.ok) return read;
    const { sheets, ...rest } = read.workbook;
    sheets.forEach((s, index) => {
      const sink = opts.onSheet({ format: 'csv', name: s.name, index, date1904: rest.date1904 });
      if (sink) for (const row of s.rows) sink(row);
    });
    return { ok: true, workbook: { ...rest, sheets: sheets.map((s) => ({ name: s.name })) } };
  }
  return streamXlsxWithFallback(path, opts);
}

async function readCsv(path: string): Promise<ReadResult> {
  const bytes = await fsp.readFile(path);
  return csvToWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

function corrupt(path: string, e: unknown): ReadFailure {
  const reason = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
  return { ok: false, code: 'file-corrupt', file: path, params: { reason } };
}

/** Whether the file's first 1 MB holds `word` in UTF-16LE (an OLE directory entry's name). */
async function holdsUtf16(path: string, word: string): Promise<boolean> {
  const fh = await fsp.open(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).includes(Buffer.from(word, 'utf16le'));
  } finally {
    await fh.close();
  }
}

/** What the file is by its first bytes and extension, or why it cannot be read. */
async function fileKind(path: string): Promise<{ ok: true; kind: 'csv' | 'xlsx' } | ReadFailure> {
  let head: Uint8Array;
  try {
    const fh = await fsp.open(path, 'r');
    try {
      const stat = await fh.stat();
      if (stat.isDirectory())
        return { ok: false, code: 'file-unreadable', file: path, params: { reason: 'EISDIR' } };
      const buf = Buffer.alloc(8);
      const { bytesRead } = await fh.read(buf, 0, 8, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return { ok: false, code: 'file-not-found', file: path, params: {} };
    return { ok: false, code: 'file-unreadable', file: path, params: { reason: code } };
  }
  const ext = (path.match(/\.([^./\\]+)$/)?.[1] ?? '').toLowerCase();
  if (ext === 'csv' || ext === 'txt') return { ok: true, kind: 'csv' };
  if (startsWith(head, OLE_MAGIC)) {
    // An .xlsx with an open password is an OLE file too, holding an EncryptionInfo stream.
    if (await holdsUtf16(path, 'EncryptionInfo'))
      return { ok: false, code: 'file-encrypted', file: path, params: {} };
    return { ok: false, code: 'file-not-xlsx', file: path, params: { ext: ext || '?' } };
  }
  if (ext === 'xlsx' || ext === 'xlsm' || startsWith(head, ZIP_MAGIC)) {
    if (!startsWith(head, ZIP_MAGIC))
      return { ok: false, code: 'file-corrupt', file: path, params: { reason: 'not a zip archive' } };
    return { ok: true, kind: 'xlsx' };
  }
  return { ok: false, code: 'file-type-unknown', file: path, params: { ext: ext || '?' } };
}
