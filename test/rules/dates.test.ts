/** Calendar arithmetic of the rules core (src/rules/dates.ts). */
import { dates } from '../../src/rules';

const {
  dayNumber,
  daysByYear,
  monthsByYear,
  inclusiveDays,
  fromDayNumber,
  isoDate,
  parseIsoDate,
  isValidDate,
  daysInMonth,
} = dates;
const d = (iso: string) => {
  const n = parseIsoDate(iso);
  if (n === undefined) throw new Error(`bad date ${iso}`);
  return n;
};

describe('dayNumber and friends', () => {
  test('the epoch and the notice’s date', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2023, 2, 20)).toBe(19408);
    expect(fromDayNumber(19408)).toEqual({ year: 2023, month: 2, day: 20 });
    expect(isoDate(19408)).toBe('2023-02-20');
  });

  test('round trip over several years, leap days included', () => {
    for (let n = dayNumber(2019, 1, 1); n <= dayNumber(2025, 12, 31); n++) {
      const { year, month, day } = fromDayNumber(n);
      expect(dayNumber(year, month, day)).toBe(n);
      expect(parseIsoDate(isoDate(n))).toBe(n);
    }
  });

  test('leap years', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe(dayNumber(2024, 2, 29));
    expect(parseIsoDate('2023-5-8')).toBeUndefined();
  });
});

describe('inclusiveDays', () => {
  test('2023-05-08..2023-05-13 is 6 days (both ends included)', () => {
    expect(inclusiveDays(d('2023-05-08'), d('2023-05-13'))).toBe(6);
  });
  test('one day', () => {
    expect(inclusiveDays(d('2023-05-08'), d('2023-05-08'))).toBe(1);
  });
  test('February, leap and not', () => {
    expect(inclusiveDays(d('2024-02-01'), d('2024-02-29'))).toBe(29);
    expect(inclusiveDays(d('2023-02-01'), d('2023-02-28'))).toBe(28);
    expect(inclusiveDays(d('2024-02-28'), d('2024-03-01'))).toBe(3);
    expect(inclusiveDays(d('2023-02-28'), d('2023-03-01'))).toBe(2);
  });
  test('whole years', () => {
    expect(inclusiveDays(d('2023-01-01'), d('2023-12-31'))).toBe(365);
    expect(inclusiveDays(d('2024-01-01'), d('2024-12-31'))).toBe(366);
  });
});

describe('daysByYear', () => {
  test('across New Year: 2022-12-30..2023-01-02 → 2 + 2', () => {
    expect(daysByYear(d('2022-12-30'), d('2023-01-02'))).toEqual([
      { year: 2022, days: 2 },
      { year: 2023, days: 2 },
    ]);
  });
  test('inside one year', () => {
    expect(daysByYear(d('2023-05-08'), d('2023-05-13'))).toEqual([{ year: 2023, days: 6 }]);
  });
  test('New Year’s Eve to New Year’s Day', () => {
    expect(daysByYear(d('2022-12-31'), d('2023-01-01'))).toEqual([
      { year: 2022, days: 1 },
      { year: 2023, days: 1 },
    ]);
  });
  test('over a leap year: 2023-12-31..2025-01-01 → 1 + 366 + 1', () => {
    expect(daysByYear(d('2023-12-31'), d('2025-01-01'))).toEqual([
      { year: 2023, days: 1 },
      { year: 2024, days: 366 },
      { year: 2025, days: 1 },
    ]);
  });
  test('the parts always sum to the inclusive days', () => {
    const spans: Array<[string, string]> = [
      ['2019-03-15', '2023-09-14'],
      ['2020-02-29', '2021-02-28'],
      ['2023-01-01', '2023-01-01'],
    ];
    for (const [a, b] of spans) {
      const sum = daysByYear(d(a), d(b)).reduce((s, p) => s + p.days, 0);
      expect(sum).toBe(inclusiveDays(d(a), d(b)));
    }
  });
});

describe('monthsByYear (interpretations.md "Months": whole calendar months covered)', () => {
  test('15 Mar – 14 Sep = 6', () => {
    expect(monthsByYear(d('2023-03-15'), d('2023-09-14'))).toEqual([{ year: 2023, months: 6 }]);
  });
  test('15 Mar – 13 Sep is not yet 6 (5 whole months)', () => {
    expect(monthsByYear(d('2023-03-15'), d('2023-09-13'))).toEqual([{ year: 2023, months: 5 }]);
  });
  test('2022-09-01..2023-03-31 → {2022: 4, 2023: 3}', () => {
    expect(monthsByYear(d('2022-09-01'), d('2023-03-31'))).toEqual([
      { year: 2022, months: 4 },
      { year: 2023, months: 3 },
    ]);
  });
  test('a whole year is 12 months', () => {
    expect(monthsByYear(d('2023-01-01'), d('2023-12-31'))).toEqual([{ year: 2023, months: 12 }]);
    expect(monthsByYear(d('2024-01-01'), d('2024-12-31'))).toEqual([{ year: 2024, months: 12 }]);
  });
  test('exactly 6 and 7 months from 1 January', () => {
    expect(monthsByYear(d('2023-01-01'), d('2023-06-30'))).toEqual([{ year: 2023, months: 6 }]);
    expect(monthsByYear(d('2023-01-01'), d('2023-07-31'))).toEqual([{ year: 2023, months: 7 }]);
  });
  test('February in a leap year: 2024-02-01..2024-02-29 is one month; 2023-02-01..2023-02-28 too', () => {
    expect(monthsByYear(d('2024-02-01'), d('2024-02-29'))).toEqual([{ year: 2024, months: 1 }]);
    expect(monthsByYear(d('2023-02-01'), d('2023-02-28'))).toEqual([{ year: 2023, months: 1 }]);
  });
  test('less than a month is 0 months in its year', () => {
    expect(monthsByYear(d('2023-05-08'), d('2023-05-20'))).toEqual([{ year: 2023, months: 0 }]);
  });
  test('five whole years: 12 in each', () => {
    expect(monthsByYear(d('2019-01-01'), d('2023-12-31'))).toEqual(
      [2019, 2020, 2021, 2022, 2023].map((year) => ({ year, months: 12 })),
    );
  });
  test('the months of a span never exceed its whole months', () => {
    const parts = monthsByYear(d('2022-09-15'), d('2023-03-14'));
    expect(parts.reduce((s, p) => s + p.months, 0)).toBe(6);
  });
});
