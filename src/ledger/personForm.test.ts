/**
 * A form pasted from Word: several people on one sheet, each under a line
 * `姓名：…  身份证号：…  职称：…` (one merged cell) with a table of their own
 * (日期/内容/形式/学时/证明), a 小计, blank rows between, and the titles
 * repeated at a page break.
 */
import { dayNumber } from '../rules/dates';
import { labelledPairs, personBlockOnRow } from './headers';
import { readLedger } from './intake';
import { testId } from './intakeSamples';

const ID_A = testId(11);
const ID_B = testId(22);
const ID_C = testId(33);
const line = (name: string, id: string, rank: string) => [
  `姓名：${name}    身份证号：${id}    职称：${rank}`,
];
// `形式` alone is read by its content on a longer sheet (columnsByContent); here the usual header.
const TABLE = ['日期', '内容', '学习形式', '学时', '证明'];
const TITLE = ['专业技术人员继续教育学时登记表（2024—2025年度）'];

describe('labelledPairs', () => {
  it('splits several label：value pairs in one cell', () => {
    expect(labelledPairs(`姓名：周涛    身份证号：${ID_A}    职称：工程师`)).toEqual([
      ['姓名', '周涛'],
      ['身份证号', ID_A],
      ['职称', '工程师'],
    ]);
  });

  it('keeps a label with spaces in it as one pair; a cell without a colon has none', () => {
    expect(labelledPairs('姓  名：王丽华')).toEqual([['姓  名', '王丽华']]);
    expect(labelledPairs('周涛')).toEqual([]);
  });
});

describe('personBlockOnRow', () => {
  it('reads the person of one line, on its own row', () => {
    expect(personBlockOnRow(line('周涛', ID_A, '工程师'), 9)).toEqual({
      name: { row: 9, column: 0, value: '周涛' },
      idNumber: { row: 9, column: 0, value: ID_A },
      rank: { row: 9, column: 0, value: '工程师' },
    });
  });

  it('is undefined for a line naming nobody', () => {
    expect(personBlockOnRow(['单位：青岛某工程咨询有限公司    第2页'], 3)).toBeUndefined();
  });
});

describe('reading a sheet of several people, one block each', () => {
  const rows: unknown[][] = [
    TITLE,
    ['单位：青岛某工程咨询有限公司          第1页'],
    [],
    line('周涛', ID_A, '工程师'),
    TABLE,
    ['2024.5.20-2024.9.30', '2024年度公需科目网络培训', '公需科目', 30, '合格证书'],
    ['2024.4.9-4.11', '城市轨道交通新技术高级研修班', '线下培训', 24, '结业证书'],
    ['小计', null, null, 54],
    [],
    line('吴静', ID_B, '中学一级教师'),
    TABLE,
    ['2024.7.15-7.19', '骨干教师暑期研修', '线下培训', 40, '研修证书'],
    ['小计', null, null, 40],
    [],
    TITLE,
    ['单位：青岛某工程咨询有限公司          第2页'],
    [],
    line('冯雪', ID_C, '工程师'),
    TABLE,
    ['2024.5.6-5.10', '建设工程监理业务培训', '线下培训', 40, '培训证书'],
    ['小计', null, null, 40],
  ];
  const l = readLedger({ sheet: 'Sheet1', rows }, { today: dayNumber(2026, 1, 1) });

  it('gives each block its person, with the title from the line', () => {
    expect(l.people.map((p) => [p.name, p.idNumber, p.rank])).toEqual([
      ['周涛', ID_A, '工程师'],
      ['吴静', ID_B, '中学一级教师'],
      ['冯雪', ID_C, '工程师'],
    ]);
    expect(l.activities.map((a) => [a.personKey, a.claimedHours])).toEqual([
      [ID_A, 30],
      [ID_A, 24],
      [ID_B, 40],
      [ID_C, 40],
    ]);
  });

  it('notes each person line once; 小计, the repeated table header and the repeated titles are not activities', () => {
    const codes = l.findings.map((f) => f.code);
    expect(l.findings.filter((f) => f.code === 'person-from-block').map((f) => f.row)).toEqual([4, 10, 18]);
    expect(codes.filter((c) => c === 'row-repeated-header')).toHaveLength(2);
    expect(l.findings.filter((f) => f.code === 'row-title').map((f) => f.row)).toEqual([15, 16]);
    expect(codes).not.toContain('row-no-person');
    expect(l.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
