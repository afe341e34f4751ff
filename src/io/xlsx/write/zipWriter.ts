/**
 * A streaming zip writer (APPNOTE 6.3): each entry is deflated as it is
 * written, its sizes and CRC-32 following in a data descriptor (4.3.9, general
 * purpose bit 3), names in UTF-8 (bit 11); the central directory (4.3.12) and
 * its end record (4.3.16) close the archive. One entry is open at a time.
 * Archives and entries past 4 GiB would need zip64: refused with an error.
 */
import type { ByteSink, Compressor, ZipCodec } from './codec';

const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
/** Bit 3: sizes and CRC in a data descriptor; bit 11: the name is UTF-8. */
const FLAGS = 0x0808;
const DEFLATED = 8;
/** 2.0: deflate. */
const VERSION = 20;
const LIMIT = 0xffffffff;
/** 1980-01-01 00:00 in MS-DOS form: fixed, so the same report gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const utf8 = new TextEncoder();

interface Written {
  name: Uint8Array;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** One open entry: bytes in (uncompressed), then `end()`. */
export interface ZipEntryWriter {
  write(bytes: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private open = false;

  constructor(
    private readonly sink: ByteSink,
    private readonly codec: ZipCodec,
  ) {}

  private async put(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.sink.write(bytes);
  }

  /** Starts the entry `name`; the previous one must have ended. */
  async entry(name: string): Promise<ZipEntryWriter> {
    if (this.open) throw new Error(`zip: an entry is still open when ${name} starts`);
    this.open = true;
    const entry: Written = {
      name: utf8.encode(name),
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: this.offset,
    };
    const header = new Uint8Array(30 + entry.name.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, LOCAL_SIGNATURE, true);
    h.setUint16(4, VERSION, true);
    h.setUint16(6, FLAGS, true);
    h.setUint16(8, DEFLATED, true);
    h.setUint16(10, DOS_TIME, true);
    h.setUint16(12, DOS_DATE, true);
    // crc, sizes: 0 here, in the data descriptor after the data.
    h.setUint16(26, entry.name.length, true);
    header.set(entry.name, 30);
    await this.put(header);

    let pending: Promise<void> = Promise.resolve();
    const compressor: Compressor = this.codec.deflateRaw((compressed) => {
      entry.compressedSize += compressed.length;
      const p = this.put(compressed);
      pending = p;
      return p;
    });
    return {
      write: async (bytes) => {
        if (bytes.length === 0) return;
        entry.crc = this.codec.crc32(bytes, entry.crc);
        entry.size += bytes.length;
        if (entry.size > LIMIT) throw new Error(`zip: ${name} is larger than 4 GiB (zip64 is not written)`);
        await compressor.write(bytes);
      },
      end: async () => {
        await compressor.end();
        await pending;
        const d = new DataView(new ArrayBuffer(16));
        d.setUint32(0, DESCRIPTOR_SIGNATURE, true);
        d.setUint32(4, entry.crc, true);
        d.setUint32(8, entry.compressedSize, true);
        d.setUint32(12, entry.size, true);
        await this.put(new Uint8Array(d.buffer));
        if (this.offset > LIMIT)
          throw new Error('zip: the archive is larger than 4 GiB (zip64 is not written)');
        this.entries.push(entry);
        this.open = false;
      },
    };
  }

  /** A whole entry at once (the small XML parts). */
  async file(name: string, text: string): Promise<void> {
    const e = await this.entry(name);
    await e.write(utf8.encode(text));
    await e.end();
  }

  /** Writes the central directory and its end record; nothing may follow. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('zip: an entry is still open at the end');
    const start = this.offset;
    for (const e of this.entries) {
      const rec = new Uint8Array(46 + e.name.length);
      const c = new DataView(rec.buffer);
      c.setUint32(0, CENTRAL_SIGNATURE, true);
      c.setUint16(4, VERSION, true);
      c.setUint16(6, VERSION, true);
      c.setUint16(8, FLAGS, true);
      c.setUint16(10, DEFLATED, true);
      c.setUint16(12, DOS_TIME, true);
      c.setUint16(14, DOS_DATE, true);
      c.setUint32(16, e.crc, true);
      c.setUint32(20, e.compressedSize, true);
      c.setUint32(24, e.size, true);
      c.setUint16(28, e.name.length, true);
      c.setUint32(42, e.offset, true);
      rec.set(e.name, 46);
      await this.put(rec);
    }
    const size = this.offset - start;
    if (this.entries.length > 0xffff || this.offset > LIMIT)
      throw new Error('zip: too many entries or too large for a zip without zip64');
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, EOCD_SIGNATURE, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, start, true);
    await this.put(new Uint8Array(end.buffer));
  }
}
