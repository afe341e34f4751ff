/**
 * Intake, table-driven (typescript-eslint style): rows in, `{ code, row, column }`
 * out. Every case lists all the ledger findings of its sheet, so a stray or a
 * missing one fails. Header: A 序号 B 姓名 C 身份证号 D 学习形式 E 科目类别
 * F 内容 G 开始日期 H 结束日期 I 年度 J 学时 K 天数 L 证明材料; data from row 2.
 */
import { dayNumber } from '../rules/dates';
import { createRuleBook } from '../rules/rulebook';
import { readLedger, readLedgers } from './intake';
import { GOOD_ROW, TEST_HEADER, testId, testRow, testSheet } from './intakeSamples';
import type { Ledger, LedgerSource } from './types';

const TODAY = dayNumber(2024, 6, 1);
const ID = testId(11);
const ok = GOOD_ROW;

function read(source: LedgerSource): Ledger {
  return readLedger(source, { today: TODAY });
}

function positions(l: Ledger) {
  return l.findings.map((f) => ({ code: f.code, row: f.row, column: f.column }));
}

interface Invalid {
  name: string;
  rows: unknown[][];
  errors: Array<{ code: string; row: number | null; column: string | null }>;
}

const invalid: Invalid[] = [
  {
    name: 'hours as words that say no one number',
    rows: [testRow({ ...ok, hours: '十几学时' })],
    errors: [{ code: 'hours-text', row: 2, column: 'J' }],
  },
  {
    name: 'hours in Chinese numerals (read as 8, noted)',
    rows: [testRow({ ...ok, hours: '八学时' })],
    errors: [{ code: 'hours-in-numerals', row: 2, column: 'J' }],
  },
  {
    name: 'half a day in the hours column (read as 4, noted)',
    rows: [testRow({ ...ok, hours: '半天' })],
    errors: [{ code: 'hours-in-days', row: 2, column: 'J' }],
  },
  {
    name: 'hours in days',
    rows: [testRow({ ...ok, hours: '1.5天' })],
    errors: [{ code: 'hours-in-days', row: 2, column: 'J' }],
  },
  {
    name: 'negative hours',
    rows: [testRow({ ...ok, hours: -4 })],
    errors: [{ code: 'negative-value', row: 2, column: 'J' }],
  },
  {
    name: 'ID shown in scientific notation',
    rows: [testRow({ ...ok, id: '3.70202E+17' })],
    errors: [{ code: 'id-numeric-lost-digits', row: 2, column: 'C' }],
  },
  {
    name: 'ID stored as a number',
    rows: [testRow({ ...ok, id: Number('370202198001011234') })],
    errors: [{ code: 'id-numeric-lost-digits', row: 2, column: 'C' }],
  },
  {
    name: 'ID with a wrong check digit',
    rows: [testRow({ ...ok, id: ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1') })],
    errors: [{ code: 'id-check-digit', row: 2, column: 'C' }],
  },
  {
    name: 'ID with an impossible birth date',
    rows: [testRow({ ...ok, id: testId(11, '19801301') })],
    errors: [{ code: 'id-birth-date', row: 2, column: 'C' }],
  },
  {
    name: '15-digit legacy ID (info)',
    rows: [testRow({ ...ok, id: '370202800101001' })],
    errors: [{ code: 'id-upgraded-15', row: 2, column: 'C' }],
  },
  {
    name: 'end before start',
    rows: [testRow({ ...ok, start: '2023-05-10', end: '2023-05-08' })],
    errors: [{ code: 'date-end-before-start', row: 2, column: 'H' }],
  },
  {
    name: 'unreadable date',
    rows: [testRow({ ...ok, start: '下周一' })],
    errors: [{ code: 'date-unrecognised', row: 2, column: 'G' }],
  },
  {
    name: 'the 1900-02-29 serial',
    rows: [testRow({ ...ok, start: 60, end: null })],
    errors: [{ code: 'date-serial-1900-02-29', row: 2, column: 'G' }],
  },
  {
    name: '年度 disagrees with the dates',
    rows: [testRow({ ...ok, year: 2022 })],
    errors: [{ code: 'year-disagrees-with-dates', row: 2, column: 'I' }],
  },
  {
    name: 'bad 年度',
    rows: [testRow({ ...ok, year: '去年' })],
    errors: [{ code: 'year-invalid', row: 2, column: 'I' }],
  },
  {
    name: 'unknown subject',
    rows: [testRow({ ...ok, subject: '选修' })],
    errors: [{ code: 'subject-unknown', row: 2, column: 'E' }],
  },
  {
    name: 'unknown kind',
    rows: [testRow({ ...ok, kind: '团建活动' })],
    errors: [{ code: 'kind-unknown', row: 2, column: 'D' }],
  },
  {
    name: 'ambiguous kind',
    rows: [testRow({ ...ok, kind: '支教病假' })],
    errors: [{ code: 'kind-ambiguous', row: 2, column: 'D' }],
  },
  {
    name: 'kind by keyword (info)',
    rows: [testRow({ ...ok, kind: '参加岗位培训班' })],
    errors: [{ code: 'kind-matched-by-keyword', row: 2, column: 'D' }],
  },
  {
    name: 'blank kind, the title names one (info)',
    rows: [testRow({ ...ok, kind: null, title: '2023年学术会议' })],
    errors: [{ code: 'kind-matched-by-keyword', row: 2, column: 'F' }],
  },
  {
    name: 'blank kind, the title names none',
    rows: [testRow({ ...ok, kind: null, title: '读书' })],
    errors: [{ code: 'kind-missing', row: 2, column: 'D' }],
  },
  {
    name: 'subtotal row',
    rows: [testRow(ok), testRow({ name: '合  计', hours: 16 })],
    errors: [{ code: 'row-subtotal', row: 3, column: 'B' }],
  },
  {
    name: 'subtotal in the 序号 column',
    rows: [testRow(ok), testRow({ seq: '小计', hours: 16 })],
    errors: [{ code: 'row-subtotal', row: 3, column: 'A' }],
  },
  {
    name: 'header repeated halfway down',
    rows: [testRow(ok), TEST_HEADER, testRow({ ...ok, start: '2023-06-01', end: '2023-06-02' })],
    errors: [{ code: 'row-repeated-header', row: 3, column: null }],
  },
  {
    name: 'section title inside data',
    rows: [['二、管理人员'], testRow(ok)],
    errors: [{ code: 'row-title', row: 2, column: 'A' }],
  },
  {
    name: 'merged title spread over the row',
    rows: [Array(12).fill('2022年度'), testRow(ok)],
    errors: [{ code: 'row-title', row: 2, column: 'A' }],
  },
  {
    name: 'row without name or ID',
    rows: [testRow({ ...ok, name: null, id: null })],
    errors: [{ code: 'row-no-person', row: 2, column: 'B' }],
  },
  {
    name: 'a lone number in the hours column',
    rows: [testRow({ hours: 8 })],
    errors: [{ code: 'row-no-person', row: 2, column: 'B' }],
  },
  {
    name: 'person without activity (info)',
    rows: [testRow({ name: '李四', id: testId(22) })],
    errors: [{ code: 'row-no-activity', row: 2, column: null }],
  },
  {
    name: 'duplicate rows',
    rows: [testRow(ok), testRow(ok)],
    errors: [{ code: 'row-duplicate', row: 3, column: null }],
  },
  {
    name: 'one ID, two names',
    rows: [testRow(ok), testRow({ ...ok, name: '张叁', hours: 8 })],
    errors: [{ code: 'id-two-names', row: 3, column: 'B' }],
  },
  {
    name: 'one name, two IDs',
    rows: [testRow(ok), testRow({ ...ok, id: testId(33), hours: 8 })],
    errors: [{ code: 'name-two-ids', row: 3, column: 'C' }],
  },
  { name: 'blank rows are silent', rows: [[], [null, '', '  ', null], testRow(ok), ['\u3000']], errors: [] },
  { name: 'a clean row', rows: [testRow(ok)], errors: [] },
];

describe('readLedger: invalid and odd rows', () => {
  it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(positions(read(testSheet(c.rows)))).toEqual(c.errors);
  });
});

describe('readLedger: a messy real-world sheet', () => {
  const id1 = testId(11);
  const id2 = testId(24);
  const rows: unknown[][] = [
    ['2023年度专业技术人员继续教育学时登记台账', null, null, null, null, null, null],
    ['序号', '姓  名', '证件号码', '学习形式', '课程类型\n（公需/专业）', '起止时间', '学时'],
    [1, '张三', id1, '岗位培训', '专业', '2023.5.8-2023.5.13', '24学时'],
    [2, '李四', id2, '学术会议', '专业', 45054, 6],
    [3, '张三', id1, '公需科目', '公需', '2023年6月', 17.5],
    ['合计', null, null, null, null, null, 47.5],
    ['序号', '姓名', '身份证号', '学习形式', '课程类型', '起止时间', '学时'],
    [4, '李四', id2, '专题讲座', '专业科目', '2023-09-01', '3.5'],
  ];
  const ledger = read({ sheet: '2023年', rows });

  it('finds the header under the merged title and maps the messy words', () => {
    expect(ledger.sources).toEqual([
      {
        sheet: '2023年',
        headerRow: 2,
        dataRows: 4,
        columns: { seq: 'A', name: 'B', idNumber: 'C', kind: 'D', subject: 'E', period: 'F', hours: 'G' },
      },
    ]);
  });

  it('reads ranges in one cell, serials, units and exact decimals', () => {
    const byRef = new Map(ledger.activities.map((a) => [a.ref, a]));
    expect(byRef.get('2023年!3')).toEqual({
      ref: '2023年!3',
      personKey: id1,
      kind: 'job-training',
      declaredSubject: 'professional',
      start: dayNumber(2023, 5, 8),
      end: dayNumber(2023, 5, 13),
      claimedHours: 24,
    });
    expect(byRef.get('2023年!4')).toMatchObject({
      kind: 'academic-event',
      start: dayNumber(2023, 5, 8),
      end: dayNumber(2023, 5, 8),
      claimedHours: 6,
    });
    expect(byRef.get('2023年!5')).toMatchObject({
      kind: 'public-course',
      start: dayNumber(2023, 6, 1),
      end: dayNumber(2023, 6, 30),
      claimedHours: 17.5,
      declaredSubject: 'public',
    });
    expect(byRef.get('2023年!8')).toMatchObject({ personKey: id2, claimedHours: 3.5 });
  });

  it('reports the subtotal and the repeated header, and (once) that it has no evidence column, nothing else', () => {
    expect(positions(ledger)).toEqual([
      { code: 'evidence-column-missing', row: null, column: null },
      { code: 'row-subtotal', row: 6, column: 'A' },
      { code: 'row-repeated-header', row: 7, column: null },
    ]);
  });

  it('keys people by ID, with sex from the ID', () => {
    expect(ledger.people).toEqual([
      { key: id1, name: '张三', idNumber: id1, sex: 'male' },
      { key: id2, name: '李四', idNumber: id2, sex: 'female' },
    ]);
    expect(ledger.origins.get('2023年!8')).toEqual({ sheet: '2023年', row: 8 });
  });
});

describe('readLedger: people', () => {
  it('keys a person without a valid ID by name, and joins ID-less rows to the one ID of that name', () => {
    const l = read(
      testSheet([
        testRow(ok),
        testRow({ ...ok, id: null, start: '2023-06-01', end: '2023-06-02' }),
        testRow({ ...ok, name: '王五', id: null }),
      ]),
    );
    expect(l.people.map((p) => p.key)).toEqual([ID, 'name:王五']);
    expect(l.activities.map((a) => a.personKey)).toEqual([ID, ID, 'name:王五']);
  });

  it('joins a row whose ID Excel turned into a number to the one ID of that name that starts with its digits', () => {
    const asText = read(
      testSheet([testRow(ok), testRow({ ...ok, id: '3.70202E+17', start: '2023-06-01', end: '2023-06-02' })]),
    );
    expect(asText.people.map((p) => p.key)).toEqual([ID]);
    expect(asText.activities.map((a) => a.personKey)).toEqual([ID, ID]);
    // The ID cell is still an error on its row.
    expect(asText.findings).toContainEqual(
      expect.objectContaining({ code: 'id-numeric-lost-digits', row: 3 }),
    );

    const asNumber = read(
      testSheet([
        testRow(ok),
        testRow({ ...ok, id: Number(ID.slice(0, 17)) * 10, start: '2023-06-01', end: '2023-06-02' }),
      ]),
    );
    expect(asNumber.people.map((p) => p.key)).toEqual([ID]);
  });

  it('never joins a row with an invalid ID by name when its digits disagree with the ID', () => {
    const l = read(
      testSheet([testRow(ok), testRow({ ...ok, id: '4.10202E+17', start: '2023-06-01', end: '2023-06-02' })]),
    );
    expect(l.people.map((p) => p.key)).toEqual([ID, 'name:张三']);
  });

  it('reads 职称系列 and the year of 取得现职称时间', () => {
    const l = read({
      sheet: 's',
      rows: [
        ['姓名', '身份证号', '职称系列', '取得现职称时间', '学习形式', '学时'],
        ['张三', ID, '工程 系列', '2020年7月', '岗位培训', 8],
      ],
    });
    expect(l.people[0]).toMatchObject({ series: '工程系列', qualificationYear: 2020 });
  });

  it('keeps reading after a bad cell: the row is still an activity', () => {
    const l = read(
      testSheet([
        testRow({ ...ok, hours: '十几学时' }),
        testRow({ ...ok, start: '2023-06-01', end: '2023-06-01', days: 1, hours: 8 }),
      ]),
    );
    expect(l.activities).toHaveLength(2);
    expect(l.activities[0].claimedHours).toBeUndefined();
    expect(l.findings[0]).toMatchObject({
      code: 'hours-text',
      severity: 'warning',
      layer: 'ledger',
      sheet: '台账',
      row: 2,
      column: 'J',
      personKey: ID,
      params: { text: '十几学时' },
    });
  });

  it('reads hours in Chinese numerals as the number they say, with a note showing the reading', () => {
    const l = read(testSheet([testRow({ ...ok, hours: '八学时' })]));
    expect(l.activities).toHaveLength(1);
    expect(l.activities[0].claimedHours).toBe(8);
    expect(l.findings).toHaveLength(1);
    expect(l.findings[0]).toMatchObject({
      code: 'hours-in-numerals',
      severity: 'info',
      layer: 'ledger',
      sheet: '台账',
      row: 2,
      column: 'J',
      personKey: ID,
      params: { text: '八学时', hours: 8 },
    });
  });

  it('names the first row of a duplicate', () => {
    const l = read(testSheet([testRow(ok), testRow(ok)]));
    expect(l.findings[0].params).toMatchObject({ first: '台账!2', firstRow: 2 });
  });
});

describe('readLedger: sources and options', () => {
  it('prefixes refs with the file', () => {
    const l = readLedger({ file: 'a.xlsx', ...testSheet([testRow(ok)]) }, { today: TODAY });
    expect(l.activities[0].ref).toBe('a.xlsx|台账!2');
    expect(l.origins.get('a.xlsx|台账!2')).toEqual({ file: 'a.xlsx', sheet: '台账', row: 2 });
  });

  it('reports a sheet without a header once, and reads nothing', () => {
    const l = read({ sheet: '说明', rows: [['填表说明'], ['1. 姓名请填写全名']] });
    expect(positions(l)).toEqual([{ code: 'header-not-found', row: null, column: null }]);
    expect(l.sources[0]).toEqual({ sheet: '说明', headerRow: 0, dataRows: 0, columns: {} });
  });

  it('uses an explicit mapping when there is no header', () => {
    const l = read({
      sheet: 's',
      rows: [['张三', ID, '岗位培训', 8]],
      mapping: { name: 0, idNumber: 1, kind: 2, hours: 3 },
    });
    expect(l.activities).toHaveLength(1);
    expect(l.sources[0].headerRow).toBe(0);
  });

  it('reads dates in the 1904 system', () => {
    const l = read({ ...testSheet([testRow({ ...ok, start: 43592, end: 43592 })]), date1904: true });
    expect(l.activities[0].start).toBe(dayNumber(2023, 5, 8));
  });

  it('matches user-defined kinds from the rule book', () => {
    const book = createRuleBook([
      {
        code: 'patent-2024',
        name: '专利转化',
        nameEn: 'Patent',
        aliases: ['专利转化'],
        clause: '四(四)5',
        clauseText: '…',
        credit: { type: 'perItem', hoursPerItem: 12 },
        subject: { type: 'declared', fallback: 'professional' },
        yearRule: 'evidenceYear',
        evidence: [],
        effectiveFrom: '2023-02-20',
        userDefined: true,
      },
    ]);
    const l = readLedger(testSheet([testRow({ ...ok, kind: '专利转化' })]), { book, today: TODAY });
    expect(l.activities[0].kind).toBe('patent-2024');
  });
});

describe('readLedgers: one sheet per year, joined by ID', () => {
  const years = [2019, 2020, 2021, 2022, 2023];
  const sources = years.map((y) =>
    testSheet(
      [
        testRow({ ...ok, start: `${y}-05-08`, end: `${y}-05-10`, year: y }),
        testRow({
          name: '李四',
          id: testId(24),
          kind: '学术会议',
          start: `${y}-03-01`,
          end: `${y}-03-01`,
          hours: 4,
          days: 1,
        }),
      ],
      `${y}年`,
    ),
  );
  const l = readLedgers(sources, { today: TODAY });

  it('has one person per ID across the five sheets, with all their rows', () => {
    expect(l.people.map((p) => p.key)).toEqual([ID, testId(24)]);
    expect(l.activities.filter((a) => a.personKey === ID).map((a) => a.year)).toEqual(years);
    expect(l.sources.map((s) => s.sheet)).toEqual(['2019年', '2020年', '2021年', '2022年', '2023年']);
    expect(l.findings).toEqual([]);
  });

  it('raises identity conflicts across sheets, not only within one', () => {
    const j = readLedgers(
      [
        testSheet([testRow(ok)], '2022年'),
        testSheet([testRow({ ...ok, name: '张叁', start: '2023-01-03', end: '2023-01-04' })], '2023年'),
      ],
      { today: TODAY },
    );
    expect(j.findings.map((f) => ({ code: f.code, sheet: f.sheet, row: f.row }))).toEqual([
      { code: 'id-two-names', sheet: '2023年', row: 2 },
    ]);
  });
});

describe('a ledger whose kind column holds only 公需科目 / 专业科目', () => {
  it('credits both and says once for the sheet how the rows were read', () => {
    const l = read(
      testSheet([
        testRow({ ...ok, kind: '专业科目', hours: 16, days: 2 }),
        testRow({ ...ok, kind: '专业科目', hours: 8, days: 1, start: '2023-09-01', end: '2023-09-01' }),
        testRow({ ...ok, kind: '公需科目', hours: 30 }),
      ]),
    );
    expect(l.activities.map((a) => a.kind)).toEqual([
      'professional-course',
      'professional-course',
      'public-course',
    ]);
    expect(l.findings.filter((f) => f.code === 'kind-from-subject')).toHaveLength(1);
    expect(l.findings.find((f) => f.code === 'kind-from-subject')).toMatchObject({
      row: null,
      severity: 'info',
    });
  });
});

describe('ledgers as offices keep them', () => {
  const sheet = (header: string[], ...rows: unknown[][]) => ({ sheet: '台账', rows: [header, ...rows] });

  it('without an ID column, 工号 tells two people of one name apart and joins the rows of one', () => {
    const l = read(
      sheet(
        ['工号', '姓名', '科室', '学习形式', '学时', '培训日期'],
        ['QD1001', '张伟', '设备科', '岗位培训', 8, '2024-05-08'],
        ['QD1002', '张伟', '检验科', '岗位培训', 8, '2024-05-09'],
        ['QD1001', '张伟', '设备科', '学术会议', 6, '2024-06-01'],
      ),
    );
    expect(l.people.map((p) => [p.key, p.name])).toEqual([
      ['staff:QD1001', '张伟'],
      ['staff:QD1002', '张伟'],
    ]);
    expect(l.activities.map((a) => a.personKey)).toEqual(['staff:QD1001', 'staff:QD1002', 'staff:QD1001']);
  });

  it('reads the level and score of a 职称外语 row from 备注 and says so; the kind label’s own level silently', () => {
    const l = read(
      sheet(
        ['姓名', '学习形式', '年度', '备注'],
        ['张三', '职称外语', 2024, 'A级 75分'],
        ['李四', '职称外语B级', 2024, '成绩：68'],
      ),
    );
    expect(l.activities.map((a) => [a.kind, a.level, a.score])).toEqual([
      ['foreign-language', 'A', 75],
      ['foreign-language', 'B', 68],
    ]);
    expect(
      l.findings.filter((f) => f.code === 'text-facts-read').map((f) => [f.row, f.params.found]),
    ).toEqual([
      [2, 'A级, 75分'],
      [3, '成绩:68'],
    ]);
  });

  it('reads modules from the course name and evidence words from 备注', () => {
    const l = read(
      sheet(
        ['姓名', '培训内容', '学习形式', '年度', '备注'],
        ['张三', '计算机应用能力考试（2个模块）', '计算机', 2024, '有合格证'],
      ),
    );
    expect(l.activities[0]).toMatchObject({ kind: 'computer', count: 2, evidence: '有合格证' });
  });

  it('one finding per unknown word, listing its rows', () => {
    const l = read(
      sheet(
        ['姓名', '学习形式', '学时', '培训日期'],
        ['张三', '技能比武', 8, '2024-05-08'],
        ['李四', '技能比武', 8, '2024-05-09'],
        ['王五', '读书会', 8, '2024-05-10'],
        ['赵六', '技能比武', 8, '2024-05-11'],
      ),
    );
    expect(l.findings.filter((f) => f.code === 'kind-unknown').map((f) => [f.row, f.params])).toEqual([
      [2, { text: '技能比武', rows: '2, 3, 5', count: 3 }],
      [4, { text: '读书会', rows: '4', count: 1 }],
    ]);
  });

  it("姓名 and 身份证号 merged down over a person's rows: the rows below are that person's, noted once per run", () => {
    const l = read(
      sheet(
        ['姓名', '身份证号', '学习形式', '学时', '培训日期'],
        ['张三', ID, '岗位培训', 8, '2024-05-08'],
        [null, null, '学术会议', 8, '2024-05-09'],
        [null, null, '专题讲座', 4, '2024-05-10'],
        ['李四', testId(22), '岗位培训', 8, '2024-05-08'],
        [null, null, '学术会议', 8, '2024-05-09'],
        [],
        [null, null, '学术会议', 8, '2024-05-11'],
      ),
    );
    expect(l.activities.map((a) => [a.personKey, a.kind])).toEqual([
      [ID, 'job-training'],
      [ID, 'academic-event'],
      [ID, 'academic-event'],
      [testId(22), 'job-training'],
      [testId(22), 'academic-event'],
    ]);
    expect(
      l.findings
        .filter((f) => f.code === 'person-from-row-above')
        .map((f) => [f.row, f.params.rows, f.params.name, f.personKey]),
    ).toEqual([
      [3, '3–4', '张三', ID],
      [6, '6', '李四', testId(22)],
    ]);
    // After a blank row nothing is carried: that row has no person.
    expect(l.findings.filter((f) => f.code === 'row-no-person').map((f) => f.row)).toEqual([8]);
    // A numbered row (its own 序号) without a name is a name left out, not a merged cell.
    const m = read(
      sheet(
        ['序号', '姓名', '身份证号', '学习形式', '学时', '培训日期'],
        [1, '张三', ID, '岗位培训', 8, '2024-05-08'],
        [2, null, null, '学术会议', 8, '2024-05-09'],
      ),
    );
    expect(m.activities).toHaveLength(1);
    expect(m.findings.filter((f) => f.code === 'row-no-person').map((f) => f.row)).toEqual([3]);
  });

  it('学时 split into 公需科目 | 专业科目 under one merged 学时: the column is the subject; both on a training row is an error', () => {
    const l = read({
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '起止时间', '学时', null, null, '备注'],
        [null, null, null, null, '公需科目', '专业科目', '合计', null],
        ['张三', ID, '网络培训', '2024.3-2024.5', 30, null, 30, null],
        ['张三', ID, '学术会议', '2024.5.16-5.17', null, '2天', null, null],
        ['张三', ID, '援疆', '2024.1.1-2024.12.31', 30, 60, 90, null],
        ['张三', ID, '岗位培训', '2024.9.2-9.4', 8, 16, 24, null],
      ],
    });
    expect(l.sources[0].columns).toMatchObject({ publicHours: 'E', professionalHours: 'F', totalHours: 'G' });
    expect(l.sources[0].columns.hours).toBeUndefined();
    expect(l.activities.map((a) => [a.claimedHours, a.declaredSubject])).toEqual([
      [30, 'public'],
      [16, 'professional'],
      [90, undefined],
      [16, 'professional'],
    ]);
    expect(
      l.findings.filter((f) => f.code === 'hours-both-subjects').map((f) => [f.severity, f.row, f.column]),
    ).toEqual([['error', 6, 'F']]);
  });

  it('signature lines under the ledger (制表人：… 审核人：) are a note, not a row without a person', () => {
    const l = read(
      sheet(
        ['姓名', '身份证号', '学习形式', '学时', '培训日期'],
        ['张三', ID, '岗位培训', 8, '2024-05-08'],
        [],
        ['制表人：王丽丽', null, null, '审核人：', null],
      ),
    );
    expect(positions(l).filter((f) => f.code !== 'evidence-column-missing')).toEqual([
      { code: 'row-title', row: 4, column: 'A' },
    ]);
  });

  it('a column with an unknown header is read by its content (all 公需/专业 → subject, form names → kind), noted', () => {
    const l = read(
      sheet(
        ['姓名', '身份证号', '分类', '形式', '名称', '学时', '日期'],
        ['张三', ID, '公需', '线上学习', '2024年公需科目', 30, '2024.5'],
        ['张三', ID, '专业', '岗位培训', '抗震规范宣贯', 16, '2024.6.3-6.4'],
        ['张三', ID, '专业', '学术会议', '结构学术年会', 8, '2024.9.5'],
      ),
    );
    expect(l.sources[0].columns).toMatchObject({ subject: 'C', kind: 'D' });
    expect(l.activities.map((a) => [a.kind, a.declaredSubject])).toEqual([
      ['online-learning', 'public'],
      ['job-training', 'professional'],
      ['academic-event', 'professional'],
    ]);
    expect(
      l.findings.filter((f) => f.code === 'header-by-content').map((f) => [f.row, f.column, f.params.text]),
    ).toEqual([
      [1, 'C', '分类'],
      [1, 'D', '形式'],
    ]);
    // Free text under an unknown header is left alone: titles are not forms.
    const m = read(
      sheet(
        ['姓名', '身份证号', '学习形式', '名称', '学时', '日期'],
        ['张三', ID, '岗位培训', '专业技术人员公需科目培训', 16, '2024.6.3-6.4'],
        ['张三', ID, '岗位培训', '专业课程', 16, '2024.7.3-7.4'],
        ['张三', ID, '岗位培训', '专业技能', 16, '2024.8.3-8.4'],
      ),
    );
    expect(m.findings.filter((f) => f.code === 'header-by-content')).toEqual([]);
  });

  it('a bare 会议 or 培训 in the kind column, with a title naming no form, is read as 四(一)3 / 四(一)2 and noted', () => {
    const l = read(
      sheet(
        ['姓名', '活动类别', '活动名称/内容', '时长/数量', '时间'],
        ['张三', '会议', '2025中国质量大会', '16', '2025.9.10-9.11'],
        ['张三', '培训', '六西格玛绿带', '16', '2025.4.8-4.9'],
        ['李四', '会议', '第十届中国智能制造大会', '8', '2025.12.30'],
      ),
    );
    expect(l.activities.map((a) => a.kind)).toEqual(['academic-event', 'job-training', 'academic-event']);
    expect(
      l.findings.filter((f) => f.code === 'kind-matched-by-keyword').map((f) => [f.row, f.params.rows]),
    ).toEqual([
      [2, '2, 4'],
      [3, '3'],
    ]);
    expect(l.findings.filter((f) => f.code === 'kind-unknown')).toEqual([]);
  });

  it('培训类别 beside 学习形式 is the subject column; a heading like 培训进修类 lets the title name the form', () => {
    const l = read(
      sheet(
        ['姓名', '培训类别', '学习形式', '继续教育类别', '项目名称', '学时', '培训日期'],
        ['张三', '专业科目', '岗位培训', '', '', 16, '2024-05-08'],
      ),
    );
    expect(l.activities[0]).toMatchObject({ kind: 'job-training', declaredSubject: 'professional' });
    const m = read(
      sheet(
        ['姓名', '继续教育类别', '科目类别', '项目名称', '学时', '培训日期'],
        ['张三', '成果论文类', '专业科目', '论文《焊接变形控制研究》', 10, '2024-05-18'],
      ),
    );
    expect(m.activities[0].kind).toBe('publication');
  });

  it('no evidence column: one note for the sheet', () => {
    const l = read(sheet(['姓名', '学习形式', '学时', '培训日期'], ['张三', '岗位培训', 8, '2024-05-08']));
    expect(l.findings.filter((f) => f.code === 'evidence-column-missing').map((f) => f.row)).toEqual([null]);
  });
});

describe('who a row is about, when the cells are off', () => {
  it('an ID with a wrong check digit is kept (unverified) to be shown masked, the person keyed by name', () => {
    const bad = testId(11).slice(0, 17) + (testId(11).endsWith('0') ? '1' : '0');
    const l = read(testSheet([testRow({ ...ok, id: bad })]));
    expect(l.people).toEqual([expect.objectContaining({ key: 'name:张三', unverifiedId: bad })]);
    expect(l.findings.map((f) => f.code)).toContain('id-check-digit');
  });

  it('a name that starts with a formula sign gets a hint', () => {
    const l = read(testSheet([testRow({ ...ok, name: '=张三' }), testRow({ ...ok, name: '@李四' })]));
    expect(l.findings.filter((f) => f.code === 'name-formula-like').map((f) => [f.row, f.column])).toEqual([
      [2, 'B'],
      [3, 'B'],
    ]);
  });
});
