/**
 * The zip container of an .xlsx, read from its central directory (APPNOTE
 * 4.3.12–4.3.16): entry names, sizes, methods and where each entry's data
 * starts (after its local header, whose name and extra lengths may differ
 * from the central record's). Data descriptors need nothing more: the central
 * directory carries the sizes. Browser-safe: bytes come from a `ByteSource`.
 */

/** Random access to the file's bytes (a file handle in Node, a Blob in the browser). */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  localOffset: number;
  encrypted: boolean;
}

/** Why an archive cannot be read: a code and a reason in English for the log. */
export class ZipError extends Error {
  constructor(
    readonly code: 'not-zip' | 'zip64' | 'encrypted' | 'method',
    message: string,
  ) {
    super(message);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End of central directory record (22 bytes) plus the longest comment (65535). */
const EOCD_SEARCH = 22 + 0xffff;

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

const utf8 = new TextDecoder('utf-8');

/** The entries of the archive, by name. */
export async function readZipDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(source.size, EOCD_SEARCH);
  const tail = await source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not-zip', 'no end of central directory record');
  const count = u16(tail, eocd + 10);
  const dirSize = u32(tail, eocd + 12);
  const dirOffset = u32(tail, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff)
    throw new ZipError('zip64', 'zip64 archive');
  const dir = await source.read(dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || u32(dir, p) !== CENTRAL_SIGNATURE)
      throw new ZipError('not-zip', 'central directory is damaged');
    const flags = u16(dir, p + 8);
    const method = u16(dir, p + 10);
    const compressedSize = u32(dir, p + 20);
    const size = u32(dir, p + 24);
    const nameLength = u16(dir, p + 28);
    const extraLength = u16(dir, p + 30);
    const commentLength = u16(dir, p + 32);
    const localOffset = u32(dir, p + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipError('zip64', 'zip64 entry');
    const name = utf8.decode(dir.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, { name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts: after its local header. */
export async function entryDataOffset(source: ByteSource, entry: ZipEntry): Promise<number> {
  const head = await source.read(entry.localOffset, 30);
  if (u32(head, 0) !== LOCAL_SIGNATURE) throw new ZipError('not-zip', `no local header for ${entry.name}`);
  return entry.localOffset + 30 + u16(head, 26) + u16(head, 28);
}

/** A check that an entry can be read: not encrypted, stored or deflated. */
export function assertReadable(entry: ZipEntry): void {
  if (entry.encrypted) throw new ZipError('encrypted', `${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError('method', `${entry.name} uses compression method ${entry.method}`);
}
