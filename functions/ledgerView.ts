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
import type { Finding } from '../src/ledger/types';
import { ledgerMessagesZh } from '../src/ledger/messages';
import { fillTemplate } from '../src/i18n/format';
import { buildReport } from '../src/report/model';
import type { ReportPerson } from '../src/report/types';
import { badArgument } from './args';
import { functionError } from './errors';
import { functionMessage } from './messages';
import { createRangeCache } from './rangeCache';

export interface LedgerView {
  people: readonly ReportPerson[];
  byId: ReadonlyMap<string, ReportPerson>;
  byMaskedId: ReadonlyMap<string, ReportPerson[]>;
  byName: ReadonlyMap<string, ReportPerson[]>;
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
  const report = buildReport(ledger, { showIds: false, lang: 'zh' });
  const byId = new Map<string, ReportPerson>();
  const byMaskedId = new Map<string, ReportPerson[]>();
  const byName = new Map<string, ReportPerson[]>();
  const push = (map: Map<string, ReportPerson[]>, key: string, p: ReportPerson) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of report.people) {
    const id = p.evaluation.person.idNumber;
    if (id !== undefined) {
      byId.set(id, p);
      push(byMaskedId, maskIdNumber(id), p);
    }
    if (p.name) push(byName, p.name, p);
  }
  return { people: report.people, byId, byMaskedId, byName };
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
    const p = parsed.value === undefined ? undefined : view.byId.get(parsed.value.id);
    if (!p) throw notFound();
    return p;
  }
  const candidates = text.includes('*') ? view.byMaskedId.get(text.toUpperCase()) : view.byName.get(text);
  if (!candidates || candidates.length === 0) throw notFound();
  if (candidates.length > 1) {
    throw functionError(
      '#VALUE!',
      functionMessage('person-ambiguous', { person: shown, count: candidates.length }),
    );
  }
  return candidates[0];
}
