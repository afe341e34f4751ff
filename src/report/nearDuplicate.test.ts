/**
 * A row that looks like a repeat of an earlier one of the same person (the same
 * course on the same day, entered again with other evidence — a platform record
 * copied into the unit's own ledger) stays counted, as interpretations.md counts
 * only an exact repeat once; but a verdict must not rest on it silently: a pass
 * that depends on it is 待核实, listing it.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from '../ledger/intake';
import { testId } from '../ledger/intakeSamples';
import { buildReport } from './model';

const A = testId(11);
const HEADER = [
  '姓名',
  '身份证号',
  '学习形式',
  '科目类别',
  '培训内容',
  '开始日期',
  '结束日期',
  '学时',
  '证明材料',
];

/** 30 公需, a training of `first` hours, and the same training entered again with other evidence. */
function report(first: number) {
  const rows = [
    HEADER,
    ['张三', A, '公需科目', '公需科目', '公需课', '2025-03-01', '2025-03-04', 30, '证书'],
    ['张三', A, '岗位培训', '专业科目', '供水管网运维', '2025-05-06', '2025-05-11', first, '证书'],
    ['张三', A, '岗位培训', '专业科目', '漏损控制', '2025-06-02', '2025-06-03', 16, '培训通知'],
    ['张三', A, '岗位培训', '专业科目', '漏损控制', '2025-06-02', '2025-06-03', 16, '平台学习记录'],
  ];
  return buildReport(readLedger({ sheet: '台账', rows }, { today: dayNumber(2026, 1, 8) }), {
    asOfYear: 2025,
  });
}

describe('a row that looks like a repeat of an earlier one', () => {
  it('is flagged and still counted', () => {
    const r = report(40);
    expect(r.findings.filter((f) => f.code === 'row-near-duplicate').map((f) => f.row)).toEqual([5]);
    expect(r.people[0].years[0]).toMatchObject({ year: 2025, public: 30, professional: 72 });
  });

  it('makes 待核实 a year that passes only with it, listing its row', () => {
    // 40 + 16 = 56 专业 without the repeat, 72 with it.
    const y = report(40).people[0].years[0];
    expect(y.compliant).toBe(false);
    expect(y.review).toEqual(['台账!5']);
  });

  it('leaves 达标 a year that passes without it', () => {
    // 48 + 16 = 64 专业 without the repeat.
    const y = report(48).people[0].years[0];
    expect(y.compliant).toBe(true);
    expect(y.review).toBeUndefined();
  });
});
