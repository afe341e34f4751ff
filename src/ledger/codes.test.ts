/**
 * Every code in LEDGER_CODES is really produced by some input, and its
 * message templates find every param they name (no `{…}` left visible).
 */
import { formatMessage } from '../i18n/format';
import type { LedgerCode } from './codes';
import { detectHeader } from './headers';
import { LEDGER_CODES, ledgerMessagesEn, ledgerMessagesZh } from './messages';
import { parseDateCell, parseDateWithoutYear, parseYearCell } from './parse/dates';
import { parseIdNumber } from './parse/idNumber';
import { parseLevel, parsePassed, parseSubject } from './parse/labels';
import { parseCount, parseHours, parseMonths } from './parse/numbers';
import type { Params } from './parse/result';
import { readLedgers } from './intake';
import { GOOD_ROW, INTAKE_SAMPLES, testRow, testSheet } from './intakeSamples';
import { SUMMARY_PEOPLE, SUMMARY_SAMPLE } from './summarySamples';
import { checkSummarySheet } from '../report/summaryCheck';
import { buildReport } from '../report/model';
import { dayNumber } from '../rules/dates';

/** The first finding with `code` when the sample sheets for it are read. */
function intake(code: LedgerCode): { code: string; params: Params } | undefined {
  return readLedgers(INTAKE_SAMPLES[code] ?? [], { today: 20000 }).findings.find((f) => f.code === code);
}

const samples: Record<LedgerCode, () => { code: string; params: Params } | undefined> = {
  'date-serial-1900-02-29': () => fail(parseDateCell(60)),
  'date-out-of-range': () => fail(parseDateCell('1949-1-1')),
  'date-end-before-start': () => fail(parseDateCell('2023.5.8-2')),
  'date-invalid': () => fail(parseDateCell('2023-02-30')),
  'date-unrecognised': () => fail(parseDateCell('下周')),
  'year-invalid': () => fail(parseYearCell('去年')),
  'date-month-range': () => note(parseDateCell('2024.10-12')),
  'date-half-year': () => note(parseDateCell('2025年上半年')),
  'date-year-from-column': () => note(parseDateWithoutYear('5月16日-18日', 2023) ?? { ok: false }),
  'negative-value': () => fail(parseHours(-1)),
  'hours-in-days': () => note(parseHours('1.5天')),
  'hours-in-numerals': () => note(parseHours('八学时')),
  'hours-text': () => fail(parseHours('十几学时')),
  'number-text': () => fail(parseMonths('三四个月')),
  'number-unrecognised': () => fail(parseHours('8-10')),
  'number-unit-unexpected': () => fail(parseCount('3学时')),
  'count-not-integer': () => fail(parseCount('1.5')),
  'hours-cell-months': () => intake('hours-cell-months'),
  'hours-cell-items': () => intake('hours-cell-items'),
  'hours-cell-duration': () => intake('hours-cell-duration'),
  'hours-both-subjects': () => intake('hours-both-subjects'),
  'subject-unknown': () => fail(parseSubject('选修')),
  'pass-unknown': () => fail(parsePassed('待定')),
  'record-unverified': () => fail(parsePassed('待审核')),
  'level-unknown': () => fail(parseLevel('D')),
  'id-upgraded-15': () => {
    const r = parseIdNumber('370202800101123');
    return r.ok ? r.notes?.[0] : undefined;
  },
  'id-numeric-lost-digits': () => fail(parseIdNumber(Number('370202198001011232'))),
  'id-check-digit': () => fail(parseIdNumber('370202198001011233')),
  'id-birth-date': () => fail(parseIdNumber('370202198013011232')),
  'id-format': () => fail(parseIdNumber('12345')),
  'header-not-found': () => fail(detectHeader([])),
  'sheet-wide-register': () => intake('sheet-wide-register'),
  'wide-year-from-title': () => intake('wide-year-from-title'),
  'wide-subtotal-only': () => intake('wide-subtotal-only'),
  'wide-hours-status': () => intake('wide-hours-status'),
  'header-duplicate-column': () => intake('header-duplicate-column'),
  'header-by-content': () => intake('header-by-content'),
  'header-kind-by-content': () => intake('header-kind-by-content'),
  'kind-unknown': () => intake('kind-unknown'),
  'kind-ambiguous': () => intake('kind-ambiguous'),
  'kind-matched-by-keyword': () => intake('kind-matched-by-keyword'),
  'kind-missing': () => intake('kind-missing'),
  'kind-from-subject': () => intake('kind-from-subject'),
  'kind-training-word': () => intake('kind-training-word'),
  'text-facts-read': () => intake('text-facts-read'),
  'evidence-column-missing': () => intake('evidence-column-missing'),
  'row-subtotal': () => intake('row-subtotal'),
  'row-repeated-header': () => intake('row-repeated-header'),
  'row-title': () => intake('row-title'),
  'row-no-person': () => intake('row-no-person'),
  'person-from-row-above': () => intake('person-from-row-above'),
  'year-from-row-above': () => intake('year-from-row-above'),
  'person-from-block': () => intake('person-from-block'),
  'row-no-activity': () => intake('row-no-activity'),
  'row-near-duplicate': () => intake('row-near-duplicate'),
  'row-duplicate': () => intake('row-duplicate'),
  'name-formula-like': () => intake('name-formula-like'),
  'id-two-names': () => intake('id-two-names'),
  'name-two-ids': () => intake('name-two-ids'),
  'person-joined-by-name': () => intake('person-joined-by-name'),
  'year-disagrees-with-dates': () => intake('year-disagrees-with-dates'),
  'summary-differs': () => summary('summary-differs'),
  'summary-no-detail': () => summary('summary-no-detail'),
  // GOOD_ROW is a training of 8–10 May 2023: checked on 1 May, it has not happened yet.
  'record-after-as-of': () =>
    buildReport(readLedgers([testSheet([testRow(GOOD_ROW)])], { today: 20000 }), {
      asOfDay: dayNumber(2023, 5, 1),
    }).findings.find((f) => f.code === 'record-after-as-of'),
};

/** The first note of a successful parse (e.g. `hours-in-days`). */
/** The first finding with `code` when the sample 汇总 is set against its people. */
function summary(code: LedgerCode): { code: string; params: Params } | undefined {
  return checkSummarySheet(SUMMARY_SAMPLE(), SUMMARY_PEOPLE).find((f) => f.code === code);
}

function note(r: {
  ok: boolean;
  notes?: Array<{ code: string; params: Params }>;
}): { code: string; params: Params } | undefined {
  return r.ok ? r.notes?.[0] : undefined;
}

function fail(r: {
  ok: boolean;
  code?: string;
  params?: Params;
}): { code: string; params: Params } | undefined {
  return r.ok || r.code === undefined ? undefined : { code: r.code, params: r.params ?? {} };
}

describe.each(LEDGER_CODES.map((c) => [c]))('%s', (code) => {
  it('is produced, and both messages fill every placeholder', () => {
    const got = samples[code]();
    expect(got?.code).toBe(code);
    for (const lang of ['zh', 'en'] as const) {
      const text = formatMessage({ zh: ledgerMessagesZh, en: ledgerMessagesEn }, code, got!.params, lang);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
