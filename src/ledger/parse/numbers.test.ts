import fc from 'fast-check';
import { otherQuantity, parseCount, parseDays, parseHours, parseMonths, parseScore } from './numbers';

type Expect = number | undefined | { code: string; params?: object } | { days: number; hours: number };

function check(actual: ReturnType<typeof parseHours>, expected: Expect): void {
  if (expected === undefined || typeof expected === 'number')
    expect(actual).toEqual({ ok: true, value: expected });
  else if ('days' in expected)
    // Days in the hours column: 8 hours a day (interpretations.md "Days instead of hours"), with the conversion as a note.
    expect(actual).toMatchObject({
      ok: true,
      value: expected.hours,
      notes: [{ code: 'hours-in-days', params: { days: expected.days, hours: expected.hours } }],
    });
  else expect(actual).toMatchObject({ ok: false, ...expected });
}

describe('parseHours', () => {
  it.each<[unknown, Expect]>([
    [8, 8],
    ['8', 8],
    ['8学时', 8],
    ['8 学时', 8],
    ['８', 8],
    ['８学时', 8],
    ['8.5', 8.5],
    ['8.5小时', 8.5],
    ['24课时', 24],
    ['17.5', 17.5],
    [17.5, 17.5],
    ['0', 0],
    [0, 0],
    ['3h', 3],
    ['3 Hours', 3],
    ['.5', 0.5],
    [' 12 ', 12],
    [{ formula: 'SUM(A1:A2)', result: 16 }, 16],
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['1.5天', { days: 1.5, hours: 12 }],
    ['2 天', { days: 2, hours: 16 }],
    ['3日', { days: 3, hours: 24 }],
    ['半天', { days: 0.5, hours: 4 }],
    ['一天', { days: 1, hours: 8 }],
    // Days with the certificate's hours beside them: the hours as written.
    ['2天（16学时）', 16],
    ['2天(14学时)', 14],
    ['1.5天（12课时）', 12],
    ['16学时（2天）', 16],
    ['16（2天）', 16],
    ['2天（16学时）（含考试）', { code: 'number-unrecognised' }],
    ['十几学时', { code: 'hours-text' }],
    ['-', { code: 'hours-text' }],
    ['-8', { code: 'negative-value', params: { text: '-8' } }],
    [-8, { code: 'negative-value' }],
    ['－8学时', { code: 'negative-value' }],
    ['-1天', { code: 'negative-value' }],
    ['8-10', { code: 'number-unrecognised' }],
    ['8学时/天', { code: 'number-unit-unexpected', params: { unit: '学时/天' } }],
    ['3篇', { code: 'number-unit-unexpected', params: { unit: '篇' } }],
    [true, { code: 'number-unrecognised' }],
    [NaN, { code: 'number-unrecognised' }],
    [new Date(0), { code: 'number-unrecognised' }],
  ])('%p', (cell, expected) => check(parseHours(cell), expected));
});

describe('parseCount', () => {
  it.each<[unknown, Expect]>([
    ['3', 3],
    [3, 3],
    ['3项', 3],
    ['2篇', 2],
    ['4个模块', 4],
    ['4 模块', 4],
    ['2门', 2],
    ['1本', 1],
    ['', undefined],
    ['1.5项', { code: 'count-not-integer' }],
    [2.5, { code: 'count-not-integer' }],
    ['三篇', 3],
    ['两个模块', 2],
    ['十几篇', { code: 'number-text' }],
    ['-1', { code: 'negative-value' }],
    ['3学时', { code: 'number-unit-unexpected', params: { unit: '学时' } }],
  ])('%p', (cell, expected) => check(parseCount(cell), expected));
});

describe('parseMonths', () => {
  it.each<[unknown, Expect]>([
    ['7', 7],
    [7, 7],
    ['7个月', 7],
    ['7 个月', 7],
    ['6.5个月', 6.5],
    ['半年', 6],
    ['六个月', 6],
    ['十二个月', 12],
    ['两个半月', 2.5],
    ['三四个月', { code: 'number-text' }],
    ['1年', { code: 'number-unit-unexpected', params: { unit: '年' } }],
    ['-2', { code: 'negative-value' }],
  ])('%p', (cell, expected) => check(parseMonths(cell), expected));
});

describe('parseDays and parseScore', () => {
  it.each<[unknown, Expect]>([
    ['3', 3],
    ['3天', 3],
    ['0.5天', 0.5],
    ['2日', 2],
    ['半天', { code: 'number-text' }],
  ])('days %p', (cell, expected) => check(parseDays(cell), expected));

  it.each<[unknown, Expect]>([
    [85, 85],
    ['85分', 85],
    ['59.5', 59.5],
    ['优秀', { code: 'number-text' }],
  ])('score %p', (cell, expected) => check(parseScore(cell), expected));
});

describe('number properties', () => {
  it('reads back any non-negative decimal exactly, with or without 学时', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (i, f, unit) => {
          const text = `${i}.${f}${unit ? '学时' : ''}`;
          const r = parseHours(text);
          return r.ok && r.value === Number(`${i}.${f}`);
        },
      ),
    );
  });

  it('never throws for any JSON value or string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' })), (v) =>
        [parseHours, parseCount, parseMonths, parseDays, parseScore].every(
          (p) => typeof p(v).ok === 'boolean',
        ),
      ),
    );
  });
});

describe('otherQuantity: months or items written where hours were expected (one 时长/数量 column)', () => {
  it.each([
    ['3个月', { n: 3, unit: 'months' }],
    ['6 个月', { n: 6, unit: 'months' }],
    ['2篇', { n: 2, unit: 'items' }],
    ['1项', { n: 1, unit: 'items' }],
    ['２个模块', { n: 2, unit: 'items' }],
    // Chinese numerals, read as the digits would be.
    ['三个月', { n: 3, unit: 'months' }],
    ['十二个月', { n: 12, unit: 'months' }],
    ['两个半月', { n: 2.5, unit: 'months' }],
    ['六 个月', { n: 6, unit: 'months' }],
    ['半年', { n: 6, unit: 'months' }],
    ['全年', { n: 12, unit: 'months' }],
    ['两篇', { n: 2, unit: 'items' }],
    ['一项', { n: 1, unit: 'items' }],
    ['三个模块', { n: 3, unit: 'items' }],
  ])('%s → %j', (text, want) => {
    expect(otherQuantity(text)).toEqual(want);
  });

  it.each([
    ['16'],
    [16],
    ['8学时'],
    ['2天'],
    ['半天'],
    ['1.5篇'],
    ['3个月以上'],
    [null],
    // Numerals that are hours or days, or say no one number.
    ['十六学时'],
    ['三天'],
    ['两个半小时'],
    ['三四个月'],
    ['十几篇'],
    ['两个半篇'],
    ['三个月5'],
  ])('%j is not one (hours, days or not a quantity)', (v) => {
    expect(otherQuantity(v)).toBeUndefined();
  });
});

describe('parseHours: a day and a half', () => {
  it('1天半 is 1.5 days, read at 8 hours a day with the days note', () => {
    expect(parseHours('1天半')).toEqual({
      ok: true,
      value: 12,
      notes: [{ code: 'hours-in-days', params: { text: '1天半', days: 1.5, hours: 12 } }],
    });
  });
});

describe('parseHours: hours in Chinese numerals are read as the number they say, with a note', () => {
  it.each<[string, number]>([
    ['十六', 16],
    ['八', 8],
    ['八学时', 8],
    ['二十四学时', 24],
    ['十二课时', 12],
    ['两学时', 2],
    ['十小时', 10],
    ['四十个学时', 40],
    ['一百零八学时', 108],
    ['〇', 0],
    ['零学时', 0],
    ['两个半小时', 2.5],
    [' 十六 学时 ', 16],
  ])('%s → %p hours, noted', (text, hours) => {
    expect(parseHours(text)).toEqual({
      ok: true,
      value: hours,
      notes: [{ code: 'hours-in-numerals', params: { text: text.trim(), hours } }],
    });
  });

  it.each<[string, number, number]>([
    ['三天', 3, 24],
    ['两天', 2, 16],
    ['一日', 1, 8],
    ['两天半', 2.5, 20],
    ['一天半', 1.5, 12],
    ['五个工作日', 5, 40],
  ])('%s is days: read at 8 hours a day with the days note (%p days → %p hours)', (text, days, hours) => {
    expect(parseHours(text)).toEqual({
      ok: true,
      value: hours,
      notes: [{ code: 'hours-in-days', params: { text, days, hours } }],
    });
  });

  it.each([
    ['十几'],
    ['十几学时'],
    ['二十几学时'],
    ['二十余学时'],
    ['十多学时'],
    ['若干'],
    ['若干学时'],
    ['三四天'],
    ['二四'],
    ['约八学时'],
    ['八学时左右'],
    ['十十'],
    ['百'],
    ['三个月'],
    ['两篇'],
    ['八学时/天'],
    ['一个半天'],
  ])('%s does not say one number of hours: the hours-text warning, as before', (text) => {
    expect(parseHours(text)).toEqual({ ok: false, code: 'hours-text', params: { text } });
  });

  it.each([['十六5'], ['二十.5学时']])(
    '%s runs characters into digits: not read (number-unrecognised)',
    (text) => {
      expect(parseHours(text)).toEqual({ ok: false, code: 'number-unrecognised', params: { text } });
    },
  );

  it('counts and months columns read numerals as plainly as digits (no note); a days column still refuses them', () => {
    expect(parseCount('三篇')).toEqual({ ok: true, value: 3 });
    expect(parseMonths('六个月')).toEqual({ ok: true, value: 6 });
    expect(parseDays('三天')).toMatchObject({ ok: false, code: 'number-text' });
  });
});
