/**
 * Whole-ledger checks and joining: once every row of every sheet is read,
 * people are joined by ID (a row without an ID joins the one person with an ID
 * who bears that name), and the checks that need all rows at once run:
 * one ID with two names, one name with two IDs, duplicate rows
 * (interpretations.md "Data quality"). `joinLedgers` reruns them over several
 * ledgers, so a 2019 sheet and a 2023 sheet of the same person are one record.
 */
import { yearOf } from '../rules/dates';
import type { Activity, Person } from '../rules/types';
import { ledgerFinding, rowLabel, severalFiles, sortFindings } from './findings';
import { RowOriginIndex } from './origins';
import { ActivityStore, FIELD } from './activityStore';
import { maskIdNumber } from './parse/idNumber';
import type { Finding, Ledger, RowOrigin, SourceSummary } from './types';

/** Where a person was first seen with a given (ID, name) pair. */
export interface Sighting {
  id?: string;
  name?: string;
  file?: string;
  sheet: string;
  row: number | null;
  nameColumn: string | null;
  idColumn: string | null;
}

/** One sheet's reading before the whole-ledger checks; person keys are provisional. */
export interface LedgerPart {
  sources: SourceSummary[];
  /** Owned by the part: joining may rekey and remove its activities. */
  activities: ActivityStore;
  origins: ReadonlyMap<string, RowOrigin>;
  people: Person[];
  findings: Finding[];
  /** Each distinct (ID, name) pair, at its first row. */
  sightings: Sighting[];
  /**
   * `name:` keys that came from a row whose ID was invalid, with the digits the
   * bad ID still shows (`idDigitsPrefix`): joined by name only to an ID that
   * starts with them; '' when they cannot tell.
   */
  keysFromBadIds: ReadonlyMap<string, string>;
}

/** Codes recomputed over the whole ledger: dropped from the parts and raised again. */
const WHOLE_LEDGER_CODES = new Set(['id-two-names', 'name-two-ids', 'row-near-duplicate', 'row-duplicate']);

/** What a finished ledger keeps for a later join (not part of the `Ledger` shape). */
const joinState = new WeakMap<
  Ledger,
  { sightings: Sighting[]; keysFromBadIds: ReadonlyMap<string, string> }
>();

export const NAME_KEY_PREFIX = 'name:';
/** The key of a person known by 工号 (staff number) and no ID: `staff:QD1001`. */
export const STAFF_KEY_PREFIX = 'staff:';

/** Joins parts and runs the whole-ledger checks. */
export function finishLedger(parts: readonly LedgerPart[]): Ledger {
  const single = parts.length === 1;
  const sources = parts.flatMap((p) => p.sources);
  const sightings = parts.flatMap((p) => p.sightings);
  const keysFromBadIds = new Map<string, string>();
  for (const p of parts)
    for (const [k, digits] of p.keysFromBadIds) mergeBadIdDigits(keysFromBadIds, k, digits);

  const people = mergePeople(parts);
  const remap = joinNamesToIds(people, sightings, keysFromBadIds);

  const activities = single ? parts[0].activities : ActivityStore.concat(parts.map((p) => p.activities));
  let origins: ReadonlyMap<string, RowOrigin>;
  if (single) origins = parts[0].origins;
  else if (parts.every((p) => p.origins instanceof RowOriginIndex))
    origins = RowOriginIndex.merge(parts.map((p) => p.origins as RowOriginIndex));
  else {
    const merged = new Map<string, RowOrigin>();
    for (const p of parts) for (const [ref, o] of p.origins) merged.set(ref, o);
    origins = merged;
  }
  // Before the rows are rekeyed: which rows were joined by name is still in their keys.
  const joined = remap.size > 0 ? joinedByNameFindings(activities, origins, remap, people, sources) : [];
  activities.rekeyPeople(remap);

  const findings: Finding[] = [];
  for (const p of parts) {
    for (const f of p.findings) {
      if (WHOLE_LEDGER_CODES.has(f.code)) continue;
      const to = f.personKey === undefined ? undefined : remap.get(f.personKey);
      findings.push(to === undefined ? f : { ...f, personKey: to });
    }
  }
  // A loop, not a spread: a large ledger has more findings than a call's arguments may hold.
  for (const f of identityFindings(sightings)) findings.push(f);
  for (const f of joined) findings.push(f);
  const repeats = new Set<string>();
  for (const f of duplicateFindings(activities, origins, severalFiles(sources), repeats)) findings.push(f);
  // interpretations.md "Rows that carry errors": an exact repeat is one activity, counted once.
  if (repeats.size > 0)
    for (let i = 0; i < activities.slots; i++)
      if (!activities.isRemoved(i) && repeats.has(activities.ref(i))) activities.remove(i);

  const ledger: Ledger = {
    sources,
    activities: [],
    people: people.filter((p) => !remap.has(p.key)),
    findings: sortFindings(findings, sources),
    origins,
  };
  holdActivities(ledger, activities);
  joinState.set(ledger, { sightings, keysFromBadIds });
  return ledger;
}

/** Each ledger's activities while they are held compactly (see `holdActivities`). */
const compactActivities = new WeakMap<Ledger, ActivityStore>();

/**
 * `ledger.activities` becomes an array of objects only when first read; until
 * then the activities stay in the store, and `activityStoreOf` gives it to
 * the code that reads a large ledger a person at a time (the report). An array
 * assigned in its place is the ledger's activities from then on.
 */
function holdActivities(ledger: Ledger, store: ActivityStore): void {
  compactActivities.set(ledger, store);
  const set = (value: Activity[]): void => {
    compactActivities.delete(ledger);
    Object.defineProperty(ledger, 'activities', {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  Object.defineProperty(ledger, 'activities', {
    enumerable: true,
    configurable: true,
    get(): Activity[] {
      const value = store.toArray();
      set(value);
      return value;
    },
    set,
  });
}

/**
 * The ledger's activities in their compact store, as long as `ledger.activities`
 * was never read or replaced (reading it makes objects of them all); else undefined.
 */
export function activityStoreOf(ledger: Ledger): ActivityStore | undefined {
  return compactActivities.get(ledger);
}

/** A store of the ledger's activities of the joining's own. */
function copyOfActivities(ledger: Ledger): ActivityStore {
  const store = activityStoreOf(ledger);
  return store ? ActivityStore.concat([store]) : ActivityStore.from(ledger.activities);
}

/**
 * Each activity's ref and person key, in ledger order, without making objects
 * of them when they are held compactly.
 */
export function eachActivityRef(ledger: Ledger, fn: (ref: string, personKey: string) => void): void {
  const store = activityStoreOf(ledger);
  if (store === undefined) {
    for (const a of ledger.activities) fn(a.ref, a.personKey);
    return;
  }
  for (let i = 0; i < store.slots; i++) if (!store.isRemoved(i)) fn(store.ref(i), store.personKey(i));
}

/**
 * Each activity's 年度, start and end, in ledger order, read from the columns
 * when the ledger holds its activities compactly (no objects made).
 */
export function eachActivityWhen(
  ledger: Ledger,
  fn: (year: number | undefined, start: number | undefined, end: number | undefined) => void,
): void {
  const store = activityStoreOf(ledger);
  if (store === undefined) {
    for (const a of ledger.activities) fn(a.year, a.start, a.end);
    return;
  }
  for (let i = 0; i < store.slots; i++) {
    if (store.isRemoved(i)) continue;
    const kept = store.kept(i);
    if (kept !== undefined) fn(kept.year, kept.start, kept.end);
    else fn(store.number(i, FIELD.year), store.number(i, FIELD.start), store.number(i, FIELD.end));
  }
}

/**
 * Each person's activities, in ledger order, by person key: the lists are
 * made one person at a time when the ledger holds its activities compactly,
 * so they are garbage once that person is evaluated.
 */
export function activitiesByPerson(ledger: Ledger): (personKey: string) => Activity[] {
  const compact = activitySlotsByPerson(ledger);
  if (compact) return compact.activitiesOf;
  const byPerson = new Map<string, Activity[]>();
  for (const a of ledger.activities) {
    const list = byPerson.get(a.personKey);
    if (list) list.push(a);
    else byPerson.set(a.personKey, [a]);
  }
  return (key) => byPerson.get(key) ?? [];
}

/** A person's activities and, for each, its slot in the ledger's store (`slots[n]` is `activities[n]`'s). */
export interface PersonSlots {
  activities: Activity[];
  slots: Int32Array;
}

/**
 * Like `activitiesByPerson`, with each activity's slot in the ledger's
 * compact store (slots run in ledger order): undefined unless the ledger
 * holds its activities compactly.
 */
export function activitySlotsByPerson(ledger: Ledger):
  | {
      store: ActivityStore;
      activitiesOf(personKey: string): Activity[];
      slotsOf(personKey: string): PersonSlots;
    }
  | undefined {
  const store = activityStoreOf(ledger);
  if (store === undefined) return undefined;
  // A counting sort of the activities' indexes by person.
  const groupOf = new Map<string, number>();
  for (const p of ledger.people) if (!groupOf.has(p.key)) groupOf.set(p.key, groupOf.size);
  const { starts, order } = byGroup(
    store.groups((key) => groupOf.get(key) ?? -1),
    groupOf.size,
  );
  const none = new Int32Array(0);
  return {
    store,
    activitiesOf(key) {
      const g = groupOf.get(key);
      return g === undefined ? [] : store.atEach(order, starts[g], starts[g + 1]);
    },
    slotsOf(key) {
      const g = groupOf.get(key);
      if (g === undefined) return { activities: [], slots: none };
      return {
        activities: store.atEach(order, starts[g], starts[g + 1]),
        slots: order.subarray(starts[g], starts[g + 1]),
      };
    },
  };
}

/**
 * A counting sort of indexes by group (`group[i]`, -1 for none): group g's
 * indexes, in order, are `order[starts[g]]` to `order[starts[g + 1] - 1]`.
 */
function byGroup(group: Int32Array, groups: number): { starts: Int32Array; order: Int32Array } {
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) starts[group[i] + 1]++;
  for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
  const order = new Int32Array(starts[groups]);
  const next = starts.slice(0, groups);
  for (let i = 0; i < group.length; i++) if (group[i] >= 0) order[next[group[i]]++] = i;
  return { starts, order };
}

/** How many activities the ledger holds, without making objects of them. */
export function activityCount(ledger: Ledger): number {
  return activityStoreOf(ledger)?.length ?? ledger.activities.length;
}

/**
 * Several ledgers (sheets or files) as one: people joined by ID, else by name;
 * the identity and duplicate checks run again over all of them.
 */
export function joinLedgers(ledgers: readonly Ledger[]): Ledger {
  return finishLedger(ledgers.map(toPart));
}

function toPart(ledger: Ledger): LedgerPart {
  const state = joinState.get(ledger);
  const sheet = ledger.sources[0]?.sheet ?? '';
  const file = ledger.sources[0]?.file;
  return {
    sources: ledger.sources,
    activities: copyOfActivities(ledger),
    origins: ledger.origins,
    people: ledger.people,
    findings: ledger.findings,
    // A ledger built elsewhere: what its people say, without rows.
    sightings:
      state?.sightings ??
      ledger.people.map((p) => ({
        id: p.idNumber,
        name: p.name,
        ...(file !== undefined ? { file } : {}),
        sheet,
        row: null,
        nameColumn: null,
        idColumn: null,
      })),
    keysFromBadIds: state?.keysFromBadIds ?? new Map(),
  };
}

function mergePeople(parts: readonly LedgerPart[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const p of parts) {
    for (const person of p.people) {
      const seen = byKey.get(person.key);
      if (seen === undefined) byKey.set(person.key, { ...person });
      else fillPerson(seen, person);
    }
  }
  return [...byKey.values()];
}

/** First value wins; later sightings only fill what is missing. */
function fillPerson(into: Person, from: Person): void {
  into.name ??= from.name;
  into.idNumber ??= from.idNumber;
  into.series ??= from.series;
  into.rank ??= from.rank;
  into.qualificationYear ??= from.qualificationYear;
  into.sex ??= from.sex;
  for (const k of ['name', 'idNumber', 'series', 'rank', 'qualificationYear', 'sex'] as const)
    if (into[k] === undefined) delete into[k];
}

/** Records the digits a bad ID shows for a name key; two different bad IDs under one name tell nothing. */
export function mergeBadIdDigits(into: Map<string, string>, key: string, digits: string): void {
  const seen = into.get(key);
  if (seen === undefined) into.set(key, digits);
  else if (seen !== digits) into.set(key, '');
}

/**
 * The leading digits an invalid ID cell still shows: `3.70202E+17` → `370202`,
 * the number 370202198501011200 → its first 15 digits (Excel keeps 15), a text
 * with a wrong check digit → its first 17. Fewer than 6 digits tell nothing ('').
 */
export function idDigitsPrefix(raw: unknown): string {
  let digits = '';
  if (typeof raw === 'number' && Number.isFinite(raw))
    digits = Math.trunc(Math.abs(raw)).toLocaleString('en', { useGrouping: false }).slice(0, 15);
  else if (typeof raw === 'string') {
    const text = raw.normalize('NFKC').replace(/\s+/g, '');
    const sci = /^(\d)\.(\d+)e\+?\d+$/i.exec(text);
    digits = sci ? sci[1] + sci[2] : text.replace(/\D/g, '').slice(0, 17);
  }
  return digits.length >= 6 ? digits : '';
}

/**
 * A person known only by name (their rows have no ID) is the person with an ID
 * of that name, when there is exactly one; with two they stay apart (never
 * guessed). A row whose ID cell was invalid joins only an ID that agrees with
 * the digits the cell still shows (Excel's 3.70202E+17 and the real ID agree;
 * so does an ID typed with one digit wrong or two neighbours swapped), also when
 * the row was keyed by its 工号.
 */
function joinNamesToIds(
  people: Person[],
  sightings: readonly Sighting[],
  keysFromBadIds: ReadonlyMap<string, string>,
): Map<string, string> {
  const idsByName = new Map<string, Set<string>>();
  for (const s of sightings) {
    if (s.id === undefined || s.name === undefined) continue;
    let ids = idsByName.get(s.name);
    if (!ids) idsByName.set(s.name, (ids = new Set()));
    ids.add(s.id);
  }
  const remap = new Map<string, string>();
  if (idsByName.size === 0) return remap;
  const byKey = new Map(people.map((p) => [p.key, p]));
  for (const p of people) {
    const badDigits = keysFromBadIds.get(p.key);
    const joinable =
      p.key.startsWith(NAME_KEY_PREFIX) || (p.key.startsWith(STAFF_KEY_PREFIX) && badDigits !== undefined);
    if (!joinable || p.name === undefined) continue;
    const ids = idsByName.get(p.name);
    if (ids?.size !== 1) continue;
    const [id] = ids;
    if (badDigits !== undefined && (badDigits === '' || !digitsAgree(badDigits, id))) continue;
    const target = byKey.get(id);
    if (!target) continue;
    fillPerson(target, p);
    remap.set(p.key, id);
  }
  return remap;
}

/** How many rows a `person-joined-by-name` note lists before `…`. */
const JOINED_ROWS_LISTED = 10;

/**
 * One note per person joined by name (`joinNamesToIds`) and sheet, on the first
 * of their rows there, listing those rows: the rows had no valid ID (none, or one
 * that fails its check and agrees with the valid ID of that name) and were joined
 * to the person with that ID, which the officer is to confirm. The ID is masked
 * as the report masks IDs by default (`maskIdNumber`). Runs only when someone was
 * joined: one pass over the slots' person keys, and a look-up per joined row.
 */
function joinedByNameFindings(
  store: ActivityStore,
  origins: ReadonlyMap<string, RowOrigin>,
  remap: ReadonlyMap<string, string>,
  people: readonly Person[],
  sources: readonly SourceSummary[],
): Finding[] {
  const joinedKeys = [...remap.keys()];
  const groupOfKey = new Map(joinedKeys.map((k, g) => [k, g]));
  const group = store.groups((k) => groupOfKey.get(k) ?? -1);
  const nameOf = new Map(people.map((p) => [p.key, p.name ?? '']));
  const manyFiles = severalFiles(sources);
  /** By joined key and sheet: the note and the rows it lists. */
  const notes = new Map<string, { finding: Finding; rows: number[] }>();
  const out: Finding[] = [];
  for (let i = 0; i < group.length; i++) {
    const g = group[i];
    if (g < 0) continue;
    const o = origins.get(store.ref(i));
    if (o === undefined) continue;
    const noteKey = `${g}\u0000${manyFiles ? (o.file ?? '') : ''}\u0000${o.sheet}`;
    const seen = notes.get(noteKey);
    if (seen !== undefined) {
      seen.rows.push(o.row);
      continue;
    }
    const key = joinedKeys[g];
    const id = remap.get(key) as string;
    const source = sources.find((s) => s.sheet === o.sheet && s.file === o.file);
    const finding = ledgerFinding(
      'person-joined-by-name',
      { rows: String(o.row), name: nameOf.get(key) ?? '', id: maskIdNumber(id) },
      {
        ...(o.file !== undefined ? { file: o.file } : {}),
        sheet: o.sheet,
        row: o.row,
        column: source?.columns.idNumber ?? null,
      },
      id,
    );
    notes.set(noteKey, { finding, rows: [o.row] });
    out.push(finding);
  }
  for (const { finding, rows } of notes.values())
    if (rows.length > 1)
      finding.params.rows =
        rows.slice(0, JOINED_ROWS_LISTED).join(', ') + (rows.length > JOINED_ROWS_LISTED ? ', …' : '');
  return out;
}

/**
 * The digits a bad ID cell still shows agree with a valid ID: its leading digits,
 * or all 17 body digits with one typed wrong or two neighbours swapped (the check
 * digit then fails, which is how the slip was caught).
 * @example digitsAgree('37021519980228705', '370215199802280754') === true
 */
export function digitsAgree(digits: string, id: string): boolean {
  if (id.startsWith(digits)) return true;
  if (digits.length !== 17) return false;
  const diff: number[] = [];
  for (let i = 0; i < 17 && diff.length <= 2; i++) if (digits[i] !== id[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [a, b] = diff;
  return diff.length === 2 && b === a + 1 && digits[a] === id[b] && digits[b] === id[a];
}

function identityFindings(sightings: readonly Sighting[]): Finding[] {
  const out: Finding[] = [];
  const namesById = new Map<string, string[]>();
  const idsByName = new Map<string, string[]>();
  for (const s of sightings) {
    if (s.id === undefined || s.name === undefined) continue;
    const names = namesById.get(s.id) ?? [];
    if (!names.includes(s.name)) {
      names.push(s.name);
      namesById.set(s.id, names);
      if (names.length > 1) {
        out.push(
          ledgerFinding(
            'id-two-names',
            { id: maskIdNumber(s.id), names: names.join('、') },
            place(s, s.nameColumn),
            s.id,
          ),
        );
      }
    }
    const ids = idsByName.get(s.name) ?? [];
    if (!ids.includes(s.id)) {
      ids.push(s.id);
      idsByName.set(s.name, ids);
      if (ids.length > 1) {
        out.push(
          ledgerFinding(
            'name-two-ids',
            { name: s.name, ids: ids.map(maskIdNumber).join('、') },
            place(s, s.idColumn),
            s.id,
          ),
        );
      }
    }
  }
  return out;
}

function place(s: Sighting, column: string | null) {
  return { ...(s.file !== undefined ? { file: s.file } : {}), sheet: s.sheet, row: s.row, column };
}

/** Same person, kind, dates, year, hours, count, months and title: the later row repeats the first. */
function duplicateFindings(
  store: ActivityStore,
  origins: ReadonlyMap<string, RowOrigin>,
  manyFiles: boolean,
  /** Gets the refs of exact repeats (every field equal to an earlier row's): counted once. */
  repeats: Set<string>,
): Finding[] {
  const out: Finding[] = [];
  // The activities' indexes by person (people in order of their first row): a counting sort.
  const people: string[] = [];
  const groupOf = new Map<string, number>();
  const group = new Int32Array(store.slots);
  for (let i = 0; i < store.slots; i++) {
    if (store.isRemoved(i)) {
      group[i] = -1;
      continue;
    }
    const k = store.personKey(i);
    let g = groupOf.get(k);
    if (g === undefined) {
      g = people.length;
      groupOf.set(k, g);
      people.push(k);
    }
    group[i] = g;
  }
  const { starts, order } = byGroup(group, people.length);
  const quick = new QuickKeySet();
  for (let g = 0; g < people.length; g++) {
    const personKey = people[g];
    const from = starts[g];
    const count = starts[g + 1] - from;
    if (count < 2) continue;
    // Rows are first told apart by a number computed from their fields: most
    // people have no two rows sharing it, found from the store's columns with
    // no allocation. Only then are the person's rows made objects and
    // compared by their full text key.
    // finishLedger sorts every finding by source and row afterwards.
    if (!quick.anyRepeated(count, (n) => quickKeyAt(store, order[from + n]))) continue;
    const activities = store.atEach(order, from, from + count);
    const first = new Map<string, number>();
    for (let n = 0; n < activities.length; n++) {
      const a = activities[n];
      const key = fullKey(a);
      const seenAt = first.get(key);
      if (seenAt === undefined) {
        first.set(key, n);
        continue;
      }
      const seen = activities[seenAt].ref;
      const o = origins.get(a.ref);
      const firstOrigin = origins.get(seen);
      if (!o) continue;
      const exact = exactKey(a) === exactKey(activities[seenAt]);
      if (exact) repeats.add(a.ref);
      out.push(
        ledgerFinding(
          exact ? 'row-duplicate' : 'row-near-duplicate',
          { first: firstOrigin ? rowLabel(firstOrigin, manyFiles) : seen, firstRow: firstOrigin?.row ?? 0 },
          {
            ...(o.file !== undefined ? { file: o.file } : {}),
            sheet: o.sheet,
            row: o.row,
            column: o.column ?? null,
          },
          personKey,
        ),
      );
    }
  }
  return out;
}

/** The rest of a row's fields: with `fullKey` equal too, the row repeats the first in every field. */
function exactKey(a: Activity): string {
  return `${fullKey(a)}\u0001${a.end ?? ''}\u0001${a.year ?? ''}\u0001${a.evidence ?? ''}\u0001${a.declaredSubject ?? ''}\u0001${a.passed ?? ''}\u0001${a.travelDays ?? ''}\u0001${a.achievementKey ?? ''}`;
}

/**
 * Every field that makes two rows the same record, as one text. A lone day is a
 * one-day record, and a 年度 is the year of the start where a row gives none: a
 * platform export's course (完成时间, 年度) and the unit ledger's row for it
 * (起始日期 = 截止日期, no 年度) are the same record.
 */
function fullKey(a: Activity): string {
  const year = a.year ?? (a.start !== undefined ? yearOf(a.start) : '');
  return `${a.kind}\u0001${a.start ?? ''}\u0001${a.end ?? a.start ?? ''}\u0001${year}\u0001${a.claimedHours ?? ''}\u0001${a.days ?? ''}\u0001${a.count ?? ''}\u0001${a.months ?? ''}\u0001${a.level ?? ''}\u0001${a.score ?? ''}\u0001${a.title ?? ''}`;
}

/**
 * Whether two of a person's activities share a quick key: an open-addressing
 * hash set in typed arrays, reused from person to person.
 */
class QuickKeySet {
  private used = new Uint8Array(64);
  private keys = new Int32Array(64);

  /** Whether two of `count` keys (`keyAt(0)` …) are equal. */
  anyRepeated(count: number, keyAt: (n: number) => number): boolean {
    let size = 64;
    while (size < count * 2) size *= 2;
    if (this.used.length < size) {
      this.used = new Uint8Array(size);
      this.keys = new Int32Array(size);
    } else this.used.fill(0, 0, size);
    const { used, keys } = this;
    const mask = size - 1;
    for (let n = 0; n < count; n++) {
      const h = keyAt(n);
      let slot = (Math.imul(h, 0x9e3779b1) >>> 7) & mask;
      while (used[slot] === 1) {
        if (keys[slot] === h) return true;
        slot = (slot + 1) & mask;
      }
      used[slot] = 1;
      keys[slot] = h;
    }
    return false;
  }
}

/** `quickKey` of the activity at `i` of the store, read from its columns. */
function quickKeyAt(store: ActivityStore, i: number): number {
  const kept = store.kept(i);
  if (kept !== undefined) return quickKey(kept);
  const title = store.text(i, FIELD.title);
  let h = (store.text(i, FIELD.kind) as string).length;
  // As `fullKey` reads them: the end is the start where none is given, the year counts only without a start.
  const start = store.number(i, FIELD.start);
  h = (Math.imul(h, 31) + (start ?? -1)) | 0;
  h = (Math.imul(h, 31) + (store.number(i, FIELD.end) ?? start ?? -1)) | 0;
  h = (Math.imul(h, 31) + (start ?? store.number(i, FIELD.year) ?? -1)) | 0;
  h = (Math.imul(h, 31) + Math.round((store.number(i, FIELD.claimedHours) ?? -1) * 64)) | 0;
  h = (Math.imul(h, 31) + (store.number(i, FIELD.days) ?? -1)) | 0;
  h = (Math.imul(h, 31) + (store.number(i, FIELD.months) ?? -1)) | 0;
  h = (Math.imul(h, 31) + (title === undefined ? -1 : title.length)) | 0;
  return h;
}

/** A number equal for rows with equal full keys (different rows may share it too). */
function quickKey(a: Activity): number {
  let h = a.kind.length;
  h = (Math.imul(h, 31) + (a.start ?? -1)) | 0;
  h = (Math.imul(h, 31) + (a.end ?? a.start ?? -1)) | 0;
  h = (Math.imul(h, 31) + (a.start ?? a.year ?? -1)) | 0;
  h = (Math.imul(h, 31) + Math.round((a.claimedHours ?? -1) * 64)) | 0;
  h = (Math.imul(h, 31) + (a.days ?? -1)) | 0;
  h = (Math.imul(h, 31) + (a.months ?? -1)) | 0;
  h = (Math.imul(h, 31) + (a.title === undefined ? -1 : a.title.length)) | 0;
  return h;
}
