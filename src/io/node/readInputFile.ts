/**
 * Node only. A ledger file on disk (.xlsx / .xlsm / .csv) to plain sheets,
 * or a ReadFailure with a code: never an exception.
 */
import { promises as fsp } from 'fs';
import { csvToWorkbook } from '../csvWorkbook';
import type { ReadProgress, ReadResult } from '../types';
import { readXlsxStream } from './readXlsxStream';

export interface ReadInputOptions {
  onProgress?: (p: ReadProgress) => void;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (OLE2 compound file). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

export async function readInputFile(path: string, opts: ReadInputOptions = {}): Promise<ReadResult> {
  let head: Uint8Array;
  try {
    const fh = await fsp.open(path, 'r');
    try {
      const stat = await fh.stat();
      if (stat.isDirectory()) return { ok: false, code: 'file-unreadable', file: path, params: { reason: 'EISDIR' } };
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
  if (ext === 'csv' || ext === 'txt') {
    const bytes = await fsp.readFile(path);
    return csvToWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
  }
  if (startsWith(head, OLE_MAGIC)) return { ok: false, code: 'file-not-xlsx', file: path, params: { ext: ext || '?' } };
  if (ext === 'xlsx' || ext === 'xlsm' || startsWith(head, ZIP_MAGIC)) {
    if (!startsWith(head, ZIP_MAGIC)) return { ok: false, code: 'file-corrupt', file: path, params: { reason: 'not a zip archive' } };
    try {
      const workbook = await readXlsxStream(path, opts);
      return { ok: true, workbook };
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e);
      return { ok: false, code: 'file-corrupt', file: path, params: { reason } };
    }
  }
  return { ok: false, code: 'file-type-unknown', file: path, params: { ext: ext || '?' } };
}
