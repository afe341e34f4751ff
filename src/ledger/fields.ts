/**
 * The ledger's field catalogue: what each column means and the header words
 * ledgers use for it (synonyms gathered from 继续教育台账 templates), plus the
 * matching of a header cell to a field.
 */
import { toHalfWidth, stripSpaces, unwrapCellValue } from './parse/text';

export const FIELD_CODES = [
  'seq',
  'name',
  'idNumber',
  'sex',
  'unit',
  'series',
  'rank',
  'qualificationDate',
  'year',
  'kind',
  'subject',
  'title',
  'achievementKey',
  'hours',
  'publicHours',
  'professionalHours',
  'totalHours',
  'days',
  'count',
  'start',
  'end',
  'period',
  'travelDays',
  'months',
  'level',
  'score',
  'passed',
  'evidence',
  'cmeCredits',
  'staffNo',
  'organizer',
  'remark',
] as const;

export type FieldCode = (typeof FIELD_CODES)[number];

export interface FieldDef {
  code: FieldCode;
  /** Label shown to the user. */
  zh: string;
  en: string;
  /** Header words, most specific first; compared after `normaliseHeader`. */
  synonyms: readonly string[];
  /** Recognised so the header is not "unknown", but not needed by the rules. */
  optional?: boolean;
}

export const FIELDS: Record<FieldCode, FieldDef> = {
  seq: { code: 'seq', zh: '序号', en: 'No.', synonyms: ['序号', '编号', 'no.', 'no'], optional: true },
  name: {
    code: 'name',
    zh: '姓名',
    en: 'Name',
    synonyms: [
      '姓名',
      '人员姓名',
      '名字',
      '参训人员',
      '参训人',
      '参加人员',
      '学员姓名',
      '职工姓名',
      '员工姓名',
      'name',
    ],
  },
  idNumber: {
    code: 'idNumber',
    zh: '身份证号',
    en: 'ID number',
    synonyms: ['身份证号', '证件号码', '公民身份号码', '身份证号码', '身份证', '证件号', 'id号', 'idnumber'],
  },
  sex: { code: 'sex', zh: '性别', en: 'Sex', synonyms: ['性别', 'sex', 'gender'], optional: true },
  unit: {
    code: 'unit',
    zh: '单位',
    en: 'Employer',
    synonyms: ['单位', '工作单位', '所在单位', '单位名称'],
    optional: true,
  },
  series: {
    code: 'series',
    zh: '职称系列',
    en: 'Title series',
    synonyms: ['职称系列', '专业技术职务系列', '系列'],
  },
  // Not in the brief's list: a 职称级别 column is common and would otherwise contains-match `级别` (外语 level).
  rank: {
    code: 'rank',
    zh: '职称级别',
    en: 'Title rank',
    synonyms: [
      '职称级别',
      '现职称级别',
      '职称等级',
      '现职称',
      '现任职称',
      '职称名称',
      '职称',
      '专业技术职务',
      '专业技术职称',
    ],
    optional: true,
  },
  qualificationDate: {
    code: 'qualificationDate',
    zh: '取得现职称时间',
    en: 'Current title obtained',
    synonyms: [
      '取得现职称时间',
      '取得现职称年度',
      '现职称取得时间',
      '取得职称时间',
      '职称取得时间',
      '取得现职称年份',
    ],
  },
  year: {
    code: 'year',
    zh: '年度',
    en: 'Year',
    synonyms: ['年度', '培训年度', '归属年度', '年份', '学时年度'],
  },
  kind: {
    code: 'kind',
    zh: '学习形式',
    en: 'Activity kind',
    synonyms: [
      '学习形式',
      '活动类型',
      '类别',
      '培训类别',
      '继续教育类型',
      '培训形式',
      '继续教育形式',
      // 三(二) calls them 继续教育方式.
      '继续教育方式',
      '培训方式',
      '学习方式',
      '参训方式',
      '参训形式',
      '活动类别',
      '活动形式',
    ],
  },
  subject: {
    code: 'subject',
    zh: '科目类别',
    en: 'Subject',
    synonyms: [
      '科目类别',
      '课程类型',
      '公需专业',
      '科目',
      '课程类别',
      '公需/专业',
      '学时类别',
      '学时类型',
      '科目类型',
      '公需/专业科目',
      '课程性质',
      '科目性质',
      '学时性质',
    ],
  },
  title: {
    code: 'title',
    zh: '内容',
    en: 'Title',
    synonyms: [
      '内容',
      '项目名称',
      '培训内容',
      '课程名称',
      '成果名称',
      '培训项目',
      '学习内容',
      '培训名称',
      '参训项目',
      '参训内容',
      '培训课程',
      '学习项目',
      '活动名称',
      '活动内容',
      '活动名称/内容',
    ],
  },
  achievementKey: {
    code: 'achievementKey',
    zh: '成果编号',
    en: 'Achievement key',
    synonyms: ['成果编号', '项目编号'],
  },
  hours: {
    code: 'hours',
    zh: '学时',
    en: 'Hours',
    synonyms: [
      '学时',
      '申请学时',
      '认定学时',
      '学时数',
      '登记学时',
      '课时',
      '小时',
      '完成学时',
      '获得学时',
      '学习时长',
      '培训时长',
      '时长',
    ],
  },
  // 学时 split by subject: two columns (公需科目学时 | 专业科目学时), often under one merged 学时
  // with a 合计 beside them. The column a number stands in is the row's subject.
  publicHours: {
    code: 'publicHours',
    zh: '公需科目学时',
    en: 'Public-subject hours',
    synonyms: ['公需科目学时', '公需学时', '公需课学时', '公需科目', '公需课'],
  },
  professionalHours: {
    code: 'professionalHours',
    zh: '专业科目学时',
    en: 'Professional-subject hours',
    synonyms: ['专业科目学时', '专业学时', '专业课学时', '专业科目', '专业课'],
  },
  // The sum of the two: read by nobody, recognised so it is not an unknown column.
  totalHours: {
    code: 'totalHours',
    zh: '合计学时',
    en: 'Total hours',
    synonyms: ['合计学时', '学时合计', '总学时', '合计', '小计'],
    optional: true,
  },
  days: { code: 'days', zh: '天数', en: 'Days', synonyms: ['天数', '培训天数'] },
  count: { code: 'count', zh: '数量', en: 'Count', synonyms: ['数量', '项数', '门数', '模块数', '篇数'] },
  start: {
    code: 'start',
    zh: '开始日期',
    en: 'Start',
    synonyms: ['开始日期', '开始时间', '起始日期', '起始时间'],
  },
  end: { code: 'end', zh: '结束日期', en: 'End', synonyms: ['结束日期', '结束时间', '截止日期', '截止时间'] },
  period: {
    code: 'period',
    zh: '起止时间',
    en: 'Period',
    synonyms: [
      '起止时间',
      '起止日期',
      '培训时间',
      '培训日期',
      '学习日期',
      '参训日期',
      '参加日期',
      '参加时间',
      '时间',
      '日期',
    ],
  },
  travelDays: {
    code: 'travelDays',
    zh: '往返及休息天数',
    en: 'Travel and rest days',
    synonyms: ['往返及休息天数', '往返天数', '休息天数'],
  },
  months: { code: 'months', zh: '月数', en: 'Months', synonyms: ['月数', '月份数'] },
  level: { code: 'level', zh: '外语等级', en: 'Language level', synonyms: ['外语等级', '等级', '级别'] },
  score: { code: 'score', zh: '成绩', en: 'Score', synonyms: ['成绩', '分数', '考试成绩'] },
  passed: {
    code: 'passed',
    zh: '考核结果',
    en: 'Result',
    // 五: the employer 考核认定 each record; a company's 审核情况 column says whether it was accepted.
    synonyms: [
      '考核结果',
      '考试结果',
      '是否合格',
      // A learning platform's export: 是否通过 是 / 否 beside 考试成绩.
      '是否通过',
      '考试是否通过',
      '结果',
      '审核情况',
      '审核结果',
      '审核状态',
      '认定情况',
      '认定结果',
    ],
  },
  evidence: {
    code: 'evidence',
    zh: '证明材料',
    en: 'Evidence',
    synonyms: ['证明材料', '证书编号', '附件', '证明', '佐证材料'],
  },
  // 继续医学教育 registers: 学分 are not 学时 and are never converted; the 卫生 series follows its own rules (五).
  cmeCredits: {
    code: 'cmeCredits',
    zh: '学分',
    en: 'CME credits',
    synonyms: ['学分', '学分类别', '学分类型', '学分数', '授予学分', '项目级别', '项目等级'],
    optional: true,
  },
  staffNo: {
    code: 'staffNo',
    zh: '工号',
    en: 'Staff number',
    synonyms: ['工号', '职工编号', '员工编号', '人员编号', '职工号', '员工号'],
    optional: true,
  },
  // 主办单位 names who ran the course, not the employer (单位).
  organizer: {
    code: 'organizer',
    zh: '主办单位',
    en: 'Organiser',
    synonyms: ['主办单位', '举办单位', '承办单位', '组织单位', '培训机构', '主办方', '培训单位'],
    optional: true,
  },
  remark: { code: 'remark', zh: '备注', en: 'Remark', synonyms: ['备注', '说明'] },
};

/** Longer than this, a cell is a sentence (填表说明), not a header. */
const MAX_HEADER_LENGTH = 24;

/**
 * Header text in two comparable forms: `full` (half-width, lowercase, no spaces
 * or line breaks, no `*` required-markers or trailing colon) and `bare` (also
 * without parenthetical hints such as `（公需/专业）` or `(小时)`).
 * @example normaliseHeader('课程类型\n（公需/专业）') → { full: '课程类型(公需/专业)', bare: '课程类型' }
 * @example normaliseHeader('姓 \u3000名') → { full: '姓名', bare: '姓名' }
 */
export function normaliseHeader(value: unknown): { full: string; bare: string } {
  const v = unwrapCellValue(value);
  const raw = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  const full = stripSpaces(toHalfWidth(raw))
    .toLowerCase()
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/^[*※]+|[*※]+$|[:：]$/g, '');
  const bare = full.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
  return { full, bare };
}

interface Synonym {
  field: FieldCode;
  word: string;
}

/** Every synonym, longest first: for contains-matching the most specific word wins (`认定学时` → hours, not `时间`). */
const SYNONYMS: readonly Synonym[] = FIELD_CODES.flatMap((field) =>
  FIELDS[field].synonyms.map((w) => ({ field, word: normaliseHeader(w).full })),
).sort((a, b) => b.word.length - a.word.length);

const EXACT = new Map<string, FieldCode>(SYNONYMS.map((s) => [s.word, s.field]));

/** The synonyms a header may merely contain: two characters or more, not plain ASCII (`学时` in `培训学时(小时)`). */
const CONTAINED = SYNONYMS.filter((s) => s.word.length >= 2 && /[^ -~]/.test(s.word));

/**
 * Answers already given, by cell text: the header is looked for more than once
 * per sheet (the sheet's sample, the reader, the choice of sheets), and the
 * same 姓名 comes back on every printed page. Bounded, as data cells pass too.
 */
const MATCHED = new Map<string, FieldCode | undefined>();
const MATCHED_MAX = 10_000;

/**
 * The field a header cell names, or undefined. Order: exact synonym on the full
 * text, exact on the bare text (hints removed), then the longest synonym the
 * bare text contains, then the longest the full text contains. Only synonyms of two or
 * more characters with a Chinese character (not `no`, `name`) are contains-matched, and
 * never inside a sentence.
 * @example matchHeader('学时(小时)') === 'hours'
 * @example matchHeader('取得现职称时间') === 'qualificationDate'
 * @example matchHeader('培训起止时间') === 'period'
 */
export function matchHeader(value: unknown): FieldCode | undefined {
  if (typeof value !== 'string') return matchHeaderOnce(value);
  if (MATCHED.has(value)) return MATCHED.get(value);
  const field = matchHeaderOnce(value);
  if (MATCHED.size < MATCHED_MAX) MATCHED.set(value, field);
  return field;
}

function matchHeaderOnce(value: unknown): FieldCode | undefined {
  const { full, bare } = normaliseHeader(value);
  if (full === '') return undefined;
  const exact = EXACT.get(full) ?? EXACT.get(bare);
  if (exact) return bySubjectWords(exact, full);
  if (full.length > MAX_HEADER_LENGTH) return undefined;
  for (const text of [bare, full]) {
    const hit = CONTAINED.find((s) => text.includes(s.word));
    if (hit) return bySubjectWords(hit.field, full);
  }
  return undefined;
}

/**
 * Hours headers that name one subject are that subject's hours (`学时(公需)`,
 * `学时（专业）`); a header naming both 公需 and 专业 (`公需科目/专业科目`) is the
 * subject column, not one subject's hours.
 * @example bySubjectWords('hours', '学时(公需)') === 'publicHours'
 * @example bySubjectWords('publicHours', '公需科目/专业科目') === 'subject'
 */
function bySubjectWords(field: FieldCode, full: string): FieldCode {
  const pub = full.includes('公需');
  // 专业技术(人员) is who studies, not the subject.
  const pro = /专业(?!技术)/.test(full);
  if (field === 'hours' && pub !== pro) return pub ? 'publicHours' : 'professionalHours';
  if ((field === 'publicHours' || field === 'professionalHours') && pub && pro) return 'subject';
  return field;
}

/**
 * Only an exact synonym (full text, or bare text without hints): for places
 * where a data cell could contain a header word by chance (sub-header rows).
 * @example matchHeaderExact('开始日期') === 'start'; matchHeaderExact('2023年度') === undefined
 */
export function matchHeaderExact(value: unknown): FieldCode | undefined {
  const { full, bare } = normaliseHeader(value);
  return full === '' ? undefined : (EXACT.get(full) ?? EXACT.get(bare));
}
