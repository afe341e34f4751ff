/**
 * The 明细 lines of a large ledger held in typed-array columns, one slot per
 * activity of the ledger's compact store (src/ledger/activityStore.ts), and
 * made objects one at a time, in ledger order, as the report workbook writes
 * them. A million-line 明细 then costs ~45 bytes a line instead of a few
 * hundred, and is never held as objects all at once.
 *
 * `report.details` still works: like `ledger.activities`, it becomes an array
 * the first time it is read. Code that only walks the lines (the workbook,
 * the archive) goes through `reportDetails`, which never makes that array.
 */
import type { ActivityStore } from '../ledger/activityStore';
import type { RowOrigin } from '../ledger/types';
import type { ReportDetail, ReportOf, ReportPersonSummary } from './types';

/** What a line says about its kind, shared by every line of that kind. */
export interface DetailKind {
  kind: string;
  kindName: string;
  kindShortName: string;
  evidence: readonly string[];
}

/** One line's values, as `ReportDetail` holds them (where it is and whose it is come from the slot). */
export interface DetailValues {
  clause: string;
  years: readonly number[];
  claimed: number | null;
  creditedBeforeCaps: number;
  credited: number;
  pendingReview: boolean;
  reasons: readonly string[];
}

const CLAIMED_NULL = 1;
const PENDING = 2;

/** Strings or lists kept once each, by a key. */
class Interned<T> {
  readonly list: T[] = [];
  private readonly index = new Map<string, number>();

  of(key: string, value: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(value());
      this.index.set(key, i);
    }
    return i;
  }
}

export class DetailColumns {
  /** The person's index in `people`, -1 for a slot without a line. */
  private readonly person: Int32Array;
  private readonly kind: Int32Array;
  private readonly clause: Int32Array;
  private readonly years: Int32Array;
  private readonly reasons: Int32Array;
  private readonly flags: Uint8Array;
  private readonly claimed: Float64Array;
  private readonly before: Float64Array;
  private readonly credited: Float64Array;
  private readonly kinds = new Interned<DetailKind>();
  private readonly clauses = new Interned<string>();
  private readonly yearLists = new Interned<readonly number[]>();
  private readonly reasonLists = new Interned<readonly string[]>();

  constructor(
    private readonly store: ActivityStore,
    private readonly origins: ReadonlyMap<string, RowOrigin>,
    private readonly people: readonly ReportPersonSummary[],
  ) {
    const n = store.slots;
    this.person = new Int32Array(n).fill(-1);
    this.kind = new Int32Array(n);
    this.clause = new Int32Array(n);
    this.years = new Int32Array(n);
    this.reasons = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.claimed = new Float64Array(n);
    this.before = new Float64Array(n);
    this.credited = new Float64Array(n);
  }

  /** The line of the activity at `slot`, of `people[person]` (a later line for the same slot replaces it). */
  set(slot: number, person: number, kind: () => DetailKind, kindCode: string, v: DetailValues): void {
    this.person[slot] = person;
    this.kind[slot] = this.kinds.of(kindCode, kind);
    this.clause[slot] = this.clauses.of(v.clause, () => v.clause);
    this.years[slot] = this.yearLists.of(v.years.join(','), () => [...v.years]);
    this.reasons[slot] = this.reasonLists.of(v.reasons.join('\u0000'), () => [...v.reasons]);
    this.flags[slot] = (v.claimed === null ? CLAIMED_NULL : 0) | (v.pendingReview ? PENDING : 0);
    this.claimed[slot] = v.claimed ?? 0;
    this.before[slot] = v.creditedBeforeCaps;
    this.credited[slot] = v.credited;
  }

  /** The line of the activity at `slot` (undefined when it has none, or was removed as a repeat). */
  lineAt(slot: number): ReportDetail | undefined {
    return slot < this.person.length && this.person[slot] >= 0 && !this.store.isRemoved(slot)
      ? this.at(slot)
      : undefined;
  }

  /** The line at `slot`, a new object with fields as the report model orders them. */
  private at(slot: number): ReportDetail {
    const ref = this.store.ref(slot);
    const origin = this.origins.get(ref);
    const p = this.people[this.person[slot]];
    const k = this.kinds.list[this.kind[slot]];
    const flags = this.flags[slot];
    const detail: ReportDetail = {
      ref,
      sheet: origin?.sheet ?? '',
      row: origin?.row ?? 0,
      personKey: p.key,
      name: p.name,
      id: p.id,
      kind: k.kind,
      kindName: k.kindName,
      kindShortName: k.kindShortName,
      clause: this.clauses.list[this.clause[slot]],
      years: [...this.yearLists.list[this.years[slot]]],
      claimed: flags & CLAIMED_NULL ? null : this.claimed[slot],
      creditedBeforeCaps: this.before[slot],
      credited: this.credited[slot],
      pendingReview: (flags & PENDING) !== 0,
      evidence: k.evidence,
      reasons: [...this.reasonLists.list[this.reasons[slot]]],
    };
    if (origin?.file !== undefined) detail.file = origin.file;
    return detail;
  }

  /** Every line in ledger order (the store's slot order, removed activities skipped). */
  *[Symbol.iterator](): IterableIterator<ReportDetail> {
    const n = this.person.length;
    for (let slot = 0; slot < n; slot++)
      if (this.person[slot] >= 0 && !this.store.isRemoved(slot)) yield this.at(slot);
  }
}

/** Each report's 明细 while held in columns (see `holdDetails`). */
const held = new WeakMap<object, DetailColumns>();

/**
 * `report.details` becomes an array of objects only when first read; until
 * then `reportDetails` walks the columns. An array assigned in its place is
 * the report's 明细 from then on.
 */
export function holdDetails<P extends ReportPersonSummary>(
  report: ReportOf<P>,
  columns: DetailColumns,
): void {
  held.set(report, columns);
  const set = (value: ReportDetail[]): void => {
    held.delete(report);
    Object.defineProperty(report, 'details', { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(report, 'details', {
    enumerable: true,
    configurable: true,
    get(): ReportDetail[] {
      const value = [...columns];
      set(value);
      return value;
    },
    set,
  });
}

/** The report's 明细 columns while they are held (the lines not yet made an array), else undefined. */
export function heldDetails(report: ReportOf<ReportPersonSummary>): DetailColumns | undefined {
  return held.get(report);
}

/** The report's 明细 lines in ledger order, made one at a time when they are held in columns. */
export function reportDetails(report: ReportOf<ReportPersonSummary>): Iterable<ReportDetail> {
  return held.get(report) ?? report.details;
}
