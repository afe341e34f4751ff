/**
 * A 学时 cell left blank with the hours written in 备注 ("共计24学时"): a kind
 * credited by hours takes them, with a note naming the words read.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';

const TODAY = dayNumber(2027, 1, 1);

describe('hours written only in 备注', () => {
  const HEADER_R = ['姓名', '身份证号', '年度', '学习形式', '培训日期', '学时', '备注'];
  const readR = (rows: unknown[][]) =>
    readLedger({ sheet: '台账', rows: [HEADER_R, ...rows] }, { today: TODAY });

  it('are the claimed hours of a kind credited by hours, with a note on 备注', () => {
    const l = readR([['张三', testId(11), 2024, '岗位培训', '2024/06/03-2024/06/05', null, '共计24学时']]);
    expect(l.activities[0].claimedHours).toBe(24);
    expect(l.findings.find((f) => f.code === 'text-facts-read')).toMatchObject({ column: 'G' });
  });

  it('are not read over a 学时 cell, nor for a kind credited per item', () => {
    const l = readR([
      ['张三', testId(11), 2024, '岗位培训', '2024/06/03-2024/06/05', 16, '共计24学时'],
      ['张三', testId(11), 2024, '发表论文', '2024/06/03', null, '10学时'],
    ]);
    expect(l.activities.map((a) => a.claimedHours)).toEqual([16, undefined]);
  });
});
