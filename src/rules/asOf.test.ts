/**
 * A title window judged on an as-of day counts only what has happened by then
 * (四, preamble: the window is the five years up to the application year; a
 * credit dated or projected after the as-of day has not been earned).
 */
import { creditsAsOf } from './asOf';
import { dayNumber as d } from './dates';
import { evaluatePerson, evaluateWindow } from './evaluate';
import { DEFAULT_POLICY } from './policy';
import type { Activity } from './types';

const person = { key: 'p' };
let row = 0;
const act = (a: Omit<Activity, 'ref' | 'personKey'>): Activity => ({
  ref: `s!${++row}`,
  personKey: 'p',
  evidence: '证',
  ...a,
});
/** 30 公需 and 60 专业 in `year`, in spring. */
const fullYear = (year: number): Activity[] => [
  act({ kind: 'public-course', claimedHours: 30, start: d(year, 3, 1), end: d(year, 3, 4), passed: true }),
  act({ kind: 'job-training', claimedHours: 60, days: 8, start: d(year, 4, 1), end: d(year, 4, 8) }),
];
const AS_OF = d(2026, 12, 3);
const pooled = { ...DEFAULT_POLICY, windowPolicy: 'pooled' as const };

describe('evaluateWindow as of a day', () => {
  it('an activity dated in a future year is not counted in the window', () => {
    const future = act({
      kind: 'public-course',
      claimedHours: 30,
      start: d(2027, 3, 1),
      end: d(2027, 3, 4),
      passed: true,
    });
    const e = evaluatePerson(person, [...[2023, 2024, 2025, 2026].flatMap(fullYear), future]);
    const w = evaluateWindow(e, 2027, pooled, { asOf: AS_OF });
    expect(w.totals).toEqual({ public: 120, professional: 240 });
    expect(w.issues.map((i) => [i.code, i.params])).toEqual([
      ['window-after-as-of', { asOf: '2026-12-03', count: 1 }],
      ['window-years-not-begun', { years: '2027', yearsEn: '2027', asOf: '2026-12-03' }],
    ]);
    // Without an as-of day, as before: the row counts.
    expect(evaluateWindow(e, 2027, pooled).totals).toEqual({ public: 150, professional: 240 });
  });

  it('a record dated after the as-of day in the as-of year is not counted either', () => {
    const late = act({
      kind: 'job-training',
      claimedHours: 16,
      days: 2,
      start: d(2026, 12, 20),
      end: d(2026, 12, 21),
    });
    const short = [
      act({
        kind: 'public-course',
        claimedHours: 30,
        start: d(2026, 3, 1),
        end: d(2026, 3, 4),
        passed: true,
      }),
      act({ kind: 'job-training', claimedHours: 48, days: 6, start: d(2026, 4, 1), end: d(2026, 4, 6) }),
    ];
    const e = evaluatePerson(person, [...[2022, 2023, 2024, 2025].flatMap(fullYear), ...short, late]);
    expect(evaluateWindow(e, 2026, DEFAULT_POLICY).compliant).toBe(true);
    const w = evaluateWindow(e, 2026, DEFAULT_POLICY, { asOf: AS_OF });
    expect(w).toMatchObject({ compliant: false, failingYears: [2026] });
    expect(evaluateWindow(e, 2026, DEFAULT_POLICY, { asOf: d(2026, 12, 31) }).compliant).toBe(true);
  });

  it('a degree programme earns its 10 a year only in years begun by the as-of day (四(二))', () => {
    const programme = act({ kind: 'self-study', start: d(2024, 9, 1), end: d(2027, 6, 30) });
    const e = evaluatePerson(person, [programme]);
    const y = (w: ReturnType<typeof evaluateWindow>) => w.totals.professional;
    expect(y(evaluateWindow(e, 2027, pooled))).toBe(40);
    expect(y(evaluateWindow(e, 2027, pooled, { asOf: AS_OF }))).toBe(30);
  });

  it('a posting running on past the as-of day counts its whole months up to it (四(四)2)', () => {
    const posting = act({ kind: 'posting', start: d(2026, 1, 1), end: d(2027, 6, 30) });
    const e = evaluatePerson(person, [posting]);
    const w = evaluateWindow(e, 2027, pooled, { asOf: d(2026, 6, 15) });
    // 2026: January–May (5 of 12 months): 12.5 公需, 25 专业; nothing of 2027.
    expect(w.totals).toEqual({ public: 12.5, professional: 25 });
    expect(evaluateWindow(e, 2027, pooled).totals).toEqual({ public: 45, professional: 90 });
  });

  it('nothing after the as-of day: the same window as without it, with no note', () => {
    const e = evaluatePerson(person, [2019, 2020, 2021, 2022, 2023].flatMap(fullYear));
    const w = evaluateWindow(e, 2023, DEFAULT_POLICY, { asOf: AS_OF });
    expect(w).toEqual(evaluateWindow(e, 2023, DEFAULT_POLICY));
  });
});

describe('creditsAsOf', () => {
  it('undefined when nothing lies after the day (the evaluation is kept as it is)', () => {
    const e = evaluatePerson(person, fullYear(2025));
    expect(creditsAsOf(e.credits, AS_OF, () => false)).toBeUndefined();
  });

  it('an undated record declared for a later year counts nothing; order is kept', () => {
    const e = evaluatePerson(person, [
      ...fullYear(2026),
      act({ kind: 'publication', year: 2027, title: '论文' }),
    ]);
    const cut = creditsAsOf(e.credits, AS_OF, () => false);
    expect(cut?.cut).toBe(1);
    expect(cut?.credits.map((c) => [c.ref, c.credited])).toEqual(
      e.credits.map((c) => [c.ref, c.kind === 'publication' ? 0 : c.credited]),
    );
  });
});
