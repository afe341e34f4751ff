/**
 * The cells that say when and how much, read through the intake: one 时长/数量
 * column written in Chinese numerals (三个月, 两篇, 半年), as in digits.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';
import type { Ledger } from './types';

const TODAY = dayNumber(2026, 6, 1);
const ID = testId(11);

/** Read without the sheet's one note about its missing evidence column. */
function read(...rows: unknown[][]): Ledger {
  const l = readLedger({ sheet: '台账', rows }, { today: TODAY });
  return { ...l, findings: l.findings.filter((f) => f.code !== 'evidence-column-missing') };
}

describe('one 时长/数量 column: months and items in Chinese numerals read as in digits', () => {
  const header = ['姓名', '身份证号', '学习形式', '起止时间', '时长/数量'];

  it.each([
    ['三个月', '3个月'],
    ['十二个月', '12个月'],
    ['半年', '6个月'],
  ])('援派 “%s” gives the months that “%s” gives, with the same note', (words, digits) => {
    const a = read(header, ['张三', ID, '援派', '2023.3.1-2023.8.31', words]);
    const b = read(header, ['张三', ID, '援派', '2023.3.1-2023.8.31', digits]);
    expect(a.activities[0].months).toBe(b.activities[0].months);
    expect(a.activities[0].claimedHours).toBeUndefined();
    expect(a.findings.map((f) => [f.code, f.params.n])).toEqual(b.findings.map((f) => [f.code, f.params.n]));
    expect(a.findings.map((f) => f.code)).toEqual(['hours-cell-months']);
  });

  it('论文 “两篇” is 2 items, as “2篇”', () => {
    const l = read(header, ['张三', ID, '论文', '2023.5', '两篇']);
    expect(l.activities[0].count).toBe(2);
    expect(l.findings.map((f) => [f.code, f.params.text, f.params.n])).toEqual([
      ['hours-cell-items', '两篇', 2],
    ]);
  });

  it('numerals that are not one number of months stay an hours problem (not read)', () => {
    const l = read(header, ['张三', ID, '援派', '2023.3.1-2023.8.31', '三四个月']);
    expect(l.activities[0].months).toBeUndefined();
    expect(l.findings.map((f) => f.code)).toEqual(['hours-text']);
  });

  it('a months column of its own reads 六个月 and 半年', () => {
    const l = read(
      ['姓名', '身份证号', '学习形式', '年度', '月数'],
      ['张三', ID, '援派', 2023, '六个月'],
      ['张三', ID, '产假', 2024, '半年'],
    );
    expect(l.activities.map((a) => a.months)).toEqual([6, 6]);
    expect(l.findings).toEqual([]);
  });
});
