/**
 * The zip writer's codec in Node (the command line): raw deflate by zlib,
 * which compresses on the thread pool while the report's rows are built, and
 * zlib's native CRC-32 (Node ≥ 20.15; the JavaScript one otherwise).
 */
import * as zlib from 'zlib';
import { crc32 as jsCrc32 } from '../xlsx/write/crc32';
import type { Compressor, ZipCodec } from '../xlsx/write/codec';

/** zlib level 6 is its default; 1–3 trade a few percent of size for a lot of time on big reports. */
export function nodeZipCodec(level = 3): ZipCodec {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  return {
    crc32: native ? (data, crc) => native(data, crc) : jsCrc32,
    deflateRaw(out): Compressor {
      const z = zlib.createDeflateRaw({ level, memLevel: 9 });
      let failure: Error | undefined;
      let pending: Promise<void> = Promise.resolve();
      z.on('error', (e) => (failure = e));
      z.on('data', (chunk: Buffer) => {
        const p = out(chunk);
        if (p) {
          z.pause();
          pending = p.then(
            () => void z.resume(),
            (e: unknown) => {
              failure = e instanceof Error ? e : new Error(String(e));
              z.destroy(failure);
            },
          );
        }
      });
      const ended = new Promise<void>((resolve, reject) => {
        z.on('end', resolve);
        z.on('error', reject);
        z.on('close', () => (failure ? reject(failure) : resolve()));
      });
      ended.catch(() => undefined);
      return {
        async write(chunk) {
          if (failure) throw failure;
          if (!z.write(chunk))
            await new Promise<void>((resolve) => {
              const done = (): void => {
                z.removeListener('drain', done);
                z.removeListener('close', done);
                resolve();
              };
              z.once('drain', done);
              z.once('close', done);
            });
          if (failure) throw failure;
        },
        async end() {
          z.end();
          await ended;
          await pending;
          if (failure) throw failure;
        },
      };
    },
  };
}
