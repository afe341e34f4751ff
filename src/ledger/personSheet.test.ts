/**
 * A sheet kept per person (个人继续教育登记卡): the person stands in a block of
 * label/value cells above a table that names no person.
 */
import { dayNumber } from '../rules/dates';
import { defaultLedgerSheets, detectHeader, detectLedgerHeader, personBlockAbove } from './headers';
import { readLedgers } from './intake';
import { testId } from './intakeSamples';

const ID_A = testId(11);
const ID_B = testId(22);
const card = (name: string, id: string, rows: unknown[][]): unknown[][] => [
  ['档案馆专业技术人员继续教育登记卡'],
  ['姓名', name, '性别', '女', '身份证号', id],
  ['职称系列', '会计', '专业技术职务', '会计师', '取得时间', '2021年12月'],
  [],
  ['序号', '学习时间', '学习内容', '学习方式', '科目类别', '学时', '考核结果', '备注'],
  ...rows,
  ['合计', '', '', '', '', 40],
  [],
  ['审核人：', '张敏', '', '', '审核日期：', '2026年1月8日'],
];

describe('personBlockAbove', () => {
  it('reads label/value pairs and 姓名：… in one cell; 取得时间 beside a 职称 is when it was obtained', () => {
    const rows = card('王丽华', ID_A, []);
    expect(personBlockAbove(rows, 4)).toEqual({
      name: { row: 1, column: 1, value: '王丽华' },
      idNumber: { row: 1, column: 5, value: ID_A },
      series: { row: 2, column: 1, value: '会计' },
      rank: { row: 2, column: 3, value: '会计师' },
      qualificationDate: { row: 2, column: 5, value: '2021年12月' },
    });
    expect(personBlockAbove([['姓名：李娜', '身份证号：' + ID_B]], 1)).toMatchObject({
      name: { value: '李娜' },
      idNumber: { value: ID_B },
    });
  });

  it('is undefined without a name or an ID', () => {
    expect(personBlockAbove([['单位', '档案馆', '职称系列', '档案']], 1)).toBeUndefined();
  });
});

describe('detectLedgerHeader', () => {
  it('finds the table under the block; detectHeader alone still wants a person column', () => {
    const rows = card('王丽华', ID_A, [[1, '2024.4.16-4.18', '业务骨干培训', '集中培训', '专业科目', 24]]);
    expect(detectHeader(rows).ok).toBe(false);
    expect(detectLedgerHeader(rows)).toMatchObject({ ok: true, headerRow: 4, dataStartRow: 5 });
  });
});

describe('reading per-person sheets', () => {
  const sheets = [
    { sheet: '填表说明', rows: [['继续教育登记填表说明'], ['1. 每人一张登记卡。']] },
    {
      sheet: '王丽华',
      rows: card('王丽华', ID_A, [
        [1, '2024.4.16-4.18', '业务骨干培训', '集中培训', '专业科目', 24, '合格'],
        [2, '2024年上半年', '公需科目网络培训', '网络学习', '公需科目', 16, '考试合格'],
      ]),
    },
    {
      sheet: '陈建国',
      rows: card('陈建国', ID_B, [[1, '2024.8.26-8.30', '研修班', '研修', '专业科目', 40]]),
    },
  ];

  it('chooses every person sheet, not the instructions', () => {
    expect(defaultLedgerSheets(sheets.map((s) => ({ name: s.sheet, rows: s.rows })))).toEqual([1, 2]);
  });

  it('gives each sheet its person, with series, title and year obtained; 合计 and 审核人 rows are not activities', () => {
    const l = readLedgers(sheets.slice(1), { today: dayNumber(2026, 1, 1) });
    expect(l.people.map((p) => [p.name, p.idNumber, p.series, p.rank, p.qualificationYear])).toEqual([
      ['王丽华', ID_A, '会计', '会计师', 2021],
      ['陈建国', ID_B, '会计', '会计师', 2021],
    ]);
    expect(l.activities.map((a) => [a.personKey, a.claimedHours])).toEqual([
      [ID_A, 24],
      [ID_A, 16],
      [ID_B, 40],
    ]);
    const codes = l.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'person-from-block')).toHaveLength(2);
    expect(codes).not.toContain('row-no-person');
    expect(l.findings.find((f) => f.code === 'row-title' && f.sheet === '王丽华')?.row).toBe(10);
  });
});
