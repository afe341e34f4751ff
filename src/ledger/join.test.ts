/**
 * Joining a row whose ID was typed wrong to the person it belongs to: the digits
 * it still shows agree with one valid ID of the same name.
 */
import { dayNumber } from '../rules/dates';
import { findingMessage } from './findings';
import { readLedger, readLedgers } from './intake';
import { GOOD_ROW, testId, testRow, testSheet } from './intakeSamples';
import { maskIdNumber } from './parse/idNumber';
import type { Finding } from './types';
import { digitsAgree } from './join';

describe('digitsAgree', () => {
  const id = '370215199802280754';
  it.each([
    ['370215', true], // the digits Excel kept of 3.70215E+17
    ['37021519980228075', true], // only the check digit was wrong
    ['37021519980228705', true], // two neighbours swapped
    ['37021519980228079', true], // one digit typed wrong
    ['37021519980228797', false], // two digits wrong
    ['37021519980228570', false], // two digits swapped that are not neighbours
    ['370216', false],
  ])('%s → %p', (digits, expected) => {
    expect(digitsAgree(digits, id)).toBe(expected);
  });
});

describe('a row with a mistyped ID', () => {
  const good = testId(75, '19980228');
  const typo = good.slice(0, 14) + good[15] + good[14] + good.slice(16);
  const read = () =>
    readLedger(
      {
        sheet: '培训记录',
        rows: [
          ['员工编号', '姓名', '证件号码', '学习形式', '获得学时', '培训开始日期'],
          ['100902', '赵鹏', good, '岗位培训', 16, '2025-03-03'],
          ['100902', '赵鹏', typo, '线上学习', 24, '2025-11-30'],
        ],
      },
      { today: dayNumber(2025, 12, 31) },
    );

  it('joins the one person of that name whose ID it nearly is, even when keyed by 工号, and keeps the error', () => {
    expect(typo).not.toBe(good);
    const l = read();
    expect(l.people.map((p) => p.key)).toEqual([good]);
    expect(l.activities.map((a) => a.personKey)).toEqual([good, good]);
    expect(l.findings.find((f) => f.code === 'id-check-digit')).toMatchObject({ personKey: good, row: 3 });
  });
});

describe('person-joined-by-name: a row joined by its name is said so', () => {
  const A = GOOD_ROW.id;
  const joinedNotes = (l: { findings: Finding[] }) =>
    l.findings.filter((f) => f.code === 'person-joined-by-name');

  it('the mistyped ID: one note on the row, naming the person and the masked ID, beside the check-digit error', () => {
    const good = testId(75, '19980228');
    const typo = good.slice(0, 14) + good[15] + good[14] + good.slice(16);
    const l = readLedger(
      {
        sheet: '培训记录',
        rows: [
          ['员工编号', '姓名', '证件号码', '学习形式', '获得学时', '培训开始日期'],
          ['100902', '赵鹏', good, '岗位培训', 16, '2025-03-03'],
          ['100902', '赵鹏', typo, '线上学习', 24, '2025-11-30'],
        ],
      },
      { today: dayNumber(2025, 12, 31) },
    );
    const notes = joinedNotes(l);
    expect(notes).toEqual([
      {
        severity: 'info',
        code: 'person-joined-by-name',
        layer: 'ledger',
        clause: null,
        sheet: '培训记录',
        row: 3,
        column: 'C',
        params: { rows: '3', name: '赵鹏', id: maskIdNumber(good) },
        personKey: good,
      },
    ]);
    expect(maskIdNumber(good)).toBe('370202********0752');
    expect(findingMessage(notes[0], 'zh')).toBe(
      `第3行没有有效的身份证号，按姓名“赵鹏”并入身份证号为 ${maskIdNumber(good)} 的人员，请核对`,
    );
    expect(findingMessage(notes[0], 'en')).toBe(
      `Rows 3 have no valid ID number: joined by the name "赵鹏" to the person with ID ${maskIdNumber(good)}; please check`,
    );
    expect(l.findings.some((f) => f.code === 'id-check-digit' && f.row === 3)).toBe(true);
  });

  it('rows without an ID: one note per joined person, on the first row, listing the rows', () => {
    const l = readLedger(
      testSheet([
        testRow({ ...GOOD_ROW, id: null, hours: 8 }),
        testRow({ ...GOOD_ROW, name: '李四', id: testId(22) }),
        testRow(GOOD_ROW),
        testRow({ ...GOOD_ROW, id: null, start: '2023-09-01', end: '2023-09-01', hours: 4 }),
        testRow({ ...GOOD_ROW, name: '李四', id: null, start: '2023-10-01', end: '2023-10-01', hours: 4 }),
      ]),
      { today: dayNumber(2024, 1, 1) },
    );
    expect(l.people.map((p) => p.key).sort()).toEqual([A, testId(22)].sort());
    expect(joinedNotes(l)).toMatchObject([
      { row: 2, column: 'C', params: { rows: '2, 5', name: '张三', id: maskIdNumber(A) }, personKey: A },
      { row: 6, column: 'C', params: { rows: '6', name: '李四', id: maskIdNumber(testId(22)) } },
    ]);
    expect(findingMessage(joinedNotes(l)[0], 'zh')).toMatch(/^第2、5行没有有效的身份证号，按姓名“张三”并入/);
  });

  it('joined across sheets: the note is on the sheet of the rows joined', () => {
    const l = readLedgers(
      [
        testSheet([testRow(GOOD_ROW)], '2023年'),
        testSheet([testRow({ ...GOOD_ROW, id: null, start: '2024-05-08', end: '2024-05-10' })], '2024年'),
      ],
      { today: dayNumber(2025, 1, 1) },
    );
    expect(l.people.map((p) => p.key)).toEqual([A]);
    expect(joinedNotes(l)).toMatchObject([{ sheet: '2024年', row: 2, params: { rows: '2', name: '张三' } }]);
  });

  it('not joined (two people of that name have an ID): no note', () => {
    const l = readLedger(
      testSheet([
        testRow(GOOD_ROW),
        testRow({ ...GOOD_ROW, id: testId(33), hours: 8 }),
        testRow({ ...GOOD_ROW, id: null, hours: 4 }),
      ]),
      { today: dayNumber(2024, 1, 1) },
    );
    expect(l.people.map((p) => p.key)).toHaveLength(3);
    expect(joinedNotes(l)).toEqual([]);
  });

  it('lists ten rows, then …', () => {
    const rows = [testRow(GOOD_ROW)];
    for (let d = 1; d <= 12; d++) {
      const day = `2023-09-${String(d).padStart(2, '0')}`;
      rows.push(testRow({ ...GOOD_ROW, id: null, start: day, end: day, hours: 1 }));
    }
    const l = readLedger(testSheet(rows), { today: dayNumber(2024, 1, 1) });
    expect(joinedNotes(l).map((f) => [f.row, f.params.rows])).toEqual([
      [3, '3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …'],
    ]);
  });

  it('a ledger where everyone has an ID: no note', () => {
    const l = readLedger(testSheet([testRow(GOOD_ROW)]), { today: dayNumber(2024, 1, 1) });
    expect(joinedNotes(l)).toEqual([]);
  });
});

describe('the same course in a platform export and in the unit’s own ledger', () => {
  const id = testId(31, '19850312');
  const read = () =>
    readLedgers(
      [
        {
          sheet: '学习记录',
          file: '平台导出.xlsx',
          rows: [
            [
              '姓名',
              '证件号码',
              '年度',
              '课程名称',
              '课程类别',
              '学时',
              '学习方式',
              '完成时间',
              '考试成绩',
              '是否通过',
            ],
            [
              '王建国',
              id,
              2024,
              'BIM技术在工程设计中的应用',
              '专业课',
              7.5,
              '网络学习',
              '2024-04-08 10:02:33',
              '—',
              '是',
            ],
          ],
        },
        {
          sheet: '台账',
          file: '单位台账.csv',
          rows: [
            [
              '姓名',
              '身份证号',
              '项目内容',
              '继续教育形式',
              '科目类别',
              '起始日期',
              '截止日期',
              '天数',
              '登记学时',
              '证明材料',
            ],
            [
              '王建国',
              id,
              'BIM技术在工程设计中的应用',
              '网络学习',
              '专业',
              '2024-04-08',
              '2024-04-08',
              '',
              7.5,
              '平台学习记录',
            ],
          ],
        },
      ],
      { today: dayNumber(2026, 1, 8) },
    );

  it('is reported as a possible repeat (one file gives the 年度, the other only the day)', () => {
    const l = read();
    const repeats = l.findings.filter((f) => f.code === 'row-near-duplicate' || f.code === 'row-duplicate');
    // Not every field is equal (证明材料, 是否通过): both rows stay, and the officer is asked.
    expect(repeats.map((f) => [f.code, f.file, f.row])).toEqual([['row-near-duplicate', '单位台账.csv', 2]]);
    expect(l.activities).toHaveLength(2);
  });
});
