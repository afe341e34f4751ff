/**
 * Our own .xlsx reader, browser-safe at its core: the zip's central directory,
 * `xl/workbook.xml` and its relationships for the sheets (names, order),
 * shared strings and date styles, then each sheet's XML inflated as a stream
 * and scanned row by row into the sheet's sink. The bytes and the inflating
 * come from outside (`ByteSource`, `Inflate`): a file handle and zlib in the
 * command line, a Blob and `DecompressionStream` in the browser.
 */
import type { PlainCell } from '../cells';
import type { ReadProgress, SheetSinks, StreamedWorkbook } from '../types';
import { createSharedStringsScanner, createSheetScanner, type SheetContext } from './sheetRows';
import { readDateStyles, readWorkbookParts } from './workbookParts';
import {
  assertReadable,
  entryDataOffset,
  readZipDirectory,
  ZipError,
  type ByteSource,
  type ZipEntry,
} from './zip';

/** The uncompressed bytes of an entry's data (`method` 8: raw deflate), in chunks. */
export type Inflate = (
  source: ByteSource,
  dataOffset: number,
  entry: ZipEntry,
  onCompressedBytes: (n: number) => void,
) => AsyncIterable<Uint8Array>;

/** UTF-8 bytes to text across chunk ends: `write` each chunk, then `end` once. */
export interface Utf8Decoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** The browser's decoder (WHATWG `TextDecoder` in streaming mode). */
export function textDecoderUtf8(): Utf8Decoder {
  const decoder = new TextDecoder('utf-8');
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

export interface XlsxReadOptions {
  onSheet: SheetSinks;
  onProgress?: (p: ReadProgress) => void;
  file?: string;
  /** A faster decoder where the platform has one (Node's `StringDecoder`: half the time of its `TextDecoder`). */
  utf8Decoder?: () => Utf8Decoder;
}

/** A workbook our reader does not take, with the reason (the caller may fall back or say so). */
export class XlsxFormatError extends Error {
  constructor(
    readonly code: 'xlsb' | 'encrypted' | 'no-workbook' | 'zip64' | 'not-zip' | 'method',
    message: string,
  ) {
    super(message);
  }
}

/** Stands for each empty row: never modified. */
export const NO_CELLS: readonly PlainCell[] = Object.freeze([]);

/** Streams every sheet's rows to the sink `onSheet` gives as the sheet starts. */
export async function streamXlsxRows(
  source: ByteSource,
  inflate: Inflate,
  opts: XlsxReadOptions,
): Promise<StreamedWorkbook> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readZipDirectory(source);
  } catch (e) {
    if (e instanceof ZipError)
      throw new XlsxFormatError(e.code === 'encrypted' ? 'encrypted' : e.code, e.message);
    throw e;
  }
  if (entries.has('xl/workbook.bin')) throw new XlsxFormatError('xlsb', 'an .xlsb (binary) workbook');
  if (entries.has('EncryptionInfo') || entries.has('EncryptedPackage'))
    throw new XlsxFormatError('encrypted', 'an encrypted workbook');
  const workbookPath = entries.has('xl/workbook.xml')
    ? 'xl/workbook.xml'
    : [...entries.keys()].find((n) => /(^|\/)workbook\.xml$/.test(n));
  if (workbookPath === undefined) throw new XlsxFormatError('no-workbook', 'no xl/workbook.xml');

  const newDecoder = opts.utf8Decoder ?? textDecoderUtf8;
  let compressedDone = 0;
  let rows = 0;
  const progress = (n: number): void => {
    compressedDone += n;
  };
  const textOf = async (name: string | undefined): Promise<string | undefined> => {
    const entry = name !== undefined ? entries.get(name) : undefined;
    if (!entry) return undefined;
    let text = '';
    await eachText(source, inflate, entry, progress, newDecoder, (t) => (text += t));
    return text;
  };

  const relsPath = workbookPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const parts = readWorkbookParts((await textOf(workbookPath)) ?? '', await textOf(relsPath), workbookPath);
  const dateStyles = readDateStyles(await textOf(parts.stylesPath));
  const sharedStrings: string[] = [];
  const ss = parts.sharedStringsPath !== undefined ? entries.get(parts.sharedStringsPath) : undefined;
  if (ss) {
    const scanner = createSharedStringsScanner(sharedStrings);
    await eachText(source, inflate, ss, progress, newDecoder, (t) => scanner.push(t));
  }
  const ctx: SheetContext = { sharedStrings, dateStyles, date1904: parts.date1904 };
  // Every sheet's entry is checked before the first row is emitted: a refusal
  // (and a fallback to another reader) never comes after rows were handed over.
  for (const part of parts.sheets) {
    const entry = entries.get(part.path);
    if (entry) checkReadable(entry);
  }

  const sheets: Array<{ name: string }> = [];
  for (const [index, part] of parts.sheets.entries()) {
    sheets.push({ name: part.name });
    const sink = opts.onSheet({ format: 'xlsx', name: part.name, index, date1904: parts.date1904 });
    const entry = entries.get(part.path);
    if (!sink || !entry) continue;
    let rowNo = 0;
    const scanner = createSheetScanner(ctx, (n, cells) => {
      // Rows the XML leaves out are empty rows: keep the sheet's row numbers.
      while (rowNo < n - 1) {
        sink(NO_CELLS);
        rowNo++;
      }
      sink(cells.length === 0 ? NO_CELLS : cells);
      rowNo++;
      rows++;
      if (opts.onProgress && rows % 2000 === 0)
        opts.onProgress({ bytes: compressedDone, totalBytes: source.size, rows });
    });
    await eachText(source, inflate, entry, progress, newDecoder, (t) => scanner.push(t));
    scanner.end();
  }
  opts.onProgress?.({ bytes: source.size, totalBytes: source.size, rows });
  return {
    ...(opts.file !== undefined ? { file: opts.file } : {}),
    format: 'xlsx',
    sheets,
    date1904: parts.date1904,
  };
}

function checkReadable(entry: ZipEntry): void {
  try {
    assertReadable(entry);
  } catch (e) {
    if (e instanceof ZipError)
      throw new XlsxFormatError(e.code === 'encrypted' ? 'encrypted' : 'method', e.message);
    throw e;
  }
}

/** An entry's text, chunk by chunk (UTF-8, decoded across chunk ends). */
async function eachText(
  source: ByteSource,
  inflate: Inflate,
  entry: ZipEntry,
  onCompressedBytes: (n: number) => void,
  newDecoder: () => Utf8Decoder,
  onText: (text: string) => void,
): Promise<void> {
  checkReadable(entry);
  const offset = await entryDataOffset(source, entry);
  const decoder = newDecoder();
  if (entry.method === 0) {
    const bytes = await source.read(offset, entry.compressedSize);
    onCompressedBytes(bytes.length);
    const text = decoder.write(bytes) + decoder.end();
    if (text !== '') onText(text);
    return;
  }
  for await (const chunk of inflate(source, offset, entry, onCompressedBytes)) {
    const text = decoder.write(chunk);
    if (text !== '') onText(text);
  }
  const rest = decoder.end();
  if (rest !== '') onText(rest);
}
