/**
 * ONE generic runner for the scenario tables of ./scenarios.ts: convert the
 * dates, give each row a ref, evaluate, and compare exactly.
 */
import {
  BUILT_IN_KINDS,
  DEFAULT_POLICY,
  LEDGER_POLICY_KEYS,
  RULE_ISSUE_CODES,
  dates,
  evaluatePerson,
  evaluateWindow,
  yearOf,
  type Activity,
  type Person,
  type Policy,
  type RuleIssue,
} from '../../src/rules';
import { SCENARIOS, type Scenario, type ScenarioActivity } from './scenarios';

const PERSON_KEY = 'P1';
/** The one kind a scenario uses on purpose to test `kind-unknown`. */
const DELIBERATELY_UNKNOWN_KIND = 'karaoke-night';

function day(iso: string | undefined, scenario: string): number | undefined {
  if (iso === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`${scenario}: bad date ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!dates.isValidDate(y, mo, d)) throw new Error(`${scenario}: not a real date ${iso}`);
  return dates.dayNumber(y, mo, d);
}

function toActivity(a: ScenarioActivity, i: number, scenario: string): Activity {
  const activity: Activity = {
    ref: `S!${i + 1}`,
    personKey: PERSON_KEY,
    kind: a.kind,
    evidence: 'evidence' in a ? a.evidence : 'cert',
  };
  const copy = [
    'claimedHours',
    'days',
    'travelDays',
    'year',
    'months',
    'count',
    'level',
    'score',
    'passed',
    'declaredSubject',
    'title',
    'achievementKey',
  ] as const;
  for (const key of copy) {
    if (a[key] !== undefined) (activity as unknown as Record<string, unknown>)[key] = a[key];
  }
  const start = day(a.start, scenario);
  const end = day(a.end, scenario);
  if (start !== undefined) activity.start = start;
  if (end !== undefined) activity.end = end;
  return activity;
}

function run(s: Scenario) {
  const policy: Policy = { ...DEFAULT_POLICY, ...s.policy };
  const person: Person = { key: PERSON_KEY, ...s.person };
  const activities = s.activities.map((a, i) => toActivity(a, i, s.name));
  const evaluation = evaluatePerson(person, activities, { policy });
  const window = s.expect.window ? evaluateWindow(evaluation, s.expect.window.titleYear, policy) : undefined;
  const issues: RuleIssue[] = [
    ...evaluation.credits.flatMap((c) => c.issues),
    ...evaluation.years.flatMap((y) => [...y.issues, ...y.credits.flatMap((c) => c.issues)]),
    ...evaluation.issues,
    ...(window?.issues ?? []),
  ];
  return { evaluation, window, codes: [...new Set(issues.map((i) => i.code))].sort() };
}

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe('scenario tables (青人社字〔2023〕14号 + interpretations.md)', () => {
  test.each(SCENARIOS.map((s, i) => [`#${i + 1} [${s.clause}] ${s.name}`, s] as const))('%s', (_label, s) => {
    const { evaluation, window, codes } = run(s);
    const e = s.expect;

    if (e.status !== undefined) expect(evaluation.status).toBe(e.status);

    for (const [yearText, want] of Object.entries(e.years ?? {})) {
      const year = Number(yearText);
      const got = yearOf(evaluation, year);
      const summary = {
        year,
        public: got.publicHours,
        professional: got.professionalHours,
        compliant: got.compliant,
        deemed: got.deemed,
        status: got.status,
      };
      const wanted = {
        year,
        public: summary.public,
        professional: summary.professional,
        compliant: want.compliant,
        deemed: want.deemed ?? summary.deemed,
        status: want.status ?? summary.status,
      };
      // Hours: exact up to the core's own cleaning (1e-9).
      close(summary.public, want.public);
      close(summary.professional, want.professional);
      expect(summary).toEqual(wanted);
    }

    if (e.sum) {
      let pub = 0;
      let pro = 0;
      for (const y of evaluation.years) {
        pub += y.publicHours;
        pro += y.professionalHours;
      }
      close(pub, e.sum.public);
      close(pro, e.sum.professional);
    }

    if (e.window) {
      const w = window!;
      expect({ titleYear: w.titleYear, from: w.from, to: w.to, compliant: w.compliant }).toEqual({
        titleYear: e.window.titleYear,
        from: e.window.from,
        to: e.window.to,
        compliant: e.window.compliant,
      });
      expect(w.years).toEqual(
        Array.from({ length: e.window.to - e.window.from + 1 }, (_, i) => e.window!.from + i),
      );
      if (e.window.failingYears) expect(w.failingYears).toEqual(e.window.failingYears);
      if (e.window.status) expect(w.status).toBe(e.window.status);
      if (e.window.totals) {
        close(w.totals.public, e.window.totals.public);
        close(w.totals.professional, e.window.totals.professional);
      }
      if (e.window.required) expect(w.required).toEqual(e.window.required);
    }

    for (const code of e.codes ?? []) expect(codes).toContain(code);
    for (const code of e.absentCodes ?? []) expect(codes).not.toContain(code);
  });
});

describe('the scenario tables themselves', () => {
  test('at least 70 scenarios, with unique names', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  test('every clause of the notice that credits or judges hours has a scenario', () => {
    const clauses = new Set(SCENARIOS.map((s) => s.clause));
    for (const clause of [
      '一',
      '四',
      '四(一)1',
      '四(一)2',
      '四(一)3',
      '四(一)4',
      '四(二)',
      '四(三)',
      '四(四)1',
      '四(四)2',
      '四(四)3',
      '四(四)4⑴',
      '四(四)4⑵',
      '四(四)4⑶',
      '四(四)5',
      '四(五)',
      '四(六)1',
      '四(六)2',
      '五',
      '六(二)',
      '三(二)3',
    ]) {
      expect(clauses).toContain(clause);
    }
  });

  test('every decision of interpretations.md has a scenario', () => {
    const clauses = new Set(SCENARIOS.map((s) => s.clause));
    for (const section of [
      'Caps',
      'Window',
      'Subject',
      '8h',
      'WhichYear',
      'Months',
      'SelfStudy',
      'SameAchievement',
      'OneRecord',
      'AddUp',
      'Evidence',
      'Maternity',
      'DataQuality',
    ]) {
      expect(clauses).toContain(`interp:${section}`);
    }
  });

  test('every expected code is a code the core can raise; every kind used is built in or deliberately unknown', () => {
    const known = new Set<string>(RULE_ISSUE_CODES);
    for (const s of SCENARIOS) {
      for (const c of [...(s.expect.codes ?? []), ...(s.expect.absentCodes ?? [])])
        expect(known).toContain(c);
    }
    const kinds = new Set<string>([...BUILT_IN_KINDS.map((k) => k.code), DELIBERATELY_UNKNOWN_KIND]);
    for (const s of SCENARIOS) for (const a of s.activities) expect(kinds).toContain(a.kind);
  });

  test('every policy option the core reads is exercised away from its default', () => {
    const seen = new Set(SCENARIOS.flatMap((s) => Object.keys(s.policy ?? {})));
    for (const key of Object.keys(DEFAULT_POLICY) as Array<keyof Policy>)
      if (!LEDGER_POLICY_KEYS.has(key)) expect(seen).toContain(key);
  });
});
