/**
 * Small ledgers for tests: valid ID numbers built from their parts, and one
 * sheet per intake code that produces it (codes.test.ts proves every code is
 * reachable and its messages fill every placeholder).
 */
import { idCheckChar } from './parse/idNumber';
import type { LedgerCode } from './codes';
import type { LedgerSource } from './types';

/**
 * A valid ID: area 370202, the birth date, a 3-digit sequence (odd = male).
 * @example testId(1) === '370202198001010016' … (female for even `seq`)
 */
export function testId(seq: number, birth = '19800101'): string {
  const first17 = `370202${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** The header the intake tests share: A 序号 … L 证明材料. */
export const TEST_HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '学习形式',
  '科目类别',
  '内容',
  '开始日期',
  '结束日期',
  '年度',
  '学时',
  '天数',
  '证明材料',
];

/** A row under `TEST_HEADER`, by field name. */
export function testRow(cells: {
  seq?: unknown;
  name?: unknown;
  id?: unknown;
  kind?: unknown;
  subject?: unknown;
  title?: unknown;
  start?: unknown;
  end?: unknown;
  year?: unknown;
  hours?: unknown;
  days?: unknown;
  evidence?: unknown;
}): unknown[] {
  const c = cells;
  return [
    c.seq ?? null,
    c.name ?? null,
    c.id ?? null,
    c.kind ?? null,
    c.subject ?? null,
    c.title ?? null,
    c.start ?? null,
    c.end ?? null,
    c.year ?? null,
    c.hours ?? null,
    c.days ?? null,
    c.evidence ?? null,
  ];
}

/** A sheet: the header on row 1, `rows` from row 2. */
export function testSheet(rows: unknown[][], sheet = '台账'): LedgerSource {
  return { sheet, rows: [TEST_HEADER, ...rows] };
}

/** A clean training row (张三, 16 hours over 2 days): the tests' good row, varied one field at a time. */
export const GOOD_ROW = {
  name: '张三',
  id: testId(11),
  kind: '岗位培训',
  start: '2023-05-08',
  end: '2023-05-10',
  hours: 16,
  days: 2,
  evidence: '证1',
};

/**
 * A register kept one row per person (wideReader.ts), its year in the title: 王建国's
 * items, 李秀英's 公需 hours written "已完成", 孙丽's 专业 as a 小计 only.
 */
export const WIDE_SAMPLE: LedgerSource = {
  sheet: '2025年度登记表',
  rows: [
    ['专业技术人员继续教育学时登记表（2025年度）'],
    ['序号', '姓名', '身份证号', '公需科目', null, '专业科目', null, null, null, null],
    [null, null, null, '学习内容', '学时', '培训项目1', '学时1', '培训项目2', '学时2', '小计'],
    [1, '王建国', testId(11), '公需科目网络培训', 30, '安全技术培训（3天）', 24, 'BIM研修班（2天）', 16, 40],
    [2, '李秀英', testId(22), '公需科目网络培训', '已完成', '安全技术培训（3天）', 24, null, null, 24],
    [3, '孙丽', testId(33), '公需科目网络培训', 30, null, null, null, null, 64],
  ],
};

/** For each intake code, sheets whose reading (joined) raises it. */
export const INTAKE_SAMPLES: Partial<Record<LedgerCode, LedgerSource[]>> = {
  'header-duplicate-column': [
    {
      sheet: 's',
      rows: [
        ['姓名', '学时', '学习形式', '姓名'],
        ['张三', 8, '岗位培训', '张三'],
      ],
    },
  ],
  'kind-unknown': [testSheet([testRow({ ...GOOD_ROW, kind: '团建活动' })])],
  'kind-ambiguous': [testSheet([testRow({ ...GOOD_ROW, kind: '支教病假' })])],
  'kind-matched-by-keyword': [testSheet([testRow({ ...GOOD_ROW, kind: '参加岗位培训班' })])],
  'kind-missing': [testSheet([testRow({ ...GOOD_ROW, kind: null, title: '读书' })])],
  'kind-from-subject': [testSheet([testRow({ ...GOOD_ROW, kind: '专业', subject: null })])],
  'kind-training-word': [testSheet([testRow({ ...GOOD_ROW, kind: '单位内训', subject: '专业科目' })])],
  'text-facts-read': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '年度', '备注'],
        ['张三', testId(11), '职称外语', 2023, 'A级 75分'],
      ],
    },
  ],
  'evidence-column-missing': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '学习形式', '学时'],
        ['张三', '岗位培训', 8],
      ],
    },
  ],
  // One 时长/数量 column: months for a posting, items for papers, a duration for 业务进修.
  'hours-cell-months': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '起止时间', '时长/数量'],
        ['张三', testId(11), '援派', '2023.3.1-2023.8.31', '6个月'],
      ],
    },
  ],
  'hours-cell-items': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '时间', '时长/数量'],
        ['张三', testId(11), '论文', '2023.5', '2篇'],
      ],
    },
  ],
  'hours-cell-duration': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '时间', '时长/数量'],
        ['张三', testId(11), '业务进修', '2023.3.1-5.31', '3个月'],
      ],
    },
  ],
  // 学时 split into 公需科目 | 专业科目, both filled on a training row.
  'hours-both-subjects': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '学习形式', '起止时间', '公需科目学时', '专业科目学时'],
        ['张三', testId(11), '岗位培训', '2023.3.1-3.3', 8, 16],
      ],
    },
  ],
  // 姓名 and 身份证号 merged down over a person's rows: only the first row has them.
  'person-from-row-above': [
    testSheet([testRow(GOOD_ROW), testRow({ ...GOOD_ROW, name: null, id: null, hours: 4 })]),
  ],
  // One sheet per person: the person in a block above a table that names no person.
  'person-from-block': [
    {
      sheet: '王丽华',
      rows: [
        ['继续教育登记卡'],
        ['姓名', '王丽华', '身份证号', testId(11)],
        [],
        ['序号', '学习时间', '学习内容', '学习方式', '学时'],
        [1, '2023.5.8-5.9', '档案业务培训', '岗位培训', 16],
      ],
    },
  ],
  // Headers the catalogue does not know over columns of 公需 / 专业 and of form names.
  'header-by-content': [
    {
      sheet: '台账',
      rows: [
        ['姓名', '身份证号', '分类', '形式', '学时', '日期'],
        ['张三', testId(11), '公需', '线上学习', 30, '2023.5'],
        ['张三', testId(11), '专业', '岗位培训', 16, '2023.6.1-6.2'],
        ['张三', testId(11), '专业', '学术会议', 8, '2023.9.5'],
      ],
    },
  ],
  // An HR system's export: 培训类型 names the form, 培训方式 only 线上 / 线下 / 其他.
  'header-kind-by-content': [
    {
      sheet: '培训记录',
      rows: [
        ['姓名', '身份证号', '培训类型', '学时类型', '培训方式', '获得学时', '培训开始日期'],
        ['张三', testId(11), '公需科目', '公需', '线上', 30, '2023-05-08'],
        ['张三', testId(11), '论文发表', '专业', '其他', 10, '2023-06-01'],
        ['张三', testId(11), '学术会议', '专业', '线下', 8, '2023-09-05'],
      ],
    },
  ],
  'row-subtotal': [testSheet([testRow(GOOD_ROW), testRow({ name: '合计', hours: 16 })])],
  'row-repeated-header': [testSheet([testRow(GOOD_ROW), TEST_HEADER])],
  'sheet-wide-register': [
    {
      sheet: '2025年度登记表',
      rows: [
        ['序号', '姓名', '身份证号', '公需科目', null, '专业科目', null, null, null],
        [null, null, null, '学习内容', '学时', '培训项目1', '学时1', '培训项目2', '学时2'],
        [1, '王建国', testId(11), '公需科目网络培训', 30, '安全技术培训（3天）', 24, 'BIM研修班（2天）', 16],
      ],
    },
  ],
  'wide-year-from-title': [WIDE_SAMPLE],
  'wide-subtotal-only': [WIDE_SAMPLE],
  'wide-hours-status': [WIDE_SAMPLE],
  'row-title': [testSheet([['二、管理人员'], testRow(GOOD_ROW)])],
  'row-no-person': [testSheet([testRow({ ...GOOD_ROW, name: null, id: null })])],
  'row-no-activity': [testSheet([testRow({ name: '李四', id: testId(22) })])],
  'row-near-duplicate': [testSheet([testRow(GOOD_ROW), testRow({ ...GOOD_ROW, evidence: '另一证书' })])],
  'name-formula-like': [testSheet([testRow({ ...GOOD_ROW, name: '=张三' })])],
  'row-duplicate': [testSheet([testRow(GOOD_ROW), testRow(GOOD_ROW)])],
  'id-two-names': [testSheet([testRow(GOOD_ROW), testRow({ ...GOOD_ROW, name: '张叁', hours: 8 })])],
  'name-two-ids': [testSheet([testRow(GOOD_ROW), testRow({ ...GOOD_ROW, id: testId(33), hours: 8 })])],
  // A row without an ID, joined by its name to the one 张三 with an ID.
  'person-joined-by-name': [testSheet([testRow(GOOD_ROW), testRow({ ...GOOD_ROW, id: null, hours: 8 })])],
  'year-disagrees-with-dates': [testSheet([testRow({ ...GOOD_ROW, year: 2022 })])],
  // 年度 merged down over a person's rows of one year: only the first row has it.
  'year-from-row-above': [
    testSheet([
      testRow({ ...GOOD_ROW, year: 2023 }),
      testRow({ ...GOOD_ROW, kind: '论文', start: null, end: null, hours: null, days: null }),
    ]),
  ],
};
