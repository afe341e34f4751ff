/**
 * A 年度 cell naming two years (2025—2026) over a course that runs over New
 * Year: no single year and no error; the dates split it (interpretations.md "Which year").
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { GOOD_ROW, testRow, testSheet } from './intakeSamples';

const TODAY = dayNumber(2027, 1, 1);
const read = (rows: unknown[][]) => readLedger(testSheet(rows), { today: TODAY });
const course = (year: unknown, start: string, end: string) =>
  testRow({ ...GOOD_ROW, kind: '高级研修', year, start, end, hours: 40, days: null });

describe('a 年度 cell naming two years', () => {
  it('over dates within them sets no year and reports nothing: the dates split the course', () => {
    const l = read([course('2025—2026', '2025-12-29', '2026-01-02')]);
    expect(l.activities[0].year).toBeUndefined();
    expect(l.activities[0].start).toBe(dayNumber(2025, 12, 29));
    expect(l.findings.map((f) => f.code)).not.toContain('year-invalid');
  });

  it('over dates outside them, or without dates, is still a 年度 that cannot be read', () => {
    const l = read([
      course('2023—2024', '2025-12-29', '2026-01-02'),
      testRow({ ...GOOD_ROW, year: '2023-2024', start: null, end: null }),
    ]);
    expect(l.findings.filter((f) => f.code === 'year-invalid').map((f) => f.row)).toEqual([2, 3]);
  });
});
