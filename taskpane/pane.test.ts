/** Pure parts of the pane: settings parsing, the report sheet, row marks, the factory, message parity. */
import { createWorkbook, MemoryWorkbook } from '../src/excel';
import { readLedgers } from '../src/ledger';
import { buildReport } from '../src/report';
import { DEFAULT_POLICY } from '../src/rules/policy';
import { UI_EN, UI_ZH } from './i18n';
import { remap } from './ledgerSheets';
import { dateToSerial } from './preview/toMemory';
import { buildReportSheets, buildRowMarks, REPORT_SHEET_NAME } from './reportSheets';
import { parseColumnMap, parseSettings } from './settings';
import { personVerdict } from './verdict';
import { personVerdict as sharedVerdict } from '../src/report/verdict';

const rows = [
  ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始时间', '结束时间'],
  ['李四', '37020319850202234X', '岗位培训', '专业', 40, '2023.6.1', '2023.6.2'],
  ['李四', '37020319850202234X', '岗位培训', '专业', '八学时', '2023.7.1', '2023.7.1'],
];

describe('pane logic', () => {
  it('createWorkbook gives the memory workbook in preview', () => {
    expect(createWorkbook({ kind: 'preview' })).toBeInstanceOf(MemoryWorkbook);
  });

  it('has every UI text in zh and en', () => {
    expect(Object.keys(UI_EN).sort()).toEqual(Object.keys(UI_ZH).sort());
    for (const [k, v] of Object.entries(UI_EN))
      expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });

  it('parses stored settings, dropping what it does not know', () => {
    expect(
      parseSettings({
        policy: { windowPolicy: 'pooled', strictEvidence: 'yes' },
        titleYear: 1800,
        showIds: true,
        language: 'fr',
      }),
    ).toEqual({
      policy: { ...DEFAULT_POLICY, windowPolicy: 'pooled' },
      titleYear: null,
      showIds: true,
      language: 'auto',
    });
    expect(parseColumnMap({ name: 0, hours: -1, bogus: 3, kind: 2.5 })).toEqual({ name: 0 });
  });

  it('moves a field to a column and frees the column’s previous field', () => {
    expect(remap({ name: 0, hours: 4 }, 'kind', 4)).toEqual({ name: 0, kind: 4 });
    expect(remap({ name: 0, hours: 4 }, 'hours', null)).toEqual({ name: 0 });
  });

  it('converts a date to Excel’s 1900 serial', () => {
    expect(dateToSerial(new Date(Date.UTC(2023, 4, 8)))).toBe(45054);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it('builds the report sheet with links back to the ledger and one mark per row with findings', () => {
    const ledger = readLedgers([{ sheet: '2023年', rows }]);
    const report = buildReport(ledger, { titleYear: 2023 });
    const [sheet] = buildReportSheets(report, 'zh');
    expect(sheet.name).toBe(REPORT_SHEET_NAME);
    expect(sheet.rows.every((r) => r.length === sheet.header.length)).toBe(true);
    const hoursText = sheet.rows.find(
      (r) => r[0].value === '问题' && String(r[12].value).includes('八学时'),
    )!;
    expect(hoursText[10]).toEqual({ value: '2023年 第 3 行', link: { sheet: '2023年', row: 3, column: 5 } });
    const marks = buildRowMarks(report.findings, 'zh');
    expect(marks.map((m) => m.row).sort()).toEqual(
      [...new Set(report.findings.filter((f) => f.row).map((f) => f.row))].sort(),
    );
    expect(marks.find((m) => m.row === 3)!.note).toContain('八学时');
  });
});

describe('the people list uses the shared verdict rule', () => {
  // 2022: 公需 30 + 专业 60 passes; 2023: only 8 hours of 专业 fails.
  const twoYears = [
    ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始时间', '结束时间', '天数'],
    ['李四', '37020319850202234X', '公需科目', '公需', 30, '2022.3.1', '2022.3.4', 4],
    ['李四', '37020319850202234X', '岗位培训', '专业', 60, '2022.5.1', '2022.5.8', 8],
    ['李四', '37020319850202234X', '岗位培训', '专业', 8, '2023.5.1', '2023.5.1', 1],
    ['王五', '370203198502022384', '岗位培训', '专业', 8, '2022.5.1', '2022.5.1', 1],
    ['王五', '370203198502022384', '公需科目', '公需', 30, '2023.3.1', '2023.3.4', 4],
    ['王五', '370203198502022384', '岗位培训', '专业', 60, '2023.5.1', '2023.5.8', 8],
  ];

  it('a person failing any year listed fails, as in the counts and the CLI', () => {
    const report = buildReport(readLedgers([{ sheet: '台账', rows: twoYears }]));
    const byName = new Map(report.people.map((p) => [p.name, personVerdict(p, report.options)]));
    expect(byName.get('李四')).toMatchObject({ kind: 'fail', failingYears: [2023] });
    // Passing the last year does not hide an earlier failing one.
    expect(byName.get('王五')).toMatchObject({ kind: 'fail', failingYears: [2022] });
    expect(report.counts.failing).toBe(2);
    for (const p of report.people)
      expect(personVerdict(p, report.options).kind === 'pass').toBe(
        sharedVerdict(p, report.options) === true,
      );
  });
});
