/**
 * Issue 13, item 6: the report sheet's summary of 达标率 by year (and by unit) that its chart plots.
 */
import { readLedgers } from '../src/ledger';
import { buildReport } from '../src/report';
import { buildChartTables, buildReportSheets, passRateByYear } from './reportSheets';

const HEADER = ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始时间', '结束时间', '天数'];
// 李四 passes 2022 (30 公需 + 60 专业) and fails 2023 (8 专业); 王五 fails 2022 (8) and passes 2023.
// 赵六 passes 2023 only.
const ROWS = [
  HEADER,
  ['李四', '37020319850202234X', '公需科目', '公需', 30, '2022.3.1', '2022.3.4', 4],
  ['李四', '37020319850202234X', '岗位培训', '专业', 60, '2022.5.1', '2022.5.8', 8],
  ['李四', '37020319850202234X', '岗位培训', '专业', 8, '2023.5.1', '2023.5.1', 1],
  ['王五', '370203198502022382', '岗位培训', '专业', 8, '2022.5.1', '2022.5.1', 1],
  ['王五', '370203198502022382', '公需科目', '公需', 30, '2023.3.1', '2023.3.4', 4],
  ['王五', '370203198502022382', '岗位培训', '专业', 60, '2023.5.1', '2023.5.8', 8],
  ['赵六', '370203199001013351', '公需科目', '公需', 30, '2023.3.1', '2023.3.4', 4],
  ['赵六', '370203199001013351', '岗位培训', '专业', 60, '2023.5.1', '2023.5.8', 8],
];

describe('达标率 by year for the report chart', () => {
  it('counts, per year, the people this notice judges and those whose 年度结论 passes', () => {
    const report = buildReport(readLedgers([{ sheet: '台账', rows: ROWS }]));
    // The year verdicts the sheet shows are what the rate counts.
    const verdicts = report.people.flatMap((p) => p.years.map((y) => `${p.name}${y.year}:${y.compliant}`));
    expect(verdicts.sort()).toEqual([
      '李四2022:true',
      '李四2023:false',
      '王五2022:false',
      '王五2023:true',
      '赵六2023:true',
    ]);
    expect(passRateByYear(report.people)).toEqual([
      { year: 2022, people: 2, passing: 1, rate: 0.5 },
      { year: 2023, people: 3, passing: 2, rate: 2 / 3 },
    ]);
    const [byYear, ...rest] = buildChartTables(report, 'zh');
    expect(rest).toEqual([]); // one unit (no files): no chart by unit
    expect(byYear).toEqual({
      title: '各年度达标率',
      header: ['年度', '达标率', '达标人数', '人数'],
      rows: [
        [2022, 0.5, 1, 2],
        [2023, 0.6667, 2, 3],
      ],
      percentColumns: [1],
      chart: 'column',
      columnWidths: [90, 55, 55, 45],
    });
    expect(buildChartTables(report, 'en')[0]).toMatchObject({
      title: 'Share passing by year',
      header: ['Year', 'Share passing', 'Passing', 'People'],
    });
    expect(buildReportSheets(report, 'zh')[0].charts).toEqual([byYear]);
  });

  it('adds 达标率 by unit when the people come from several units (one file per employer)', () => {
    const report = buildReport(
      readLedgers([
        { file: '/data/市立医院.xlsx', sheet: '台账', rows: ROWS.slice(0, 4) },
        { file: '/data/第二中学.xlsx', sheet: '台账', rows: [HEADER, ...ROWS.slice(4)] },
      ]),
    );
    const tables = buildChartTables(report, 'zh');
    expect(tables.map((t) => t.title)).toEqual(['各年度达标率', '各单位达标率']);
    const byUnit = tables[1];
    expect(byUnit.header).toEqual(['单位', '达标率', '达标人数', '人数']);
    // Each person fails one of their years, except 赵六 (2023 only): 市立医院 0 of 1, 第二中学 1 of 2.
    expect(byUnit.rows).toEqual([
      ['市立医院', 0, 0, 1],
      ['第二中学', 0.5, 1, 2],
      ['合计', 0.3333, 1, 3],
    ]);
    expect(byUnit.chartRows).toBe(2); // the chart leaves the total out
  });
});
