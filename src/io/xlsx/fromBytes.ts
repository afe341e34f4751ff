/**
 * Our .xlsx reader on bytes held in memory (the browser preview: a File's
 * ArrayBuffer), inflating with the platform's `DecompressionStream('deflate-raw')`
 * (browsers, and Node 20). Every sheet's rows are kept: a `WorkbookData`.
 * Never throws for a file's content: a refusal or damage is a `ReadResult` failure.
 */
import type { PlainCell } from '../cells';
import type { ReadResult, SheetData } from '../types';
import { NO_CELLS, streamXlsxRows, XlsxFormatError, type Inflate } from './reader';
import type { ByteSource } from './zip';

const inflate: Inflate = (source, offset, entry, onCompressedBytes) => ({
  async *[Symbol.asyncIterator]() {
    const compressed = await source.read(offset, entry.compressedSize);
    onCompressedBytes(compressed.length);
    const stream = new Blob([compressed as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value as Uint8Array;
    }
  },
});

/** Reads the workbook in `bytes`; `file` names it in the result. */
export async function readXlsxBytes(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const source: ByteSource = {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
  const sheets: SheetData[] = [];
  try {
    const wb = await streamXlsxRows(source, inflate, {
      file,
      onSheet: (s) => {
        const rows: PlainCell[][] = [];
        sheets.push({ name: s.name, rows });
        return (row) => rows.push(row === NO_CELLS ? [] : (row as PlainCell[]));
      },
    });
    return { ok: true, workbook: { file, format: 'xlsx', date1904: wb.date1904, sheets } };
  } catch (e) {
    if (e instanceof XlsxFormatError) {
      if (e.code === 'encrypted') return { ok: false, code: 'file-encrypted', file, params: {} };
      if (e.code === 'xlsb') return { ok: false, code: 'file-xlsb', file, params: {} };
    }
    return {
      ok: false,
      code: 'file-corrupt',
      file,
      params: { reason: e instanceof Error ? e.message : String(e) },
    };
  }
}
