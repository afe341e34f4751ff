/**
 * Ledger ranges as Excel hands them to a custom function (`Range.values`):
 * header row included, dates as serial numbers, empty cells as "" and error
 * cells as their text. The same people in two layouts.
 */
import { dayNumber } from '../../src/rules/dates';
import { validId } from './helpers';

/** The Excel (1900 system) serial of a date. */
export function serial(y: number, m: number, d: number): number {
  return dayNumber(y, m, d) + 25569;
}

export const ID = {
  zhang: validId('37020219800101123'),
  li: validId('37020219850505432'),
  wang: validId('37021119700303211'),
  zhaoA: validId('37028119900909001'),
  zhaoB: validId('37028119910101002'),
  qian: validId('37020319750707665'),
};

const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '职称系列',
  '学习形式',
  '科目类别',
  '内容',
  '学时',
  '天数',
  '开始日期',
  '结束日期',
  '证明材料',
  '年度',
  '月数',
];

/** [name, id, series, kind, subject, title, hours, days, start, end, evidence, year, months?] */
type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  unknown,
  unknown,
  unknown,
  unknown,
  string,
  unknown,
  unknown?,
];

const ROWS: Row[] = [
  // 张三: 2023 passes (30 公需 + 64 专业, the 8 h/day cap trims 70 → 64); 2019–2022 援派 each year.
  [
    '张三',
    ID.zhang,
    '工程',
    '公需科目',
    '公需',
    '公需课',
    30,
    '',
    serial(2023, 3, 1),
    serial(2023, 3, 4),
    '证书',
    '',
  ],
  [
    '张三',
    ID.zhang,
    '工程',
    '岗位培训',
    '专业',
    '安全生产',
    70,
    8,
    serial(2023, 5, 8),
    serial(2023, 5, 15),
    '证书',
    '',
  ],
  ...[2019, 2020, 2021, 2022].map((y): Row => [
    '张三',
    ID.zhang,
    '工程',
    '援派',
    '',
    '援疆',
    '',
    '',
    '',
    '',
    '派出文件',
    y,
    12,
  ]),
  // 李四: 20 公需; four papers capped at 30 (四(三)), 20 h training → 公需缺10, 专业缺10.
  ['李四', ID.li, '工程', '公需科目', '公需', '公需课', 20, '', '', '', '证书', 2023],
  ...['论文一', '论文二', '论文三', '论文四'].map((t): Row => [
    '李四',
    ID.li,
    '工程',
    '论文',
    '专业',
    t,
    '',
    '',
    '',
    '',
    '刊物',
    2023,
  ]),
  [
    '李四',
    ID.li,
    '工程',
    '岗位培训',
    '专业',
    '研修',
    20,
    3,
    serial(2023, 6, 1),
    serial(2023, 6, 3),
    '证书',
    '',
  ],
  // 王五: COVID front line in 2023 → 视同完成 (四(六)1); an error cell in 学时 of another row.
  ['王五', ID.wang, '工程', '新冠防控一线', '', '抗疫', '', '', '', '', '文件', 2023],
  [
    '王五',
    ID.wang,
    '工程',
    '学术会议',
    '专业',
    '年会',
    '#N/A',
    '#VALUE!',
    serial(2023, 9, 1),
    serial(2023, 9, 1),
    '通知',
    '',
  ],
  // Two different people named 赵六.
  [
    '赵六',
    ID.zhaoA,
    '工程',
    '岗位培训',
    '专业',
    '培训',
    16,
    2,
    serial(2023, 4, 1),
    serial(2023, 4, 2),
    '证书',
    '',
  ],
  [
    '赵六',
    ID.zhaoB,
    '工程',
    '岗位培训',
    '专业',
    '培训',
    8,
    1,
    serial(2023, 4, 1),
    serial(2023, 4, 1),
    '证书',
    '',
  ],
  // 钱七: 卫生 series, 按行业规定 (四(六)2, 五).
  [
    '钱七',
    ID.qian,
    '卫生系列',
    '岗位培训',
    '专业',
    '培训',
    8,
    1,
    serial(2023, 4, 1),
    serial(2023, 4, 1),
    '证书',
    '',
  ],
  // 孙八: no ID, listed with an activity in 2022 only.
  ['孙八', '', '工程', '公需科目', '公需', '公需课', 30, '', '', '', '证书', 2022],
];

/** Layout 1: a merged title row, a blank row, the header, numbered rows, a subtotal row. */
export function ledgerA(rows: Row[] = ROWS): unknown[][] {
  const width = HEADER.length;
  const pad = (cells: unknown[]) => [...cells, ...Array(width - cells.length).fill('')];
  return [
    pad(['2023年度专业技术人员继续教育台账']),
    pad([]),
    HEADER,
    ...rows.map((r, i) => pad([i + 1, ...r])),
    pad(['合计', '', '', '', '', '', '', 999]),
  ];
}

/**
 * Layout 2: other header words (人员姓名, 公民身份号码, 培训形式, 学时（小时）, 归属年度),
 * columns in another order, a repeated header row half-way, null for empty cells.
 */
export function ledgerB(): unknown[][] {
  const header = [
    '归属年度',
    '人员姓名',
    '公民身份号码',
    '专业技术职务系列',
    '培训形式',
    '课时',
    '培训天数',
    '起始日期',
    '截止日期',
    '科目类别',
    '证明',
    '培训内容',
    '月份数',
  ];
  const toB = (r: Row): unknown[] => {
    const [name, id, series, kind, subject, title, hours, days, start, end, evidence, year, months] = r;
    const nul = (v: unknown) => (v === '' ? null : v);
    return [
      nul(year),
      name,
      id,
      series,
      kind,
      nul(hours),
      nul(days),
      nul(start),
      nul(end),
      nul(subject),
      evidence,
      title,
      months ?? null,
    ];
  };
  const body = ROWS.map(toB);
  return [header, ...body.slice(0, 6), header, ...body.slice(6)];
}
