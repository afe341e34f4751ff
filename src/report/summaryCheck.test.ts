import { findingMessage } from '../ledger/findings';
import type { Finding } from '../ledger/types';
import { SUMMARY_IDS, SUMMARY_PEOPLE, SUMMARY_ROWS, SUMMARY_SAMPLE } from '../ledger/summarySamples';
import { readSummarySheet } from '../ledger/summarySheet';
import { checkSummarySheet, withSummaryFindings } from './summaryCheck';

describe('a 汇总 sheet set against the check of the 明细', () => {
  const findings = checkSummarySheet(SUMMARY_SAMPLE(), SUMMARY_PEOPLE);

  it('says nothing of a row that agrees (王建国, a SUMIFS result among typed figures)', () => {
    expect(findings.some((f) => f.personKey === SUMMARY_IDS.wang)).toBe(false);
  });

  it('names sheet, row and column where its figures and 是否达标 differ, 明细 first', () => {
    const f = findings.find((x) => x.code === 'summary-differs')!;
    expect(f).toMatchObject({
      sheet: '汇总',
      file: '医院.xlsx',
      row: 4,
      column: 'F',
      personKey: SUMMARY_IDS.li,
    });
    expect(findingMessage(f, 'zh')).toBe(
      '汇总表中 李秀英 2024年与明细核查结果不一致：专业科目学时（F列）填 62，明细认定 52；合计学时（G列）填 92，明细认定 82；是否达标（H列）填“达标”，核查为未达标。请以明细为准更正汇总表',
    );
    expect(findingMessage(f, 'zh')).not.toMatch(/[A-Za-z]{2,}/);
    expect(findingMessage(f, 'en')).toContain('professional hours (column F) says 62, the detail credits 52');
  });

  it('says a person-year the 明细 has no record of cannot be verified', () => {
    const f = findings.find((x) => x.code === 'summary-no-detail')!;
    expect(f).toMatchObject({ row: 5, column: 'B', severity: 'warning' });
    expect(findingMessage(f, 'zh')).toBe(
      '汇总表列有 陈磊 2024年（公需 30 学时、专业 60 学时、达标），但明细中没有此人该年度的记录，学时无法核实（待核实）；请补录明细或更正汇总表',
    );
  });

  it('compares no figures of a deemed or sector year, and a 待核实 year is not 达标', () => {
    const [wang] = SUMMARY_PEOPLE;
    const sector = {
      ...wang,
      status: 'sector' as const,
      years: [{ ...wang.years[0], status: 'sector' as const, public: 0 }],
    };
    expect(
      checkSummarySheet(SUMMARY_SAMPLE(), [sector]).filter((f) => f.personKey === SUMMARY_IDS.wang),
    ).toEqual([]);
    const review = { ...wang, years: [{ ...wang.years[0], compliant: false, review: ['明细!5'] }] };
    const f = checkSummarySheet(SUMMARY_SAMPLE(), [review]).find((x) => x.personKey === SUMMARY_IDS.wang)!;
    expect(findingMessage(f, 'zh')).toContain('是否达标（H列）填“达标”，核查为待核实');
  });

  it('adds the findings to a report and counts them', () => {
    const report = { findings: [] as Finding[], counts: { findings: { error: 0, warning: 1, info: 0 } } };
    const out = withSummaryFindings(report, [SUMMARY_SAMPLE()], SUMMARY_PEOPLE);
    expect(out.findings).toHaveLength(2);
    expect(out.counts.findings.warning).toBe(3);
  });
});

describe('readSummarySheet', () => {
  it('reads the header under a title, figures from formulas, and skips the signature line', () => {
    const s = SUMMARY_SAMPLE();
    expect(Object.fromEntries(Object.entries(s.columns).map(([k, v]) => [k, v.letter]))).toEqual({
      name: 'B',
      idNumber: 'C',
      year: 'D',
      public: 'E',
      professional: 'F',
      total: 'G',
      verdict: 'H',
    });
    expect(s.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(s.rows[0]).toMatchObject({ public: 30, total: 90, verdict: 'pass', year: 2024 });
  });

  it('is no 汇总 when the header names a course or dates (that is a ledger)', () => {
    const ledger = [
      ['姓名', '身份证号', '培训项目', '公需学时', '专业学时', '培训时间'],
      ...SUMMARY_ROWS.slice(2),
    ];
    expect(readSummarySheet('台账', ledger)).toBeUndefined();
  });
});
