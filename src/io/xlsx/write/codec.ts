/**
 * What the zip writer needs from its platform, behind two small interfaces:
 * a byte sink (where the archive goes) and a codec (raw deflate, RFC 1951, and
 * CRC-32). The browser codec below uses `CompressionStream('deflate-raw')`
 * (browsers, and Node 20); the command line gives Node's zlib instead
 * (src/io/node/xlsxWriteCodec.ts), which compresses on another thread.
 */
import { crc32 } from './crc32';

/** Where the bytes go, in order. A promise asks the writer to wait (backpressure). */
export interface ByteSink {
  write(bytes: Uint8Array): void | Promise<void>;
}

/** One entry's compressor: input in, raw deflate out through the `out` it was made with, in order. */
export interface Compressor {
  /** Takes `chunk` (not reused by the caller); resolves when it may take more. */
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes the rest; resolves once the last compressed bytes were handed to `out`. */
  end(): Promise<void>;
}

export interface ZipCodec {
  deflateRaw(out: (compressed: Uint8Array) => void | Promise<void>): Compressor;
  crc32(data: Uint8Array, crc: number): number;
}

/** Raw deflate with the platform's CompressionStream; CRC-32 in JavaScript. */
export const webZipCodec: ZipCodec = {
  crc32,
  deflateRaw(out) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const pump = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        await out(value as Uint8Array);
      }
    })();
    // A failure shows in `pump` and in `close()`; the write promises themselves are not awaited.
    pump.catch(() => undefined);
    return {
      async write(chunk) {
        await writer.ready;
        writer.write(chunk as Uint8Array<ArrayBuffer>).catch(() => undefined);
      },
      async end() {
        await writer.close();
        await pump;
      },
    };
  },
};

/** Collects the archive in memory (the browser's download). */
export function memorySink(): ByteSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    write(bytes) {
      chunks.push(bytes);
      length += bytes.length;
    },
    bytes() {
      const all = new Uint8Array(length);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      return all;
    },
  };
}

/** The part of a Node `Writable` the sink uses (structural: no Node import here). */
export interface WritableLike {
  write(chunk: Uint8Array): boolean;
  /** Set once the stream failed or was closed: nothing written after that arrives. */
  readonly destroyed?: boolean;
  once(event: 'drain' | 'error' | 'close', listener: (e?: unknown) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: (e?: unknown) => void): unknown;
}

const closedEarly = (): Error => new Error('the output closed before the workbook was written');

/** Writes to a Node stream, waiting for 'drain' when its buffer is full (and failing if it errors or closes first). */
export function writableSink(out: WritableLike): ByteSink {
  return {
    write(bytes) {
      if (out.destroyed) return Promise.reject(closedEarly());
      if (out.write(bytes)) return;
      // A stream that already failed emits no 'drain', 'error' or 'close' again.
      if (out.destroyed) return Promise.reject(closedEarly());
      return new Promise<void>((resolve, reject) => {
        const onDrain = (): void => settle(undefined);
        const onError = (e?: unknown): void => settle(e instanceof Error ? e : new Error(String(e)));
        const onClose = (): void => settle(closedEarly());
        function settle(e: Error | undefined): void {
          out.removeListener('drain', onDrain);
          out.removeListener('error', onError);
          out.removeListener('close', onClose);
          if (e) reject(e);
          else resolve();
        }
        out.once('drain', onDrain);
        out.once('error', onError);
        out.once('close', onClose);
      });
    },
  };
}
