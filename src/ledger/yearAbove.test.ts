/**
 * A 年度 merged down over a person's rows of one year: the blank 年度 cells below
 * the merge's first row take its year, only while the same person continues
 * directly below and the row's own dates do not contradict it.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';
import type { Ledger } from './types';

const TODAY = dayNumber(2026, 6, 1);
const A = testId(11);
const B = testId(22);
const HEADER = ['姓名', '身份证号', '年度', '学习形式', '科目类别', '培训日期', '学时'];

function read(...rows: unknown[][]): Ledger {
  const l = readLedger({ sheet: '台账', rows: [HEADER, ...rows] }, { today: TODAY });
  return { ...l, findings: l.findings.filter((f) => f.code !== 'evidence-column-missing') };
}

const years = (l: Ledger) => l.activities.map((a) => a.year);
const notes = (l: Ledger) =>
  l.findings.filter((f) => f.code === 'year-from-row-above').map((f) => [f.row, f.column, f.params]);

describe('a 年度 merged down per person-year', () => {
  it('undated rows below the merge take its year, one note per run', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', null, 30],
      ['张三', A, null, '论文', '专业', null, null],
      ['张三', A, null, '岗位培训', '专业', null, 40],
      ['张三', A, 2024, '公需科目', '公需', null, 30],
      ['张三', A, null, '岗位培训', '专业', null, 60],
    );
    expect(years(l)).toEqual([2023, 2023, 2023, 2024, 2024]);
    expect(notes(l)).toEqual([
      [3, 'C', { rows: '3–4', from: 2, year: 2023 }],
      [6, 'C', { rows: '6', from: 5, year: 2024 }],
    ]);
    expect(l.findings.map((f) => f.code)).toEqual(['year-from-row-above', 'year-from-row-above']);
  });

  it('with 姓名 and 身份证号 merged too (the person carried from above)', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', null, 30],
      [null, null, null, '岗位培训', '专业', null, 60],
    );
    expect(years(l)).toEqual([2023, 2023]);
    expect(l.findings.map((f) => f.code)).toEqual(['person-from-row-above', 'year-from-row-above']);
  });

  it('a row whose dates fall in that year takes it; a row dated in another year does not, and ends the run', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', '2023-03-01', 30],
      ['张三', A, null, '岗位培训', '专业', '2023-05-08', 8],
      ['张三', A, null, '岗位培训', '专业', '2024-05-08', 8],
      ['张三', A, null, '论文', '专业', null, null],
    );
    expect(years(l)).toEqual([2023, 2023, undefined, undefined]);
    expect(notes(l)).toEqual([[3, 'C', { rows: '3', from: 2, year: 2023 }]]);
  });

  it('a training across New Year touches the year: carried', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', '2023-03-01', 30],
      ['张三', A, null, '岗位培训', '专业', '2023.12.30-2024.1.2', 24],
    );
    expect(years(l)).toEqual([2023, 2023]);
  });

  it('is not carried to another person, nor across a blank row', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', null, 30],
      ['李四', B, null, '公需科目', '公需', null, 30],
      ['李四', B, 2024, '公需科目', '公需', null, 30],
      [],
      ['李四', B, null, '岗位培训', '专业', null, 60],
    );
    expect(years(l)).toEqual([2023, undefined, 2024, undefined]);
    expect(notes(l)).toEqual([]);
  });

  it('an unreadable 年度 is not a blank: not carried over, and nothing carried from it', () => {
    const l = read(
      ['张三', A, 2023, '公需科目', '公需', null, 30],
      ['张三', A, '去年', '岗位培训', '专业', null, 60],
      ['张三', A, null, '岗位培训', '专业', null, 8],
    );
    expect(years(l)).toEqual([2023, undefined, undefined]);
    expect(notes(l)).toEqual([]);
  });

  it('a sheet without a 年度 column carries nothing', () => {
    const l = readLedger(
      {
        sheet: '台账',
        rows: [
          ['姓名', '身份证号', '学习形式', '学时'],
          ['张三', A, '公需科目', 30],
          ['张三', A, '岗位培训', 60],
        ],
      },
      { today: TODAY },
    );
    expect(years(l)).toEqual([undefined, undefined]);
  });
});
