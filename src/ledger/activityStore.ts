/**
 * A ledger's activities held compactly (issue 12): one row of typed-array
 * columns per activity instead of an object, a ref string and its digits.
 * Strings are kept once each (kinds, titles, evidence, person keys); a ref is
 * its source's prefix and its row number; numbers sit in Int32 columns until
 * one is not a 32-bit integer (then Float64). The order in which an
 * activity's fields were set is kept as its shape, so `at(i)` gives back an
 * object equal to the one pushed, field for field and in the same order.
 * About 40 bytes an activity instead of ~170: a million-row ledger is read
 * and checked in a fraction of the memory. An activity the columns cannot
 * hold exactly (an unknown field, a value of an unexpected type, a ref of
 * another form) is kept as it is.
 */
import type { Activity } from '../rules/types';

/**
 * A new activity: a plain object (its prototype is Object.prototype, as for
 * `{ ref, personKey, kind }`), built by a constructor only so that V8 reserves
 * in-object room for the fields set later instead of growing a separate
 * property array as each is added. Optional fields stay absent until set.
 */
export const PlainActivity = function (this: Activity, ref: string, personKey: string, reserve?: true) {
  this.ref = ref;
  this.personKey = personKey;
  this.kind = '';
  // Never runs: the fields an activity may get, counted by V8 when it sizes the object.
  if (reserve === true) {
    this.title = this.evidence = this.achievementKey = this.level = undefined;
    this.start = this.end = this.year = this.claimedHours = this.days = this.travelDays = undefined;
    this.months = this.count = this.score = undefined;
    this.passed = undefined;
    this.declaredSubject = undefined;
  }
} as unknown as new (ref: string, personKey: string) => Activity;
(PlainActivity as unknown as { prototype: object }).prototype = Object.prototype;

type TextField = 'kind' | 'declaredSubject' | 'level' | 'evidence' | 'title' | 'achievementKey';
type NumberField =
  'claimedHours' | 'days' | 'travelDays' | 'start' | 'end' | 'year' | 'months' | 'count' | 'score';

const TEXT_FIELDS: readonly TextField[] = [
  'kind',
  'declaredSubject',
  'level',
  'evidence',
  'title',
  'achievementKey',
];
const NUMBER_FIELDS: readonly NumberField[] = [
  'claimedHours',
  'days',
  'travelDays',
  'start',
  'end',
  'year',
  'months',
  'count',
  'score',
];

/** How each field is held: 0 ref, 1 person key, 2 text, 3 number, 4 yes/no. */
const HOW = new Map<string, number>([
  ['ref', 0],
  ['personKey', 1],
  ...TEXT_FIELDS.map((f): [string, number] => [f, 2]),
  ...NUMBER_FIELDS.map((f): [string, number] => [f, 3]),
  ['passed', 4],
]);

/** The fields of an activity in the order they were set. */
interface Shape {
  keys: readonly string[];
  /** The first three are ref, personKey, kind: built by `PlainActivity`. */
  plain: boolean;
}

/** Columns are made of chunks this long: they grow without copying, and a field few rows have takes little room. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/** Unsigned integers of one column, in chunks made as they are first written (0 where never written). */
class Column<T extends Uint8Array | Uint16Array | Uint32Array> {
  private readonly chunks: Array<T | undefined> = [];

  constructor(private readonly make: (n: number) => T) {}

  get(i: number): number {
    const chunk = this.chunks[i >>> CHUNK_BITS];
    return chunk === undefined ? 0 : chunk[i & IN_CHUNK];
  }

  set(i: number, v: number): void {
    const k = i >>> CHUNK_BITS;
    while (this.chunks.length <= k) this.chunks.push(undefined);
    (this.chunks[k] ??= this.make(CHUNK))[i & IN_CHUNK] = v;
  }
}

/** Numbers of one field, by chunk: Int32 while every value of the chunk is a 32-bit integer, else Float64. */
class NumberColumn {
  private readonly chunks: Array<Int32Array | Float64Array | undefined> = [];

  set(i: number, v: number): void {
    const k = i >>> CHUNK_BITS;
    while (this.chunks.length <= k) this.chunks.push(undefined);
    let chunk = (this.chunks[k] ??= new Int32Array(CHUNK));
    if (chunk instanceof Int32Array && ((v | 0) !== v || (v === 0 && 1 / v < 0))) {
      chunk = this.chunks[k] = Float64Array.from(chunk);
    }
    chunk[i & IN_CHUNK] = v;
  }

  get(i: number): number {
    const chunk = this.chunks[i >>> CHUNK_BITS];
    return chunk === undefined ? 0 : chunk[i & IN_CHUNK];
  }
}

/** Strings kept once, by index. */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export class ActivityStore {
  /** Slots used, removed ones included. */
  private n = 0;
  private removedCount = 0;
  private readonly shapeOf = new Column((n) => new Uint16Array(n));
  private readonly refPrefix = new Column((n) => new Uint32Array(n));
  private readonly refRow = new Column((n) => new Uint32Array(n));
  private readonly person = new Column((n) => new Uint32Array(n));
  private readonly texts = new Map<TextField, Column<Uint32Array>>();
  private readonly numbers = new Map<NumberField, NumberColumn>();
  private readonly passed = new Column((n) => new Uint8Array(n));
  /** Activities kept as they are (index 0 of `shapes` is theirs). */
  private raw: Map<number, Activity> | undefined;
  private readonly removed = new Column((n) => new Uint8Array(n));

  private readonly strings = new Strings();
  private readonly prefixes = new Strings();
  private personKeys: string[] = [];
  private personIndex = new Map<string, number>();
  /** Index 0: kept as is. */
  private readonly shapes: Shape[] = [{ keys: [], plain: false }];
  private readonly shapeIndex = new Map<string, number>();
  private lastShape = 0;

  /** Activities held (removed ones not counted). */
  get length(): number {
    return this.n - this.removedCount;
  }

  /** Slots, removed ones included: indexes run from 0 to `slots - 1`. */
  get slots(): number {
    return this.n;
  }

  /** The index of a ref prefix (`activityRef` without its row), for `pushRow`. */
  prefixIndex(prefix: string): number {
    return this.prefixes.of(prefix);
  }

  /** Adds an activity whose ref is `prefix` (from `prefixIndex`) followed by `row`'s digits. */
  pushRow(a: Activity, prefix: number, row: number): void {
    const i = this.n++;
    this.refPrefix.set(i, prefix);
    this.refRow.set(i, row);
    this.fill(i, a);
  }

  /** Adds any activity. */
  push(a: Activity): void {
    const ref = a.ref;
    if (typeof ref === 'string') {
      const bang = ref.lastIndexOf('!');
      const digits = ref.slice(bang + 1);
      const row = Number(digits);
      if (bang >= 0 && Number.isInteger(row) && row >= 0 && row <= 0xffffffff && String(row) === digits) {
        this.pushRow(a, this.prefixes.of(ref.slice(0, bang + 1)), row);
        return;
      }
    }
    this.keepRaw(this.n++, a);
  }

  static from(activities: readonly Activity[]): ActivityStore {
    const store = new ActivityStore();
    for (const a of activities) store.push(a);
    return store;
  }

  /** Several stores one after the other. */
  static concat(stores: readonly ActivityStore[]): ActivityStore {
    const out = new ActivityStore();
    for (const s of stores) for (let i = 0; i < s.n; i++) if (!s.isRemoved(i)) out.push(s.at(i));
    return out;
  }

  isRemoved(i: number): boolean {
    return this.removedCount > 0 && this.removed.get(i) === 1;
  }

  /** Drops an activity: its index stays, skipped from then on. */
  remove(i: number): void {
    if (this.removed.get(i) === 1) return;
    this.removed.set(i, 1);
    this.removedCount++;
  }

  ref(i: number): string {
    const r = this.raw?.get(i);
    return r !== undefined ? r.ref : this.prefixes.list[this.refPrefix.get(i)] + this.refRow.get(i);
  }

  personKey(i: number): string {
    const r = this.raw?.get(i);
    return r !== undefined ? r.personKey : this.personKeys[this.person.get(i)];
  }

  /**
   * Each slot's group: `groupOf` its person key, computed once per key; -1
   * for a removed slot.
   */
  groups(groupOf: (personKey: string) => number): Int32Array {
    const byKey = this.personKeys.map(groupOf);
    const out = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const r = this.raw?.get(i);
      out[i] = this.isRemoved(i) ? -1 : r !== undefined ? groupOf(r.personKey) : byKey[this.person.get(i)];
    }
    return out;
  }

  /** Moves every activity of the people keyed `from` to the key `to` (a `from → to` map). */
  rekeyPeople(remap: ReadonlyMap<string, string>): void {
    if (remap.size === 0) return;
    this.personKeys = this.personKeys.map((k) => remap.get(k) ?? k);
    this.personIndex = new Map();
    this.personKeys.forEach((k, j) => {
      if (!this.personIndex.has(k)) this.personIndex.set(k, j);
    });
    if (this.raw)
      for (const [i, a] of this.raw) {
        const to = remap.get(a.personKey);
        if (to !== undefined) this.raw.set(i, { ...a, personKey: to });
      }
  }

  /** A new object equal to the activity pushed at `i`, fields in the same order (one kept as is: itself). */
  at(i: number): Activity {
    const r = this.raw?.get(i);
    if (r !== undefined) return r;
    const shape = this.shapes[this.shapeOf.get(i)];
    const keys = shape.keys;
    let a: Activity;
    let k = 0;
    if (shape.plain) {
      a = new PlainActivity(
        this.prefixes.list[this.refPrefix.get(i)] + this.refRow.get(i),
        this.personKeys[this.person.get(i)],
      );
      a.kind = this.strings.list[this.texts.get('kind')!.get(i)];
      k = 3;
    } else a = {} as Activity;
    const o = a as unknown as Record<string, unknown>;
    for (; k < keys.length; k++) {
      const key = keys[k];
      switch (HOW.get(key)) {
        case 0:
          o.ref = this.prefixes.list[this.refPrefix.get(i)] + this.refRow.get(i);
          break;
        case 1:
          o.personKey = this.personKeys[this.person.get(i)];
          break;
        case 2:
          o[key] = this.strings.list[this.texts.get(key as TextField)!.get(i)];
          break;
        case 3:
          o[key] = this.numbers.get(key as NumberField)!.get(i);
          break;
        default:
          o[key] = this.passed.get(i) === 1;
      }
    }
    return a;
  }

  /** The activities at these indexes, in their order. */
  atEach(indexes: ArrayLike<number>, from = 0, to = indexes.length): Activity[] {
    const out: Activity[] = new Array(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.at(indexes[k]);
    return out;
  }

  /** Every activity not removed, as objects, in order. */
  toArray(): Activity[] {
    const out: Activity[] = [];
    for (let i = 0; i < this.n; i++) if (!this.isRemoved(i)) out.push(this.at(i));
    return out;
  }

  private keepRaw(i: number, a: Activity): void {
    (this.raw ??= new Map()).set(i, a);
    this.shapeOf.set(i, 0);
  }

  /** Stores `a`'s fields in slot `i` (its ref already set), or keeps `a` itself when the columns cannot hold it exactly. */
  private fill(i: number, a: Activity): void {
    const shape = this.shapeIdOf(a);
    if (shape === 0 || typeof a.personKey !== 'string') return this.keepRaw(i, a);
    const keys = this.shapes[shape].keys;
    // Check every value first: nothing is written for an activity kept as is.
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const how = HOW.get(key);
      const v = (a as unknown as Record<string, unknown>)[key];
      if (
        (how === 2 && typeof v !== 'string') ||
        (how === 3 && typeof v !== 'number') ||
        (how === 4 && typeof v !== 'boolean')
      )
        return this.keepRaw(i, a);
    }
    this.shapeOf.set(i, shape);
    let p = this.personIndex.get(a.personKey);
    if (p === undefined) {
      p = this.personKeys.length;
      this.personKeys.push(a.personKey);
      this.personIndex.set(a.personKey, p);
    }
    this.person.set(i, p);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const how = HOW.get(key);
      const v = (a as unknown as Record<string, unknown>)[key];
      if (how === 2) {
        let col = this.texts.get(key as TextField);
        if (col === undefined)
          this.texts.set(key as TextField, (col = new Column((n) => new Uint32Array(n))));
        col.set(i, this.strings.of(v as string));
      } else if (how === 3) {
        let col = this.numbers.get(key as NumberField);
        if (col === undefined) this.numbers.set(key as NumberField, (col = new NumberColumn()));
        col.set(i, v as number);
      } else if (how === 4) {
        this.passed.set(i, v === true ? 1 : 0);
      }
    }
  }

  /** The shape of `a`'s own fields, in order; 0 when a field is not an activity's or `a` is no plain object. */
  private shapeIdOf(a: Activity): number {
    if (Object.getPrototypeOf(a) !== Object.prototype) return 0;
    // Most activities have the shape of the one before: compared key by key, no allocation.
    const last = this.shapes[this.lastShape].keys;
    let k = 0;
    let same = this.lastShape !== 0;
    for (const key in a) {
      if (!same) break;
      if (k >= last.length || last[k] !== key) same = false;
      k++;
    }
    if (same && k === last.length) return this.lastShape;
    const keys = Object.keys(a);
    const name = keys.join('\u0000');
    let id = this.shapeIndex.get(name);
    if (id === undefined) {
      const known =
        keys.every((key) => HOW.has(key)) &&
        keys.length === new Set(keys).size &&
        keys.includes('ref') &&
        keys.includes('personKey') &&
        Object.getOwnPropertySymbols(a).length === 0;
      if (!known || this.shapes.length > 0xffff) return 0;
      id = this.shapes.length;
      this.shapes.push({
        keys,
        plain: keys[0] === 'ref' && keys[1] === 'personKey' && keys[2] === 'kind',
      });
      this.shapeIndex.set(name, id);
    }
    this.lastShape = id;
    return id;
  }
}
