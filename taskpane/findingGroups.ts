/**
 * Findings grouped by what they say (one group per message kind, e.g. "22 行合计行已跳过"),
 * the groups with errors first, each listing its places in ledger order; and
 * the flat order that 上一处 / 下一处 walks.
 */
import type { Lang } from '../src/i18n/format';
import type { LedgerCode } from '../src/ledger/codes';
import { findingMessage } from '../src/ledger/findings';
import type { Finding, Severity } from '../src/ledger/types';
import type { RuleIssueCode } from '../src/rules/types';

export interface FindingGroup {
  /** Stable id of the kind: layer, code and severity. */
  key: string;
  code: string;
  severity: Severity;
  findings: Finding[];
  /** Distinct ledger rows the group's findings are on. */
  rows: number;
  /** True when every finding is on a row (the count is said in 行, else in 处). */
  allOnRows: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function onRow(f: Finding): boolean {
  return f.row !== null && f.row > 0;
}

/**
 * One group per (layer, code, severity), errors first, then warnings, then
 * hints; among one severity the group seen first in the ledger comes first.
 * The findings keep their order (the report's: by sheet, then row).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { first: number; rowSet: Set<string> }>();
  findings.forEach((f, i) => {
    const key = `${f.layer}|${f.code}|${f.severity}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        code: f.code,
        severity: f.severity,
        findings: [],
        rows: 0,
        allOnRows: true,
        first: i,
        rowSet: new Set(),
      };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (onRow(f)) g.rowSet.add(`${f.file ?? ''}|${f.sheet}!${f.row}`);
    else g.allOnRows = false;
  });
  return [...groups.values()]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.first - b.first)
    .map(({ first: _first, rowSet, ...g }) => ({ ...g, rows: rowSet.size }));
}

/** How many a group's title counts: its rows when every finding is on one, else its findings. */
export function groupCount(g: FindingGroup): number {
  return g.allOnRows ? g.rows : g.findings.length;
}

/** The findings in the order the groups show them: what 上一处 / 下一处 steps through. */
export function flatOrder(groups: readonly FindingGroup[]): Array<{ group: number; index: number }> {
  const out: Array<{ group: number; index: number }> = [];
  groups.forEach((g, gi) => g.findings.forEach((_, index) => out.push({ group: gi, index })));
  return out;
}

type Code = LedgerCode | RuleIssueCode;

/**
 * What a group of one kind says, without the particulars of any one row.
 * Keyed by string, not by `Code`, so titles of codes being added on other
 * branches can sit here before their code does; findingGroups.test.ts proves
 * that every code of the ledger and the rules has a title in both languages.
 */
export const GROUP_TITLES: Record<Lang, Partial<Record<Code, string>> & Record<string, string>> = {
  zh: {
    'date-serial-1900-02-29': '日期是不存在的 1900年2月29日',
    'date-out-of-range': '日期超出合理年份',
    'date-end-before-start': '结束日期早于开始日期',
    'date-invalid': '日期不存在',
    'date-unrecognised': '日期无法识别',
    'year-invalid': '年度无法识别',
    'negative-value': '数值为负数',
    'hours-in-days': '学时按天数折算',
    'hours-in-numerals': '学时写成汉字数字，已换算',
    'hours-text': '学时写成了文字',
    'number-text': '数值写成了文字',
    'number-unrecognised': '数值无法识别',
    'number-unit-unexpected': '数值单位不适用',
    'count-not-integer': '数量不是整数',
    'subject-unknown': '科目类别无法识别',
    'pass-unknown': '考核结果无法识别',
    'record-unverified': '单位尚未审核的记录',
    'level-unknown': '外语等级无法识别',
    'id-upgraded-15': '15 位身份证号已升级为 18 位',
    'id-numeric-lost-digits': '身份证号存为数字，后几位已丢失',
    'id-check-digit': '身份证号校验位不正确',
    'id-birth-date': '身份证号中的出生日期无效',
    'id-format': '身份证号位数不正确',
    'header-not-found': '没有找到表头',
    'sheet-wide-register': '一人一行的登记表没有年度，未作检查',
    'wide-year-from-title': '一人一行的登记表，年度取自标题',
    'wide-subtotal-only': '只填了小计，无法核对形式和每天8学时',
    'wide-hours-status': '学时格填的是“已完成”等文字',
    'header-duplicate-column': '重复的列被忽略',
    'kind-unknown': '学习形式无法识别，未计学时',
    'kind-ambiguous': '学习形式可能是多种之一',
    'kind-matched-by-keyword': '学习形式按关键词识别',
    'kind-missing': '未填写学习形式',
    'kind-from-subject': '只分公需、专业，未写学习形式',
    'kind-training-word': '学习方式未用通知的名称，已按科目认定',
    'text-facts-read': '从文字中读出了天数或学时',
    'evidence-column-missing': '台账没有证明材料列',
    'row-subtotal': '合计行已跳过',
    'row-repeated-header': '重复的表头行已跳过',
    'row-title': '标题行已跳过',
    'row-no-person': '没有姓名或身份证号',
    'row-no-activity': '只有人员，没有学习记录',
    'row-near-duplicate': '可能重复登记',
    'row-duplicate': '完全相同的重复记录',
    'id-two-names': '一个身份证号对应两个姓名',
    'name-formula-like': '姓名以公式符号开头',
    'name-two-ids': '一个姓名对应两个身份证号',
    'person-joined-by-name': '无有效身份证号的行按姓名并入',
    'year-disagrees-with-dates': '年度与起止日期不一致',
    'summary-differs': '汇总表与明细不一致',
    'summary-no-detail': '汇总表有、明细无记录',
    'record-after-as-of': '日期在核查日之后的记录',
    'per-day-cap': '超过每天 8 学时上限，已核减',
    'days-unknown': '天数不明，未核对每天上限',
    'travel-days-exceed': '往返天数不少于起止天数',
    'not-passed': '考核不合格，未计学时',
    'kind-not-yet-effective': '学习形式尚未施行',
    'score-below-pass': '成绩不合格，未计学时',
    'score-missing': '未填写成绩，待核实',
    'yearly-cap': '超过年度上限，已核减',
    'duplicate-achievement': '同一成果重复登记',
    'duplicate-achievement-extra': '同一成果只计超出部分',
    'months-not-over-threshold': '月数不足，不予折算',
    'months-unknown': '月数不明，不予折算',
    'year-unknown': '无法确定年度',
    'evidence-missing': '未填写证明材料，待核验',
    'evidence-excluded': '未填写证明材料，不计学时',
    'review-required': '须核验项目档案',
    'approval-required': '须经单位批准',
    'subject-overridden': '科目类别按通知改定',
    'hours-missing': '未填写学时',
    'fixed-credit': '按每项固定学时认定',
    'overlap-over-daily-cap': '同期多条记录超过每天上限',
    'maternity-male-id': '男性身份证号登记了产假',
    'deemed-complete': '视同完成',
    'sector-staff': '按行业规定，不作判定',
    'application-year-in-progress': '申报年度尚在进行',
    'window-shortened': '任职不足五年',
    'window-after-as-of': '申报年限只计到截至日期',
    'window-years-not-begun': '申报年限中尚未开始的年度',
    'user-kind-invalid': '自定义学习形式有误',
    'invalid-value': '无效的值已忽略',
    'date-month-range': '时间按月份区间读取',
    'date-half-year': '时间按上下半年读取',
    'date-year-from-column': '日期按年度列补全年份',
    'hours-cell-months': '学时列按月数读取',
    'hours-cell-items': '学时列按项数读取',
    'hours-cell-duration': '学时列的时长按 1 项计',
    'hours-both-subjects': '一行同时填了公需和专业学时',
    'header-by-content': '表头按列的内容识别',
    'header-kind-by-content': '学习形式按列的内容选定',
    'person-from-row-above': '人员按上方合并单元格读取',
    'year-from-row-above': '年度按上方合并单元格读取',
    'person-from-block': '本表按人登记，人员取自表格上方',
    'years-after-ledger': '台账最后年度之后的年度未作判定',
    'years-before-ledger': '台账最早年度之前的年度未作判定',
  },
  en: {
    'date-serial-1900-02-29': 'Date is the non-existent 29 Feb 1900',
    'date-out-of-range': 'Date outside plausible years',
    'date-end-before-start': 'End date before start date',
    'date-invalid': 'Date does not exist',
    'date-unrecognised': 'Date not recognised',
    'year-invalid': 'Year not recognised',
    'negative-value': 'Negative value',
    'hours-in-days': 'Hours converted from days',
    'hours-in-numerals': 'Hours in Chinese numerals, converted',
    'hours-text': 'Hours written as words',
    'number-text': 'Number written as words',
    'number-unrecognised': 'Number not recognised',
    'number-unit-unexpected': 'Unit does not fit the column',
    'count-not-integer': 'Count is not a whole number',
    'subject-unknown': 'Subject not recognised',
    'pass-unknown': 'Exam result not recognised',
    'record-unverified': 'Records the employer has not yet verified',
    'level-unknown': 'Language level not recognised',
    'id-upgraded-15': '15-digit ID upgraded to 18 digits',
    'id-numeric-lost-digits': 'ID stored as a number, digits lost',
    'id-check-digit': 'ID check digit wrong',
    'id-birth-date': 'Birth date in the ID invalid',
    'id-format': 'ID has the wrong length',
    'header-not-found': 'No header found',
    'sheet-wide-register': 'One-row-per-person register without a year, not checked',
    'wide-year-from-title': 'One-row-per-person register, year from the title',
    'wide-subtotal-only': 'Only a subtotal: kind and 8 hours a day not checked',
    'wide-hours-status': 'Hours cell says "done", not hours',
    'header-duplicate-column': 'Duplicate column ignored',
    'kind-unknown': 'Kind not recognised, nothing credited',
    'kind-ambiguous': 'Kind could be one of several',
    'kind-matched-by-keyword': 'Kind read from a keyword',
    'kind-missing': 'No kind given',
    'kind-from-subject': 'Only public/professional, no kind',
    'kind-training-word': 'Way of training not named as in the notice, read by subject',
    'text-facts-read': 'Days or hours read from text',
    'evidence-column-missing': 'No evidence column',
    'row-subtotal': 'Subtotal rows skipped',
    'row-repeated-header': 'Repeated header rows skipped',
    'row-title': 'Title rows skipped',
    'row-no-person': 'No name or ID number',
    'row-no-activity': 'A person but no activity',
    'row-near-duplicate': 'Possibly registered twice',
    'row-duplicate': 'Identical duplicate records',
    'id-two-names': 'One ID number, two names',
    'name-formula-like': 'Name starts like a formula',
    'name-two-ids': 'One name, two ID numbers',
    'person-joined-by-name': 'Rows without a valid ID joined by name',
    'year-disagrees-with-dates': 'Year disagrees with the dates',
    'summary-differs': 'Summary sheet differs from the detail',
    'summary-no-detail': 'In the summary sheet, not in the detail',
    'record-after-as-of': 'Records dated after the day of the check',
    'per-day-cap': 'Over 8 hours a day, cut',
    'days-unknown': 'Days unknown, daily cap not checked',
    'travel-days-exceed': 'Travel days not fewer than the days',
    'not-passed': 'Not passed, nothing credited',
    'kind-not-yet-effective': 'Kind not yet in force',
    'score-below-pass': 'Score below the pass mark',
    'score-missing': 'No score given, to verify',
    'yearly-cap': 'Over the yearly cap, cut',
    'duplicate-achievement': 'The same result registered twice',
    'duplicate-achievement-extra': 'The same result: only the extra counts',
    'months-not-over-threshold': 'Too few months, no credit',
    'months-unknown': 'Months unknown, no credit',
    'year-unknown': 'Year unknown',
    'evidence-missing': 'No evidence given, to verify',
    'evidence-excluded': 'No evidence given, not credited',
    'review-required': 'Project file to be checked',
    'approval-required': 'Needs the employer’s approval',
    'subject-overridden': 'Subject set by the notice',
    'hours-missing': 'No hours given',
    'fixed-credit': 'Fixed hours per item',
    'overlap-over-daily-cap': 'Overlapping records over the daily cap',
    'maternity-male-id': 'Maternity leave on a man’s ID',
    'deemed-complete': 'Deemed complete',
    'sector-staff': 'Sector rules, not judged',
    'application-year-in-progress': 'Application year in progress',
    'window-shortened': 'Fewer than five years in the title',
    'window-after-as-of': 'Window counted up to the as-of day',
    'window-years-not-begun': 'Window years not yet begun',
    'user-kind-invalid': 'User-defined kind invalid',
    'invalid-value': 'Invalid value ignored',
    'date-month-range': 'Dates read as a range of months',
    'date-half-year': 'Dates read as a half year',
    'date-year-from-column': 'Dates without a year read in the year column',
    'hours-cell-months': 'Hours cell read as months',
    'hours-cell-items': 'Hours cell read as items',
    'hours-cell-duration': 'Hours cell duration counted as one item',
    'hours-both-subjects': 'One row with both public and professional hours',
    'header-by-content': 'Header recognised by the column’s content',
    'header-kind-by-content': 'Kind column chosen by what the columns hold',
    'person-from-row-above': 'Person read from the merged cell above',
    'year-from-row-above': 'Year read from the merged cell above',
    'person-from-block': 'Sheet kept per person, named above the table',
    'years-after-ledger': 'Years after the ledger’s last year not judged',
    'years-before-ledger': 'Years before the ledger’s first year not judged',
  },
};

/** A group's title in `lang`, e.g. "22 行合计行已跳过" / "Subtotal rows skipped (22 rows)". */
export function groupTitle(g: FindingGroup, lang: Lang): string {
  // A code without a title yet (a new one): its first finding's own message says what it is.
  const what = GROUP_TITLES[lang][g.code] ?? findingMessage(g.findings[0], lang);
  const n = groupCount(g);
  if (lang === 'zh') return `${n} ${g.allOnRows ? '行' : '处'}${what}`;
  return `${what} (${n} ${g.allOnRows ? (n === 1 ? 'row' : 'rows') : n === 1 ? 'place' : 'places'})`;
}
