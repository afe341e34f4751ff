/**
 * A 培训日期 written without its year (5月16日-18日, as a clerk writes it when the
 * row's 年度 column already says the year): read in that year, with a note.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';

const TODAY = dayNumber(2027, 1, 1);
const HEADER = ['姓名', '身份证号', '年度', '学习形式', '培训日期', '学时'];
const read = (rows: unknown[][]) => readLedger({ sheet: '台账', rows: [HEADER, ...rows] }, { today: TODAY });

describe('a date without its year', () => {
  it('is read in the row’s 年度, with a note on the date cell', () => {
    const l = read([['张三', testId(11), 2023, '岗位培训', '5月16日-18日', 24]]);
    expect(l.activities[0]).toMatchObject({
      year: 2023,
      start: dayNumber(2023, 5, 16),
      end: dayNumber(2023, 5, 18),
    });
    const f = l.findings.find((x) => x.code === 'date-year-from-column');
    expect(f).toMatchObject({ severity: 'info', column: 'E', row: 2 });
    expect(l.findings.map((x) => x.code)).not.toContain('date-unrecognised');
  });

  it('runs into the next month, and a lone day is one day', () => {
    const l = read([
      ['张三', testId(11), '2024年度', '岗位培训', '5月30日-6月2日', 32],
      ['张三', testId(11), 2024, '学术会议', '9月21日', 8],
    ]);
    expect(l.activities.map((a) => [a.start, a.end])).toEqual([
      [dayNumber(2024, 5, 30), dayNumber(2024, 6, 2)],
      [dayNumber(2024, 9, 21), dayNumber(2024, 9, 21)],
    ]);
  });

  it('without a readable 年度, or not a real day, stays a date that cannot be read', () => {
    const l = read([
      ['张三', testId(11), null, '岗位培训', '5月16日-18日', 24],
      ['张三', testId(11), 2023, '岗位培训', '2月30日', 8],
    ]);
    const codes = l.findings.filter((x) => x.column === 'E').map((x) => [x.row, x.code]);
    expect(codes).toEqual([
      [2, 'date-unrecognised'],
      [3, 'date-unrecognised'],
    ]);
  });
});
