/**
 * Where each activity came from, without a map entry and an object per row:
 * an activity's ref is `activityRef(origin)` (`${file}|${sheet}!${row}`, and
 * `#${column}` after it where one row holds several activities), so
 * the index keeps, per source, the ref prefix and one bit per sheet row that
 * produced an activity, and builds the `RowOrigin` when asked. It reads as the
 * `ReadonlyMap<ref, RowOrigin>` a `Ledger` holds: same keys, values and order
 * as a Map filled row by row, source by source, at an eighth of a byte per sheet row instead of ~100 bytes
 * per activity on a million-row ledger.
 */
import { activityRef } from './findings';
import type { RowOrigin } from './types';

interface SourceRows {
  prefix: string;
  file?: string;
  sheet: string;
  /** Bit r: row r produced an activity. */
  bits: Uint8Array;
  count: number;
}

/** The ref of row `row` of a source is its prefix and the row's digits. */
export function refPrefix(source: { file?: string; sheet: string }): string {
  const one = activityRef(
    source.file !== undefined
      ? { file: source.file, sheet: source.sheet, row: 1 }
      : { sheet: source.sheet, row: 1 },
  );
  return one.slice(0, -1);
}

export class RowOriginIndex implements ReadonlyMap<string, RowOrigin> {
  private readonly sources: SourceRows[] = [];
  private readonly byPrefix = new Map<string, SourceRows>();
  private total = 0;

  /**
   * Several indexes as one, sources in order. A source met twice (the same
   * sheet of the same file read twice) is merged into its first place, so its
   * later rows iterate there, not at the end as in a Map; lookups are the same.
   */
  static merge(indexes: readonly RowOriginIndex[]): RowOriginIndex {
    const out = new RowOriginIndex();
    for (const index of indexes) {
      for (const s of index.sources) {
        const into = out.source(s);
        out.reserve(into, s.bits.length);
        for (let i = 0; i < s.bits.length; i++) {
          const fresh = s.bits[i] & ~into.bits[i];
          if (fresh === 0) continue;
          into.bits[i] |= fresh;
          const n = popcount(fresh);
          into.count += n;
          out.total += n;
        }
      }
    }
    return out;
  }

  /** Records that `row` (1-based) of the source produced an activity. */
  add(source: { file?: string; sheet: string }, row: number): void {
    this.rowsOf(source)(row);
  }

  /** A recorder for one source's rows (`add` without finding the source each time). */
  rowsOf(source: { file?: string; sheet: string }): (row: number) => void {
    const s = this.source(source);
    return (row) => this.addRow(s, row);
  }

  private addRow(s: SourceRows, row: number): void {
    if (!Number.isInteger(row) || row < 0) return;
    const byte = row >>> 3;
    if (byte >= s.bits.length) this.reserve(s, Math.max(byte + 1, s.bits.length * 2));
    const bit = 1 << (row & 7);
    if ((s.bits[byte] & bit) === 0) {
      s.bits[byte] |= bit;
      s.count++;
      this.total++;
    }
  }

  get size(): number {
    return this.total;
  }

  get(ref: string): RowOrigin | undefined {
    if (typeof ref !== 'string') return undefined;
    const bang = ref.lastIndexOf('!');
    if (bang < 0) return undefined;
    const s = this.byPrefix.get(ref.slice(0, bang + 1));
    if (s === undefined) return undefined;
    const digits = ref.slice(bang + 1);
    const row = Number(digits);
    if (!Number.isInteger(row) || String(row) !== digits) return withColumn(s, digits);
    return has(s, row) ? origin(s, row) : undefined;
  }

  has(ref: string): boolean {
    return this.get(ref) !== undefined;
  }

  forEach(
    fn: (value: RowOrigin, key: string, map: ReadonlyMap<string, RowOrigin>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, RowOrigin]> {
    for (const s of this.sources) {
      for (let byte = 0; byte < s.bits.length; byte++) {
        const b = s.bits[byte];
        if (b === 0) continue;
        for (let bit = 0; bit < 8; bit++) {
          if ((b & (1 << bit)) === 0) continue;
          const row = byte * 8 + bit;
          yield [s.prefix + row, origin(s, row)];
        }
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<RowOrigin> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, RowOrigin]> {
    return this.entries();
  }

  private reserve(s: SourceRows, bytes: number): void {
    if (s.bits.length >= bytes) return;
    const grown = new Uint8Array(bytes);
    grown.set(s.bits);
    s.bits = grown;
  }

  private source(source: { file?: string; sheet: string }): SourceRows {
    const prefix = refPrefix(source);
    let s = this.byPrefix.get(prefix);
    if (s === undefined) {
      s = { prefix, sheet: source.sheet, bits: new Uint8Array(64), count: 0 };
      if (source.file !== undefined) s.file = source.file;
      this.byPrefix.set(prefix, s);
      this.sources.push(s);
    }
    return s;
  }
}

function has(s: SourceRows, row: number): boolean {
  const byte = row >>> 3;
  return byte < s.bits.length && (s.bits[byte] & (1 << (row & 7))) !== 0;
}

function origin(s: SourceRows, row: number): RowOrigin {
  return s.file !== undefined ? { file: s.file, sheet: s.sheet, row } : { sheet: s.sheet, row };
}

/** `12#H`: a row that holds several activities and the column of one (`activityRef`). */
const ROW_AND_COLUMN = /^(\d+)#([A-Z]{1,3})$/;

/** The origin of a ref that names the column after the row, when its row produced an activity. */
function withColumn(s: SourceRows, rest: string): RowOrigin | undefined {
  const m = ROW_AND_COLUMN.exec(rest);
  const row = m === null ? NaN : Number(m[1]);
  if (m === null || String(row) !== m[1] || !has(s, row)) return undefined;
  return { ...origin(s, row), column: m[2] };
}

function popcount(b: number): number {
  let n = 0;
  for (let x = b; x !== 0; x &= x - 1) n++;
  return n;
}
