/**
 * The ledger functions' view of a range: the range read by the ledger layer
 * (`readLedger`), evaluated into the report model (`buildReport`, default
 * policy, IDs masked), and indexed by ID number, masked ID and name. Built once
 * per distinct range content (see ./rangeCache.ts).
 */
import { findingMessage } from '../src/ledger/findings';
import { readLedger } from '../src/ledger/intake';
import { maskIdNumber, parseIdNumber } from '../src/ledger/parse/idNumber';
import { cellText, displayText, isBlankCell } from '../src/ledger/parse/text';
import type { Finding, Ledger } from '../src/ledger/types';
import type { Activity, Person } from '../src/rules/types';
import { ledgerMessagesZh } from '../src/ledger/messages';
import { fillTemplate } from '../src/i18n/format';
import { buildReport } from '../src/report/model';
import type { ReportPerson } from '../src/report/types';
import { badArgument } from './args';
import { functionError } from './errors';
import { functionMessage } from './messages';
import { createRangeCache } from './rangeCache';

/** Who a person is, before they are evaluated. */
export interface PersonEntry {
  person: Person;
  activities: Activity[];
}

/**
 * A range read once; each person is evaluated only when a formula asks for
 * them (and then remembered), so N formulas over one range cost one read plus
 * N look-ups, not N full reports.
 */
export interface LedgerView {
  /** Every person, evaluated (CESUMMARY): built on first use. */
  readonly people: readonly ReportPerson[];
  byId: ReadonlyMap<string, PersonEntry>;
  byMaskedId: ReadonlyMap<string, PersonEntry[]>;
  byName: ReadonlyMap<string, PersonEntry[]>;
  /** The report line of one person (default policy, IDs masked), remembered. */
  report(entry: PersonEntry): ReportPerson;
  /** The records of the person with this key, as read from the range. */
  activitiesOf(key: string): readonly Activity[];
}

/** The sheet name findings would carry; a function sees only values, not where they came from. */
const RANGE_SHEET = '区域';

/**
 * Reads a range (header row included, any layout the ledger layer detects).
 * An empty range or one without a recognisable header is `#VALUE!`.
 */
export function buildLedgerView(rows: ReadonlyArray<ReadonlyArray<unknown>>): LedgerView {
  if (!rows.some((row) => Array.isArray(row) && row.some((c) => !isBlankCell(c)))) {
    throw functionError('#VALUE!', functionMessage('ledger-empty'));
  }
  const ledger = readLedger({ sheet: RANGE_SHEET, rows });
  const unreadable =
    ledger.sources[0]?.headerRow === 0
      ? ledger.findings.find((f: Finding) => f.code === 'header-not-found')
      : undefined;
  if (unreadable) {
    throw functionError(
      '#VALUE!',
      functionMessage('ledger-unreadable', { reason: findingMessage(unreadable) }),
    );
  }
  const activitiesOf = new Map<string, Activity[]>();
  for (const a of ledger.activities) {
    const list = activitiesOf.get(a.personKey);
    if (list) list.push(a);
    else activitiesOf.set(a.personKey, [a]);
  }
  const entries: PersonEntry[] = ledger.people.map((person) => ({
    person,
    activities: activitiesOf.get(person.key) ?? [],
  }));
  const byId = new Map<string, PersonEntry>();
  const byMaskedId = new Map<string, PersonEntry[]>();
  const byName = new Map<string, PersonEntry[]>();
  const push = (map: Map<string, PersonEntry[]>, key: string, e: PersonEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of entries) {
    const id = e.person.idNumber;
    if (id !== undefined) {
      byId.set(id, e);
      push(byMaskedId, maskIdNumber(id), e);
    }
    if (e.person.name) push(byName, e.person.name, e);
  }

  const reported = new Map<PersonEntry, ReportPerson>();
  // Row errors decide 待核实 (src/report/review.ts); the report reads them from the findings.
  const rowErrors = ledger.findings.filter((f: Finding) => f.severity === 'error' && f.row !== null);
  // The report model on a ledger of one person: the same figures and verdicts as the full report.
  const report = (e: PersonEntry): ReportPerson => {
    let p = reported.get(e);
    if (!p) {
      const one: Ledger = { ...ledger, activities: e.activities, people: [e.person], findings: rowErrors };
      p = buildReport(one, { showIds: false, lang: 'zh' }).people[0];
      reported.set(e, p);
    }
    return p;
  };
  let everyone: ReportPerson[] | undefined;
  return {
    get people() {
      return (everyone ??= entries.map(report));
    },
    byId,
    byMaskedId,
    byName,
    report,
    activitiesOf: (key) => activitiesOf.get(key) ?? [],
  };
}

const cache = createRangeCache(buildLedgerView);

/** The view of a range argument, from the cache when its content was seen. */
export function ledgerViewOf(ledgerArg: unknown): LedgerView {
  // Excel always passes a 2-D array for a range; rows that are not arrays are skipped by the reader.
  if (!Array.isArray(ledgerArg)) {
    throw functionError('#VALUE!', functionMessage('ledger-not-range'));
  }
  return cache.get(ledgerArg as unknown[][]);
}

/** The shared cache, for tests and the bench. */
export const ledgerViewCache = cache;

/**
 * The person named by `personArg`: an ID number (18 digits, a 15-digit legacy
 * one, lower-case x, full-width digits), a masked ID as CESUMMARY shows it, or
 * a name. Nobody → `#N/A`; a name two people bear, or an ID that cannot be
 * valid → `#VALUE!`.
 */
export function findPerson(view: LedgerView, personArg: unknown, argLabel: string): ReportPerson {
  if (isBlankCell(personArg)) badArgument('arg-required', { arg: argLabel });
  if (typeof personArg !== 'string' && typeof personArg !== 'number') {
    badArgument('arg-not-text', { arg: argLabel, value: displayText(personArg) });
  }
  const text = cellText(personArg) ?? '';
  const shown = displayText(personArg);
  const notFound = () => functionError('#N/A', functionMessage('person-unknown', { person: shown }));

  if (
    typeof personArg === 'number' ||
    /^\d{15}(\d{2}[\dXx])?$/.test(text) ||
    /^\d(\.\d+)?E\+?\d+$/i.test(text)
  ) {
    const parsed = parseIdNumber(personArg);
    if (!parsed.ok) {
      throw functionError('#VALUE!', fillTemplate(ledgerMessagesZh[parsed.code], parsed.params));
    }
    const e = parsed.value === undefined ? undefined : view.byId.get(parsed.value.id);
    if (!e) throw notFound();
    return view.report(e);
  }
  const candidates = text.includes('*') ? view.byMaskedId.get(text.toUpperCase()) : view.byName.get(text);
  if (!candidates || candidates.length === 0) throw notFound();
  if (candidates.length > 1) {
    throw functionError(
      '#VALUE!',
      functionMessage('person-ambiguous', { person: shown, count: candidates.length }),
    );
  }
  return view.report(candidates[0]);
}
