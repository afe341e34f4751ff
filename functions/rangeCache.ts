/**
 * One parse per distinct ledger content. A summary sheet may hold thousands of
 * formulas over the same range; each call gets the range's values, and the
 * parsed ledger (and its report) is looked up by the values' fingerprint, so
 * N cells over one range cost one parse and N fingerprints + look-ups.
 *
 * - Keyed by content (`fingerprintRange`, every cell): a changed range is a
 *   new key, never a stale answer. Failures (an unreadable ledger) are cached
 *   too, so a broken range is not re-read by every cell.
 * - Least recently used first out, at most `capacity` ledgers (default 8).
 * - Fast path for a range that cannot change: an array frozen all the way down
 *   (`Object.freeze` on it and on every row) is remembered by identity, since
 *   a frozen array keeps its content for life. Excel hands each call a fresh,
 *   unfrozen array, so inside Excel every call is fingerprinted; a Node caller
 *   (the bench, the CLI) may freeze its range to skip even that.
 */
import { fingerprintRange } from './fingerprint';

type Rows = ReadonlyArray<ReadonlyArray<unknown>>;

type Slot<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface RangeCacheStats {
  /** Parses run (misses). */
  builds: number;
  /** Answers from the cache, by content. */
  hits: number;
  /** Of which found by identity of a frozen range, without fingerprinting. */
  identityHits: number;
  size: number;
}

export interface RangeCache<T> {
  /** The value built from `rows`, from the cache when the same content was seen; rethrows a cached failure. */
  get(rows: Rows): T;
  clear(): void;
  stats(): RangeCacheStats;
  /** Turns caching off (every call builds) or on; for the bench's "without the cache" figure. */
  setEnabled(enabled: boolean): void;
}

/** True when the range and each row are frozen, so their content can never change. */
function deeplyFrozen(rows: Rows): boolean {
  if (!Object.isFrozen(rows)) return false;
  for (const row of rows) if (Array.isArray(row) && !Object.isFrozen(row)) return false;
  return true;
}

export function createRangeCache<T>(build: (rows: Rows) => T, capacity = 8): RangeCache<T> {
  const slots = new Map<string, Slot<T>>();
  const frozenKeys = new WeakMap<Rows, string>();
  let enabled = true;
  const stats = { builds: 0, hits: 0, identityHits: 0 };

  function run(rows: Rows): Slot<T> {
    stats.builds++;
    try {
      return { ok: true, value: build(rows) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  function unwrap(slot: Slot<T>): T {
    if (slot.ok) return slot.value;
    throw slot.error;
  }

  return {
    get(rows) {
      if (!enabled) return unwrap(run(rows));
      let key = frozenKeys.get(rows);
      const byIdentity = key !== undefined;
      if (key === undefined) {
        key = fingerprintRange(rows);
        if (deeplyFrozen(rows)) frozenKeys.set(rows, key);
      }
      let slot = slots.get(key);
      if (slot) {
        stats.hits++;
        if (byIdentity) stats.identityHits++;
        // Most recently used last: re-insert.
        slots.delete(key);
        slots.set(key, slot);
        return unwrap(slot);
      }
      slot = run(rows);
      slots.set(key, slot);
      while (slots.size > capacity) slots.delete(slots.keys().next().value as string);
      return unwrap(slot);
    },
    clear() {
      slots.clear();
      stats.builds = stats.hits = stats.identityHits = 0;
    },
    stats: () => ({ ...stats, size: slots.size }),
    setEnabled(value) {
      enabled = value;
      if (!value) slots.clear();
    },
  };
}
