/**
 * 四, preamble: "近五年（申报职称年限少于五年的按照实际年限）滚动管理，根据专业技术人员申报职称
 * 年度进行界定（如：2023年申报职称的，其近五年就是2019—2023年）"; interpretations.md
 * "The title-application window".
 */
import { DEFAULT_POLICY, checkWindow, emptyYear, titleWindow, type PersonYearSummary } from '../../src/rules';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('titleWindow', () => {
  test('the notice’s own example: 2023 → 2019–2023, five years', () => {
    expect(titleWindow(2023)).toEqual({
      titleYear: 2023,
      from: 2019,
      to: 2023,
      years: range(2019, 2023),
      reading: 'five-years',
    });
  });

  test.each([2019, 2020, 2024, 2030])('Y → Y−4 … Y for %i', (y) => {
    const w = titleWindow(y);
    expect([w.from, w.to, w.years.length]).toEqual([y - 4, y, 5]);
    expect(w.years).toEqual(range(y - 4, y));
  });

  test('qualification in 2020 (default "after"): 2021–2023, the reading says so', () => {
    expect(titleWindow(2023, 2020)).toEqual({
      titleYear: 2023,
      from: 2021,
      to: 2023,
      years: [2021, 2022, 2023],
      reading: 'qualification-after',
    });
  });

  test('the default policy reads "after"', () => {
    expect(titleWindow(2023, 2020, DEFAULT_POLICY)).toEqual(titleWindow(2023, 2020));
  });

  test('qualification in 2020 with "same": 2020–2023', () => {
    const w = titleWindow(2023, 2020, { qualificationYearStart: 'same' });
    expect([w.from, w.to, w.reading]).toEqual([2020, 2023, 'qualification-same']);
    expect(w.years).toEqual([2020, 2021, 2022, 2023]);
  });

  test('a qualification long ago does not lengthen the window', () => {
    expect(titleWindow(2023, 2010)).toEqual(titleWindow(2023));
    expect(titleWindow(2023, 2010, { qualificationYearStart: 'same' })).toEqual(titleWindow(2023));
  });

  test('boundaries: qualification 2018 "after" → 2019 = the five years; 2019 "after" → 2020–2023', () => {
    expect(titleWindow(2023, 2018).reading).toBe('five-years');
    expect(titleWindow(2023, 2018).from).toBe(2019);
    expect(titleWindow(2023, 2019).from).toBe(2020);
    expect(titleWindow(2023, 2019).reading).toBe('qualification-after');
  });

  test('boundaries: qualification 2019 "same" → the five years; 2020 "same" → shortened', () => {
    expect(titleWindow(2023, 2019, { qualificationYearStart: 'same' }).reading).toBe('five-years');
    expect(titleWindow(2023, 2020, { qualificationYearStart: 'same' }).reading).toBe('qualification-same');
  });

  test('a window is never empty and always ends with the title year', () => {
    for (const q of [2021, 2022, 2023]) {
      for (const start of ['after', 'same'] as const) {
        const w = titleWindow(2023, q, { qualificationYearStart: start });
        expect(w.to).toBe(2023);
        expect(w.years.length).toBeGreaterThanOrEqual(1);
        expect(w.years[w.years.length - 1]).toBe(2023);
        expect(w.years).toEqual(range(w.from, w.to));
      }
    }
  });
});

describe('checkWindow on hand-made year summaries', () => {
  function year(y: number, pub: number, pro: number, deemed = false): PersonYearSummary {
    const base = emptyYear('P', y, 'evaluated');
    const meets = pub >= 30 && pro >= 60;
    return {
      ...base,
      publicHours: pub,
      professionalHours: pro,
      totalHours: pub + pro,
      deemed,
      compliant: deemed || meets,
      shortfall: deemed
        ? { public: 0, professional: 0 }
        : { public: Math.max(0, 30 - pub), professional: Math.max(0, 60 - pro) },
    };
  }
  const table = (rows: Record<number, [number, number, boolean?]>) => (y: number) =>
    rows[y] ? year(y, rows[y][0], rows[y][1], rows[y][2]) : year(y, 0, 0);

  const fullButOne = table({
    2019: [10, 10],
    2020: [35, 70],
    2021: [35, 70],
    2022: [35, 70],
    2023: [35, 80],
  });

  test('each-year: the failing year is named', () => {
    const r = checkWindow(titleWindow(2023), fullButOne, {
      windowPolicy: 'each-year',
      applicationYear: 'complete',
    });
    expect([r.compliant, r.failingYears]).toEqual([false, [2019]]);
  });

  test('pooled: 150/300 reached (150/300 exactly) passes', () => {
    const r = checkWindow(titleWindow(2023), fullButOne, {
      windowPolicy: 'pooled',
      applicationYear: 'complete',
    });
    expect(r.totals).toEqual({ public: 150, professional: 300 });
    expect(r.required).toEqual({ public: 150, professional: 300 });
    expect(r.compliant).toBe(true);
  });

  test('pooled: 149.5 public fails', () => {
    const r = checkWindow(
      titleWindow(2023),
      table({ 2019: [29.5, 60], 2020: [30, 60], 2021: [30, 60], 2022: [30, 60], 2023: [30, 60] }),
      { windowPolicy: 'pooled', applicationYear: 'complete' },
    );
    expect(r.totals.public).toBe(149.5);
    expect(r.compliant).toBe(false);
  });

  test('deemed years count as at least 30/60 in pooled totals, and pass in each-year', () => {
    const get = table({ 2019: [0, 0, true], 2020: [30, 60], 2021: [30, 60], 2022: [30, 60], 2023: [30, 60] });
    const pooled = checkWindow(titleWindow(2023), get, {
      windowPolicy: 'pooled',
      applicationYear: 'complete',
    });
    expect(pooled.totals).toEqual({ public: 150, professional: 300 });
    expect(pooled.compliant).toBe(true);
    const each = checkWindow(titleWindow(2023), get, {
      windowPolicy: 'each-year',
      applicationYear: 'complete',
    });
    expect([each.compliant, each.failingYears]).toEqual([true, []]);
  });

  test('in-progress: each-year ignores the title year’s shortfall with a warning; pooled asks 30·(n−1)/60·(n−1)', () => {
    const get = table({ 2019: [30, 60], 2020: [30, 60], 2021: [30, 60], 2022: [30, 60], 2023: [5, 0] });
    const each = checkWindow(titleWindow(2023), get, {
      windowPolicy: 'each-year',
      applicationYear: 'in-progress',
    });
    expect([each.compliant, each.failingYears]).toEqual([true, []]);
    expect(each.issues.map((i) => i.code)).toContain('application-year-in-progress');
    const pooled = checkWindow(titleWindow(2023), get, {
      windowPolicy: 'pooled',
      applicationYear: 'in-progress',
    });
    expect(pooled.required).toEqual({ public: 120, professional: 240 });
    expect(pooled.totals).toEqual({ public: 125, professional: 240 });
    expect(pooled.compliant).toBe(true);
  });

  test('a shortened window says so', () => {
    const r = checkWindow(titleWindow(2023, 2020), table({}), {
      windowPolicy: 'each-year',
      applicationYear: 'complete',
    });
    expect(r.issues.map((i) => i.code)).toContain('window-shortened');
    expect(r.failingYears).toEqual([2021, 2022, 2023]);
    const full = checkWindow(titleWindow(2023), table({}), {
      windowPolicy: 'each-year',
      applicationYear: 'complete',
    });
    expect(full.issues.map((i) => i.code)).not.toContain('window-shortened');
  });
});
