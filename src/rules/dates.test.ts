import fc from 'fast-check';
import { dayNumber, fromDayNumber, yearOf } from './dates';

describe('integer calendar arithmetic agrees with Date.UTC', () => {
  test('dayNumber and yearOf for every day 1900–2200 sampled', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const d = new Date(n * 86_400_000);
        expect(yearOf(n)).toBe(d.getUTCFullYear());
        expect(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(n);
        expect(fromDayNumber(n)).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
      }),
      { numRuns: 2000 },
    );
  });
  test('leap days and New Year', () => {
    expect(dayNumber(2024, 2, 29) - dayNumber(2024, 2, 28)).toBe(1);
    expect(dayNumber(2023, 3, 1) - dayNumber(2023, 2, 28)).toBe(1);
    expect(yearOf(dayNumber(2022, 12, 31))).toBe(2022);
    expect(yearOf(dayNumber(2023, 1, 1))).toBe(2023);
    expect(dayNumber(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1); // 1900 is not a leap year
  });
  test('a month out of range rolls over like Date.UTC', () => {
    expect(dayNumber(2023, 13, 1)).toBe(dayNumber(2024, 1, 1));
    expect(dayNumber(2023, 0, 1)).toBe(dayNumber(2022, 12, 1));
  });
});
