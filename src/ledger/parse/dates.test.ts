import fc from 'fast-check';
import { dayNumber as d } from '../../rules/dates';
import {
  parseDateCell,
  parseDateWithoutYear,
  parseSingleDate,
  parseYearCell,
  serialToDayNumber,
  yearOfReversedRange,
  type DateSpan,
} from './dates';

const day = (y: number, m: number, dd: number): DateSpan => ({
  start: d(y, m, dd),
  end: d(y, m, dd),
  precision: 'day',
});
const range = (a: [number, number, number], b: [number, number, number]): DateSpan => ({
  start: d(...a),
  end: d(...b),
  precision: 'day',
});

describe('serialToDayNumber', () => {
  it.each([
    // [serial, date1904, expected ISO]
    [45054, false, [2023, 5, 8]],
    [45054.75, false, [2023, 5, 8]], // time of day dropped
    [61, false, [1900, 3, 1]],
    [59, false, [1900, 2, 28]], // below 60 the Lotus quirk shifts by one
    [1, false, [1900, 1, 1]],
    [25569, false, [1970, 1, 1]],
    [0, true, [1904, 1, 1]],
    [43592, true, [2023, 5, 8]], // 1904 serials are 1462 lower
  ] as const)('%p (1904: %p) → %p', (serial, date1904, [y, m, dd]) => {
    expect(serialToDayNumber(serial, date1904)).toEqual({ ok: true, value: d(y, m, dd) });
  });

  it('reports the fictitious 1900-02-29', () => {
    expect(serialToDayNumber(60)).toMatchObject({ ok: false, code: 'date-serial-1900-02-29' });
    expect(serialToDayNumber(60.5)).toMatchObject({ ok: false, code: 'date-serial-1900-02-29' });
    // serial 60 in the 1904 system is an ordinary day
    expect(serialToDayNumber(60, true)).toEqual({ ok: true, value: d(1904, 3, 1) });
  });
});

describe('parseDateCell: accepted values', () => {
  it.each<[string, unknown, DateSpan | undefined]>([
    ['blank null', null, undefined],
    ['blank undefined', undefined, undefined],
    ['blank spaces', '  \u3000 ', undefined],
    ['serial', 45054, day(2023, 5, 8)],
    ['serial with time', 45054.5, day(2023, 5, 8)],
    ['compact number', 20230508, day(2023, 5, 8)],
    ['Date at UTC midnight', new Date(Date.UTC(2023, 4, 8)), day(2023, 5, 8)],
    ['Date late in the UTC day', new Date(Date.UTC(2023, 4, 8, 23, 59)), day(2023, 5, 8)],
    [
      'exceljs formula result',
      { formula: 'DATE(2023,5,8)', result: new Date(Date.UTC(2023, 4, 8)) },
      day(2023, 5, 8),
    ],
    ['ISO', '2023-05-08', day(2023, 5, 8)],
    ['dots', '2023.5.8', day(2023, 5, 8)],
    ['slashes', '2023/5/8', day(2023, 5, 8)],
    ['Chinese', '2023年5月8日', day(2023, 5, 8)],
    ['Chinese 号', '2023年5月8号', day(2023, 5, 8)],
    ['Chinese without 日', '2023年5月8', day(2023, 5, 8)],
    ['compact text', '20230508', day(2023, 5, 8)],
    ['full-width digits', '２０２３年５月８日', day(2023, 5, 8)],
    ['surrounding spaces', '  2023-05-08 ', day(2023, 5, 8)],
    ['spaces inside', '2023 年 5 月 8 日', day(2023, 5, 8)],
    ['with a time', '2023/5/8 0:00:00', day(2023, 5, 8)],
    ['ISO instant', '2023-05-08T00:00:00.000Z', day(2023, 5, 8)],
    ['serial as text', '45054', day(2023, 5, 8)],
    ['month only', '2023年5月', { start: d(2023, 5, 1), end: d(2023, 5, 31), precision: 'month' }],
    ['month only, February', '2024.2', { start: d(2024, 2, 1), end: d(2024, 2, 29), precision: 'month' }],
    ['month only, ISO-ish', '2023-05', { start: d(2023, 5, 1), end: d(2023, 5, 31), precision: 'month' }],
    ['range, full dates', '2023.5.8-2023.5.13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, ISO both sides', '2023-05-08-2023-05-13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, em dash, end month.day', '2023.05.08—05.13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, double em dash', '2023.05.08——05.13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, end day only', '2023.5.8-13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, ISO start, end day only', '2023-05-08-13', range([2023, 5, 8], [2023, 5, 13])],
    ['range, 至', '2023年6月5日至2023年6月10日', range([2023, 6, 5], [2023, 6, 10])],
    ['range, Chinese end without year', '2023年6月5日-6月10日', range([2023, 6, 5], [2023, 6, 10])],
    ['range, en dash', '2023.6.5–6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range, full-width hyphen', '2023.6.5－6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range, tilde', '2023.6.5~6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range over New Year, end without year', '2024.12.30-1.2', range([2024, 12, 30], [2025, 1, 2])],
    ['range over New Year, Chinese', '2024年12月30日-1月2日', range([2024, 12, 30], [2025, 1, 2])],
    [
      'months over New Year',
      '2024年11月-2月',
      { start: d(2024, 11, 1), end: d(2025, 2, 28), precision: 'month' },
    ],
    ['range, full-width tilde', '2023.6.5～6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range, 到', '2023.6.5到6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range, spaces around separator', '2023.6.5 - 2023.6.10', range([2023, 6, 5], [2023, 6, 10])],
    ['range over New Year', '2022.12.30-2023.1.2', range([2022, 12, 30], [2023, 1, 2])],
    ['range of one day', '2023.6.5-5', range([2023, 6, 5], [2023, 6, 5])],
    ['range of months', '2023年3月-8月', { start: d(2023, 3, 1), end: d(2023, 8, 31), precision: 'month' }],
    [
      'range of months with years',
      '2023.3-2024.2',
      { start: d(2023, 3, 1), end: d(2024, 2, 29), precision: 'month' },
    ],
  ])('%s: %p', (_label, cell, expected) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, value: expected });
  });

  it('2024.10-12 in a 时间 column is October to December, noted; 2024.10.12 and 2024-10-12 stay one day', () => {
    expect(parseDateCell('2024.10-12')).toEqual({
      ok: true,
      value: { start: d(2024, 10, 1), end: d(2024, 12, 31), precision: 'month' },
      notes: [
        { code: 'date-month-range', params: { text: '2024.10-12', start: '2024年10月', end: '2024年12月' } },
      ],
    });
    expect(parseDateCell('2024.10.12')).toEqual({ ok: true, value: day(2024, 10, 12) });
    expect(parseDateCell('2024-10-12')).toEqual({ ok: true, value: day(2024, 10, 12) });
    // not a later month: the day reading stays
    expect(parseDateCell('2024.10-5')).toEqual({ ok: true, value: day(2024, 10, 5) });
  });

  it('2025年上半年 / 下半年 / 全年 name months of a known year, noted', () => {
    expect(parseDateCell('2025年上半年')).toEqual({
      ok: true,
      value: { start: d(2025, 1, 1), end: d(2025, 6, 30), precision: 'month' },
      notes: [{ code: 'date-half-year', params: { text: '2025年上半年', year: 2025, from: 1, to: 6 } }],
    });
    expect(parseDateCell('2024年下半年')).toMatchObject({
      ok: true,
      value: { start: d(2024, 7, 1), end: d(2024, 12, 31), precision: 'month' },
    });
    expect(parseDateCell('2024年全年')).toMatchObject({
      ok: true,
      value: { start: d(2024, 1, 1), end: d(2024, 12, 31), precision: 'month' },
    });
  });

  it('a range whose end is before its start keeps its year when both days fall in one', () => {
    expect(parseDateCell('2024.09.25—09.21')).toMatchObject({ ok: false, code: 'date-end-before-start' });
    expect(yearOfReversedRange('2024.09.25—09.21')).toBe(2024);
    expect(yearOfReversedRange('2024.12.25—2023.01.02')).toBeUndefined();
    expect(yearOfReversedRange('2024.09.21—09.25')).toBeUndefined();
    expect(yearOfReversedRange('下周')).toBeUndefined();
  });

  it('a bare 2025年 / 2025年度 is the whole year, noted; a bare 2025 is not read as one', () => {
    expect(parseDateCell('2025年')).toEqual({
      ok: true,
      value: { start: d(2025, 1, 1), end: d(2025, 12, 31), precision: 'month' },
      notes: [{ code: 'date-half-year', params: { text: '2025年', year: 2025, from: 1, to: 12 } }],
    });
    expect(parseDateCell('2025年度')).toMatchObject({ ok: true, value: { start: d(2025, 1, 1) } });
    expect(parseDateCell('2025')).toMatchObject({ ok: false });
  });

  it('reads dates written in Chinese numerals, as on a hand-kept card', () => {
    expect(parseDateCell('二〇二四年九月十日至十二日')).toEqual({
      ok: true,
      value: range([2024, 9, 10], [2024, 9, 12]),
    });
    expect(parseDateCell('二〇二五年三月')).toMatchObject({
      ok: true,
      value: { start: d(2025, 3, 1), end: d(2025, 3, 31), precision: 'month' },
    });
  });

  it('uses the 1904 system when asked', () => {
    expect(parseDateCell(43592, { date1904: true })).toEqual({ ok: true, value: day(2023, 5, 8) });
    // the same serial read in the 1900 system: 4 years and a day earlier (offset 1462)
    expect(parseDateCell(43592)).toEqual({ ok: true, value: day(2019, 5, 7) });
  });
});

describe('parseDateCell: failures', () => {
  it.each<[string, unknown, string]>([
    ['serial 60', 60, 'date-serial-1900-02-29'],
    ['small serial', 1000, 'date-out-of-range'],
    ['serial far ahead', 100000, 'date-out-of-range'],
    ['negative serial', -5, 'date-out-of-range'],
    ['year 1949', '1949-12-31', 'date-out-of-range'],
    ['year 2101', '2101.1.1', 'date-out-of-range'],
    ['old Date', new Date(Date.UTC(1900, 0, 1)), 'date-out-of-range'],
    ['invalid Date', new Date(NaN), 'date-invalid'],
    ['30 February', '2023-02-30', 'date-invalid'],
    ['29 February in a common year', '2023年2月29日', 'date-invalid'],
    ['month 13', '2023.13.1', 'date-invalid'],
    ['compact invalid', '20231341', 'date-invalid'],
    ['invalid end', '2023.5.8-32', 'date-invalid'],
    ['end before start', '2023.5.13-2023.5.8', 'date-end-before-start'],
    ['end day before start day', '2023.5.13-8', 'date-end-before-start'],
    ['words', '五月八日', 'date-unrecognised'],
    ['year with its month left out', '2023年5', 'date-unrecognised'],
    ['two-digit year', '23.5.8', 'date-unrecognised'],
    ['open range', '2023.5.8-至今', 'date-unrecognised'],
    ['boolean', true, 'date-unrecognised'],
    ['object', { a: 1 }, 'date-unrecognised'],
    ['array', [2023, 5, 8], 'date-unrecognised'],
    ['infinity', Infinity, 'date-unrecognised'],
  ])('%s: %p → %s', (_label, cell, code) => {
    expect(parseDateCell(cell)).toMatchObject({ ok: false, code });
  });

  it('carries the cell text and the dates in its params', () => {
    expect(parseDateCell('2023.5.13-2023.5.8')).toEqual({
      ok: false,
      code: 'date-end-before-start',
      params: { text: '2023.5.13-2023.5.8', start: '2023-05-13', end: '2023-05-08' },
    });
    expect(parseDateCell('1949-12-31')).toEqual({
      ok: false,
      code: 'date-out-of-range',
      params: { text: '1949-12-31', min: 1950, max: 2100 },
    });
  });

  it('honours a custom year range', () => {
    expect(parseDateCell('1949-12-31', { minYear: 1900 })).toEqual({ ok: true, value: day(1949, 12, 31) });
  });
});

describe('parseDateWithoutYear', () => {
  const note = (text: string, year: number) => [{ code: 'date-year-from-column', params: { text, year } }];
  it.each<[string, DateSpan]>([
    ['5月16日-18日', { start: d(2023, 5, 16), end: d(2023, 5, 18), precision: 'day' }],
    ['5月8日', { start: d(2023, 5, 8), end: d(2023, 5, 8), precision: 'day' }],
    ['５月30日—6月2日', { start: d(2023, 5, 30), end: d(2023, 6, 2), precision: 'day' }],
    [' 5月8号-10号 ', { start: d(2023, 5, 8), end: d(2023, 5, 10), precision: 'day' }],
  ])('%p in 2023', (text, span) => {
    expect(parseDateWithoutYear(text, 2023)).toEqual({
      ok: true,
      value: span,
      notes: note(text.trim(), 2023),
    });
  });

  it.each(['2023年5月8日', '2023.5.8', '5月', '5.8', '2月30日', '5月18日-16日', '下周'])(
    '%p is not for it (undefined)',
    (text) => expect(parseDateWithoutYear(text, 2023)).toBeUndefined(),
  );
});

describe('parseSingleDate', () => {
  it.each<[unknown, unknown]>([
    ['2023/5/8', { ok: true, value: d(2023, 5, 8) }],
    [null, { ok: true, value: undefined }],
    ['2023.5.8-13', { ok: false, code: 'date-unrecognised', params: { text: '2023.5.8-13' } }],
    ['2023年5月', { ok: false, code: 'date-unrecognised', params: { text: '2023年5月' } }],
    ['2023-02-30', { ok: false, code: 'date-invalid', params: { text: '2023-02-30' } }],
  ])('%p', (cell, expected) => {
    expect(parseSingleDate(cell)).toEqual(expected);
  });
});

describe('parseYearCell', () => {
  it.each<[unknown, unknown]>([
    [2023, { ok: true, value: 2023 }],
    ['2023', { ok: true, value: 2023 }],
    ['2023年', { ok: true, value: 2023 }],
    ['２０２３年度', { ok: true, value: 2023 }],
    [new Date(Date.UTC(2022, 11, 31)), { ok: true, value: 2022 }],
    ['', { ok: true, value: undefined }],
    [2023.5, { ok: false, code: 'year-invalid' }],
    ['23', { ok: false, code: 'year-invalid' }],
    ['1900', { ok: false, code: 'year-invalid' }],
    ['今年', { ok: false, code: 'year-invalid' }],
  ])('%p', (cell, expected) => {
    expect(parseYearCell(cell)).toMatchObject(expected as object);
  });
});

describe('parseDateCell properties', () => {
  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseDateCell(v);
        return typeof r.ok === 'boolean';
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for any string, and a success is an ordered span', () => {
    const dateish = fc.stringMatching(/^[0-9０-９.\-/年月日号至到~～—– ]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish), (s) => {
        const r = parseDateCell(s);
        if (r.ok && r.value) return Number.isInteger(r.value.start) && r.value.start <= r.value.end;
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws for any number, and serials of 1950–2100 come back as that day', () => {
    fc.assert(
      fc.property(fc.double(), (n) => typeof parseDateCell(n).ok === 'boolean'),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: d(1950, 1, 1), max: d(2100, 12, 31) }), (dn) => {
        const r = parseDateCell(dn + 25569);
        return r.ok && r.value?.start === dn && r.value.end === dn;
      }),
    );
  });

  it('reads back any valid date written as Y.M.D, Y-MM-DD and Y年M月D日', () => {
    fc.assert(
      fc.property(fc.integer({ min: d(1950, 1, 1), max: d(2100, 12, 31) }), (dn) => {
        const iso = new Date(dn * 86_400_000).toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-').map(Number);
        return [iso, `${y}.${m}.${dd}`, `${y}年${m}月${dd}日`].every((t) => {
          const r = parseDateCell(t);
          return r.ok && r.value?.start === dn && r.value.end === dn;
        });
      }),
    );
  });
});
