/**
 * 审核情况 待审核 (五: the employer 考核认定 each record): a record the employer has
 * not verified yet is credited, with its own warning, and a pass that rests on
 * it is 待核实, like a pass resting on a row with an error.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from '../ledger/intake';
import { testId } from '../ledger/intakeSamples';
import { findingMessage } from '../ledger/findings';
import { buildReport } from './model';
import { personStanding } from './verdict';

const TODAY = dayNumber(2024, 6, 1);
const A = testId(11);
const HEADER = ['姓名', '身份证号', '学习形式', '科目类别', '开始日期', '结束日期', '学时', '审核情况'];

function report(status: string) {
  const rows = [
    HEADER,
    ['张三', A, '公需科目', '公需科目', '2023-03-01', '2023-03-04', 30, '已审核'],
    ['张三', A, '岗位培训', '专业科目', '2023-05-08', '2023-05-15', 52, '已审核'],
    ['张三', A, '学术会议', '专业科目', '2023-10-10', '2023-10-10', 8, status],
  ];
  return buildReport(readLedger({ sheet: '台账', rows }, { today: TODAY }), { year: 2023 });
}

describe('审核情况 待审核: not yet verified by the employer', () => {
  it('has its own warning on the row (not the generic pass-unknown), in Chinese and in English', () => {
    const r = report('待审核');
    const f = r.findings.filter((x) => x.code === 'record-unverified');
    expect(f).toMatchObject([{ severity: 'warning', row: 4, column: 'H', params: { text: '待审核' } }]);
    expect(r.findings.some((x) => x.code === 'pass-unknown')).toBe(false);
    expect(findingMessage(f[0], 'zh')).toContain('尚未审核');
    expect(findingMessage(f[0], 'en')).toContain('not yet verified');
  });

  it('a year that passes only thanks to the unverified record is 待核实, listing it', () => {
    const r = report('审核中');
    const p = r.people[0];
    expect(p.years[0]).toMatchObject({ public: 30, professional: 60, compliant: false, review: ['台账!4'] });
    expect(personStanding(p, r.options)).toBe('review');
    expect(r.counts).toMatchObject({ passing: 0, failing: 0, review: 1 });
  });

  it('a year that passes without it stays 达标 (the warning remains)', () => {
    const rows = [
      HEADER,
      ['张三', A, '公需科目', '公需科目', '2023-03-01', '2023-03-04', 30, '已审核'],
      ['张三', A, '岗位培训', '专业科目', '2023-05-08', '2023-05-15', 60, '已审核'],
      ['张三', A, '学术会议', '专业科目', '2023-10-10', '2023-10-10', 8, '未审核'],
    ];
    const r = buildReport(readLedger({ sheet: '台账', rows }, { today: TODAY }), { year: 2023 });
    expect(r.people[0].years[0]).toMatchObject({ professional: 68, compliant: true });
    expect(r.people[0].years[0].review).toBeUndefined();
    expect(r.findings.filter((x) => x.code === 'record-unverified').map((x) => x.row)).toEqual([4]);
  });

  it('审核通过 on the same row: 达标', () => {
    const r = report('审核通过');
    expect(r.people[0].years[0]).toMatchObject({ professional: 60, compliant: true });
    expect(r.findings.some((x) => x.code === 'record-unverified')).toBe(false);
  });
});
