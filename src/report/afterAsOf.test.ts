/**
 * A record dated after the day of the check (the command line's --as-of, the
 * task pane's today): it has not happened yet. Its own warning on its row; its
 * hours stay in its year's figures as recorded, but a pass that rests on it is
 * 待核实, like a pass resting on an unverified record. Without an as-of day (the
 * custom functions) nothing changes.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from '../ledger/intake';
import { testId } from '../ledger/intakeSamples';
import { findingMessage } from '../ledger/findings';
import { buildReport } from './model';
import { personStanding } from './verdict';

type Options = { asOfYear?: number; asOfDay?: number };

const TODAY = dayNumber(2026, 6, 1);
const A = testId(11);
const HEADER = ['姓名', '身份证号', '学习形式', '科目类别', '开始日期', '结束日期', '学时'];

/** 30 公需 and 52 专业 by May, and a conference of 8 on 20 December: 60 专业 only with December's. */
function report(opts: Options, professionalByMay = 52, december = '2026-12-20') {
  const rows = [
    HEADER,
    ['张三', A, '公需科目', '公需科目', '2026-03-01', '2026-03-04', 30],
    ['张三', A, '岗位培训', '专业科目', '2026-05-08', '2026-05-15', professionalByMay],
    ['张三', A, '学术会议', '专业科目', december, december, 8],
  ];
  return buildReport(readLedger({ sheet: '台账', rows }, { today: TODAY }), opts);
}

const asOf = (month: number, day: number): Options => ({
  asOfYear: 2026,
  asOfDay: dayNumber(2026, month, day),
});

describe('a record dated after the as-of day', () => {
  it('has its own warning on the row, in Chinese and in English', () => {
    const r = report(asOf(12, 3));
    const f = r.findings.filter((x) => x.code === 'record-after-as-of');
    expect(f).toMatchObject([
      {
        severity: 'warning',
        layer: 'ledger',
        row: 4,
        column: 'E',
        params: { date: '2026-12-20', asOf: '2026-12-03' },
        personKey: A,
      },
    ]);
    expect(findingMessage(f[0], 'zh')).toBe(
      '日期2026-12-20在核查日2026-12-03之后，尚未发生，请核对日期（是否填错年份）；学时暂按登记计入所属年度，达标如依赖此记录，结论为待核实',
    );
    expect(findingMessage(f[0], 'en')).toContain('after the day of the check (2026-12-03)');
    expect(r.counts.findings.warning).toBeGreaterThanOrEqual(1);
  });

  it('a year that passes only thanks to a December row, checked on 3 December, is 待核实 listing it', () => {
    const r = report(asOf(12, 3));
    const p = r.people[0];
    // Its hours still count in the year's figures.
    expect(p.years).toMatchObject([
      { year: 2026, public: 30, professional: 60, compliant: false, review: ['台账!4'] },
    ]);
    expect(personStanding(p, r.options)).toBe('review');
    expect(r.counts).toMatchObject({ passing: 0, failing: 0, review: 1 });
  });

  it('checked on 31 December the same row has happened: 达标, no warning', () => {
    const r = report(asOf(12, 31));
    expect(r.people[0].years[0]).toMatchObject({ professional: 60, compliant: true });
    expect(r.people[0].years[0].review).toBeUndefined();
    expect(r.findings.some((x) => x.code === 'record-after-as-of')).toBe(false);
    expect(r.counts).toMatchObject({ passing: 1, review: 0 });
  });

  it('a year that passes without it stays 达标 (the warning remains)', () => {
    const r = report(asOf(12, 3), 60);
    expect(r.people[0].years[0]).toMatchObject({ professional: 68, compliant: true });
    expect(r.people[0].years[0].review).toBeUndefined();
    expect(r.findings.filter((x) => x.code === 'record-after-as-of').map((x) => x.row)).toEqual([4]);
  });

  it('a failing year stays 未达标', () => {
    const r = report(asOf(12, 3), 40);
    const p = r.people[0];
    expect(p.years[0]).toMatchObject({ professional: 48, compliant: false });
    expect(p.years[0].review).toBeUndefined();
    expect(personStanding(p, r.options)).toBe('fail');
    expect(r.findings.filter((x) => x.code === 'record-after-as-of').map((x) => x.row)).toEqual([4]);
  });

  it('a year typed wrong (2052): warned, and its year is not judged', () => {
    const r = report(asOf(12, 3), 60, '2052-12-20');
    expect(r.findings.filter((x) => x.code === 'record-after-as-of')).toMatchObject([
      { row: 4, params: { date: '2052-12-20', asOf: '2026-12-03' } },
    ]);
    expect(r.people[0].years.map((y) => y.year)).toEqual([2026]);
    expect(r.people[0].years[0]).toMatchObject({ professional: 60, compliant: true });
  });

  it('without an as-of day (the custom functions) nothing changes', () => {
    const r = report({});
    expect(r.findings.some((x) => x.code === 'record-after-as-of')).toBe(false);
    expect(r.people[0].years[0]).toMatchObject({ professional: 60, compliant: true });
    expect(r.people[0].years[0].review).toBeUndefined();
  });
});
