/**
 * A ledger's activities held compactly (issue 12): one row of typed-array
 * columns per activity instead of an object, a ref string and its digits.
 * Strings are kept once each (kinds, titles, evidence, person keys) and
 * referred to by index; a ref is its source's prefix and its row number;
 * numbers sit in Int32 chunks, a chunk turning Float64 when one of its values
 * is not a 32-bit integer. The order in which an activity's fields were set
 * is kept as its shape, so `at(i)` gives back an object equal to the one
 * pushed, field for field and in the same order. About 26 bytes an activity
 * on the bench's ledger instead of ~170 (an object of ten fields, a ref
 * string over its digits, a slot in an array): a million-row ledger is read
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

/**
 * The fields of an activity, by code: 0 ref, 1 personKey, 2–7 texts, 8–16
 * numbers, 17 passed (yes/no).
 */
export const FIELD = {
  ref: 0,
  personKey: 1,
  kind: 2,
  declaredSubject: 3,
  level: 4,
  evidence: 5,
  title: 6,
  achievementKey: 7,
  claimedHours: 8,
  days: 9,
  travelDays: 10,
  start: 11,
  end: 12,
  year: 13,
  months: 14,
  count: 15,
  score: 16,
  passed: 17,
} as const satisfies Record<keyof Activity, number>;
const FIELD_COUNT = 18;
const CODE_OF = new Map<string, number>(Object.entries(FIELD));

/** The fields of an activity in the order they were set. */
interface Shape {
  keys: readonly string[];
  codes: Uint8Array;
  /** Bit c: the field of code c is there. */
  present: number;
  /** The first three are ref, personKey, kind: built by `PlainActivity`. */
  plain: boolean;
}

/** Columns are made of chunks this long: they grow without copying, and a field few rows have takes little room. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * Unsigned integers of one column, by chunk: a chunk is made when a value
 * other than 0 is first written in it (0 where never written), as bytes, and
 * widened to 16 or 32 bits when a value needs them: one source's prefix
 * index (always 0) takes no room, a table of fewer than 65,536 names 2 bytes.
 */
class Column {
  private readonly chunks: Array<Uint8Array | Uint16Array | Uint32Array | undefined> = [];

  get(i: number): number {
    const chunk = this.chunks[i >>> CHUNK_BITS];
    return chunk === undefined ? 0 : chunk[i & IN_CHUNK];
  }

  set(i: number, v: number): void {
    const k = i >>> CHUNK_BITS;
    let chunk = this.chunks[k];
    if (chunk === undefined) {
      if (v === 0) return;
      while (this.chunks.length <= k) this.chunks.push(undefined);
      chunk = this.chunks[k] = new Uint8Array(CHUNK);
    }
    if (v > 0xff && (chunk.BYTES_PER_ELEMENT === 1 || (v > 0xffff && chunk.BYTES_PER_ELEMENT === 2)))
      chunk = this.chunks[k] = v > 0xffff ? Uint32Array.from(chunk) : Uint16Array.from(chunk);
    chunk[i & IN_CHUNK] = v;
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
  private readonly shapeOf = new Column();
  private readonly refPrefix = new Column();
  private readonly refRow = new Column();
  private readonly person = new Column();
  /** By field code: the texts' indexes in `strings`, the numbers, yes/no as 1/0. */
  private readonly columns: Array<Column | NumberColumn | undefined> = new Array(FIELD_COUNT).fill(undefined);
  /** Activities kept as they are (index 0 of `shapes` is theirs). */
  private raw: Map<number, Activity> | undefined;
  private readonly removed = new Column();

  private readonly strings = new Strings();
  /** By field code, the text last stored and its index: rows often repeat the row above. */
  private readonly lastText: Array<string | undefined> = new Array(FIELD_COUNT).fill(undefined);
  private readonly lastTextIndex = new Array<number>(FIELD_COUNT).fill(0);
  private readonly prefixes = new Strings();
  private personKeys: string[] = [];
  private personIndex = new Map<string, number>();
  /** Index 0: kept as is. */
  private readonly shapes: Shape[] = [{ keys: [], codes: new Uint8Array(0), present: 0, plain: false }];
  private readonly shapeIndex = new Map<string, number>();
  /**
   * The shapes met last, newest first (0 for none yet): a ledger's rows come in
   * a few shapes that alternate (an online course has no end date, a course
   * does), so each is recognised key by key without building its name.
   */
  private readonly recentShapes = new Uint16Array(4);

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
    return r !== undefined ? r.ref : this.refAt(i);
  }

  personKey(i: number): string {
    const r = this.raw?.get(i);
    return r !== undefined ? r.personKey : this.personKeys[this.person.get(i)];
  }

  /** The activity kept as it is at `i`, if it is one. */
  kept(i: number): Activity | undefined {
    return this.raw?.get(i);
  }

  /** A text field of the activity at `i` (not one kept as it is), or undefined. */
  text(i: number, code: number): string | undefined {
    if ((this.shapes[this.shapeOf.get(i)].present & (1 << code)) === 0) return undefined;
    return this.textAt(code, i);
  }

  /** A number field of the activity at `i` (not one kept as it is), or undefined. */
  number(i: number, code: number): number | undefined {
    if ((this.shapes[this.shapeOf.get(i)].present & (1 << code)) === 0) return undefined;
    return this.numberAt(code, i);
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
    const codes = shape.codes;
    let a: Activity;
    let k = 0;
    if (shape.plain) {
      a = new PlainActivity(this.refAt(i), this.personKeys[this.person.get(i)]);
      a.kind = this.textAt(FIELD.kind, i);
      k = 3;
    } else a = {} as Activity;
    // One named store per field (a keyed store by name would be several times slower).
    for (; k < codes.length; k++) {
      switch (codes[k]) {
        case FIELD.ref:
          a.ref = this.refAt(i);
          break;
        case FIELD.personKey:
          a.personKey = this.personKeys[this.person.get(i)];
          break;
        case FIELD.kind:
          a.kind = this.textAt(FIELD.kind, i);
          break;
        case FIELD.declaredSubject:
          a.declaredSubject = this.textAt(FIELD.declaredSubject, i) as Activity['declaredSubject'];
          break;
        case FIELD.level:
          a.level = this.textAt(FIELD.level, i);
          break;
        case FIELD.evidence:
          a.evidence = this.textAt(FIELD.evidence, i);
          break;
        case FIELD.title:
          a.title = this.textAt(FIELD.title, i);
          break;
        case FIELD.achievementKey:
          a.achievementKey = this.textAt(FIELD.achievementKey, i);
          break;
        case FIELD.claimedHours:
          a.claimedHours = this.numberAt(FIELD.claimedHours, i);
          break;
        case FIELD.days:
          a.days = this.numberAt(FIELD.days, i);
          break;
        case FIELD.travelDays:
          a.travelDays = this.numberAt(FIELD.travelDays, i);
          break;
        case FIELD.start:
          a.start = this.numberAt(FIELD.start, i);
          break;
        case FIELD.end:
          a.end = this.numberAt(FIELD.end, i);
          break;
        case FIELD.year:
          a.year = this.numberAt(FIELD.year, i);
          break;
        case FIELD.months:
          a.months = this.numberAt(FIELD.months, i);
          break;
        case FIELD.count:
          a.count = this.numberAt(FIELD.count, i);
          break;
        case FIELD.score:
          a.score = this.numberAt(FIELD.score, i);
          break;
        default:
          a.passed = (this.columns[FIELD.passed] as Column).get(i) === 1;
      }
    }
    return a;
  }

  private refAt(i: number): string {
    return this.prefixes.list[this.refPrefix.get(i)] + this.refRow.get(i);
  }

  private textAt(code: number, i: number): string {
    return this.strings.list[(this.columns[code] as Column).get(i)];
  }

  private numberAt(code: number, i: number): number {
    return (this.columns[code] as NumberColumn).get(i);
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
    const personKey = a.personKey;
    if (shape === 0 || typeof personKey !== 'string') return this.keepRaw(i, a);
    // Written as read; a value of the wrong type keeps `a` as it is (what was written is then unused).
    const codes = this.shapes[shape].codes;
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k];
      let ok = true;
      switch (code) {
        case FIELD.ref:
        case FIELD.personKey:
          break;
        case FIELD.kind:
          ok = this.putText(i, code, a.kind);
          break;
        case FIELD.declaredSubject:
          ok = this.putText(i, code, a.declaredSubject);
          break;
        case FIELD.level:
          ok = this.putText(i, code, a.level);
          break;
        case FIELD.evidence:
          ok = this.putText(i, code, a.evidence);
          break;
        case FIELD.title:
          ok = this.putText(i, code, a.title);
          break;
        case FIELD.achievementKey:
          ok = this.putText(i, code, a.achievementKey);
          break;
        case FIELD.claimedHours:
          ok = this.putNumber(i, code, a.claimedHours);
          break;
        case FIELD.days:
          ok = this.putNumber(i, code, a.days);
          break;
        case FIELD.travelDays:
          ok = this.putNumber(i, code, a.travelDays);
          break;
        case FIELD.start:
          ok = this.putNumber(i, code, a.start);
          break;
        case FIELD.end:
          ok = this.putNumber(i, code, a.end);
          break;
        case FIELD.year:
          ok = this.putNumber(i, code, a.year);
          break;
        case FIELD.months:
          ok = this.putNumber(i, code, a.months);
          break;
        case FIELD.count:
          ok = this.putNumber(i, code, a.count);
          break;
        case FIELD.score:
          ok = this.putNumber(i, code, a.score);
          break;
        default: {
          const v = a.passed;
          ok = typeof v === 'boolean';
          if (ok) {
            let col = this.columns[code] as Column | undefined;
            if (col === undefined) this.columns[code] = col = new Column();
            col.set(i, v ? 1 : 0);
          }
        }
      }
      if (!ok) return this.keepRaw(i, a);
    }
    this.shapeOf.set(i, shape);
    let p = this.personIndex.get(personKey);
    if (p === undefined) {
      p = this.personKeys.length;
      this.personKeys.push(personKey);
      this.personIndex.set(personKey, p);
    }
    this.person.set(i, p);
  }

  private putText(i: number, code: number, v: unknown): boolean {
    if (typeof v !== 'string') return false;
    let col = this.columns[code] as Column | undefined;
    if (col === undefined) this.columns[code] = col = new Column();
    let index: number;
    if (v === this.lastText[code]) index = this.lastTextIndex[code];
    else {
      index = this.strings.of(v);
      this.lastText[code] = v;
      this.lastTextIndex[code] = index;
    }
    col.set(i, index);
    return true;
  }

  private putNumber(i: number, code: number, v: unknown): boolean {
    if (typeof v !== 'number') return false;
    let col = this.columns[code] as NumberColumn | undefined;
    if (col === undefined) this.columns[code] = col = new NumberColumn();
    col.set(i, v);
    return true;
  }

  /** The shape of `a`'s own fields, in order; 0 when a field is not an activity's or `a` is no plain object. */
  private shapeIdOf(a: Activity): number {
    if (Object.getPrototypeOf(a) !== Object.prototype) return 0;
    // Most activities have the shape of one of the last few: compared key by key, no allocation.
    const recent = this.recentShapes;
    for (let r = 0; r < recent.length; r++) {
      const id = recent[r];
      if (id === 0) break;
      if (this.hasShape(a, this.shapes[id].keys)) {
        for (let q = r; q > 0; q--) recent[q] = recent[q - 1];
        recent[0] = id;
        return id;
      }
    }
    const keys = Object.keys(a);
    const name = keys.join('\u0000');
    let id = this.shapeIndex.get(name);
    if (id === undefined) {
      const known =
        keys.every((key) => CODE_OF.has(key)) &&
        keys.includes('ref') &&
        keys.includes('personKey') &&
        Object.getOwnPropertySymbols(a).length === 0;
      if (!known || this.shapes.length > 0xffff) return 0;
      const codes = Uint8Array.from(keys, (key) => CODE_OF.get(key)!);
      id = this.shapes.length;
      this.shapes.push({
        keys,
        codes,
        present: codes.reduce((bits, c) => bits | (1 << c), 0),
        plain: keys[0] === 'ref' && keys[1] === 'personKey' && keys[2] === 'kind',
      });
      this.shapeIndex.set(name, id);
    }
    recent.copyWithin(1, 0, recent.length - 1);
    recent[0] = id;
    return id;
  }

  /** Whether `a`'s own keys are `keys`, in that order. */
  private hasShape(a: Activity, keys: readonly string[]): boolean {
    let k = 0;
    for (const key in a) {
      if (k >= keys.length || keys[k] !== key) return false;
      k++;
    }
    return k === keys.length;
  }
}
