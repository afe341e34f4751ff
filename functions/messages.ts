/**
 * Wording of the custom functions' own messages (shown in a cell's error
 * tooltip, or as CESTATUS's note), zh-CN first, keyed by code. Ledger and
 * rule codes keep their own tables (src/ledger/messages.ts, src/rules/messages.ts).
 */
import { fillTemplate, type Lang, type MessageTable } from '../src/i18n/format';

export const FUNCTION_CODES = [
  'arg-required',
  'arg-not-number',
  'arg-not-year',
  'arg-not-boolean',
  'arg-not-text',
  'arg-negative',
  'arg-not-integer',
  'kind-unknown',
  'kind-ambiguous',
  'hours-required',
  'detail-unknown',
  'credit-refused',
  'ledger-not-range',
  'ledger-empty',
  'ledger-unreadable',
  'person-unknown',
  'person-ambiguous',
  'person-sector',
  'internal',
  'note-compliant',
  'note-review',
  'note-deemed',
  'note-sector',
  'note-public-short',
  'note-professional-short',
  'note-no-records',
  'summary-truncated',
] as const;

export type FunctionCode = (typeof FUNCTION_CODES)[number];

export const functionMessagesZh: MessageTable<FunctionCode> = {
  'arg-required': '请填写参数“{arg}”',
  'arg-not-number': '参数“{arg}”应为数字，收到“{value}”',
  'arg-not-year': '参数“{arg}”应为四位年份（1900—2200），收到“{value}”',
  'arg-not-boolean': '参数“{arg}”应为 TRUE 或 FALSE，收到“{value}”',
  'arg-not-text': '参数“{arg}”应为文字，收到“{value}”',
  'arg-negative': '参数“{arg}”不能为负数，收到 {value}',
  'arg-not-integer': '参数“{arg}”应为整数（项数、篇数、门数、模块数），收到 {value}',
  'kind-unknown': '无法识别的继续教育形式“{text}”；请按通知的名称填写，如 岗位培训、学术会议、论文著作',
  'kind-ambiguous': '继续教育形式“{text}”可能是{candidates}中的任一种，请填写更准确的名称',
  'hours-required': '“{kind}”按学时认定（{clause}），请在第2个参数填写学时',
  'detail-unknown': '第4个参数“{text}”无法识别：应为“公需”或“专业”，职称外语为级别 A、B、C',
  'credit-refused': '无法认定学时：{message}',
  'ledger-not-range': '第1个参数应为台账区域（含表头行），如 台账!A1:R900',
  'ledger-empty': '台账区域没有内容，请选择含表头行的台账区域',
  'ledger-unreadable': '无法读取台账：{reason}',
  'person-unknown': '台账中找不到“{person}”，请核对姓名或身份证号',
  'person-ambiguous': '台账中有 {count} 人与“{person}”相符，请改用完整的身份证号',
  'person-sector': '“{person}”属于{sector}，按行业规定登记学时，本通知不判定是否达标（四(六)2、五）',
  internal: '计算时出错：{detail}',
  'note-compliant': '已达标',
  'note-review': '待核实：{rows}',
  'note-deemed': '视同完成',
  'note-sector': '按行业规定',
  'note-public-short': '公需缺{hours}学时',
  'note-professional-short': '专业缺{hours}学时',
  'note-no-records': '无学时记录',
  'summary-truncated': '……另有 {rows} 行未显示（结果过大），请指定年度',
};

export const functionMessagesEn: MessageTable<FunctionCode> = {
  'arg-required': 'Argument "{arg}" is required',
  'arg-not-number': 'Argument "{arg}" must be a number, got "{value}"',
  'arg-not-year': 'Argument "{arg}" must be a four-digit year (1900–2200), got "{value}"',
  'arg-not-boolean': 'Argument "{arg}" must be TRUE or FALSE, got "{value}"',
  'arg-not-text': 'Argument "{arg}" must be text, got "{value}"',
  'arg-negative': 'Argument "{arg}" cannot be negative, got {value}',
  'arg-not-integer': 'Argument "{arg}" must be a whole number (items, papers, courses, modules), got {value}',
  'kind-unknown':
    'Unknown kind of activity "{text}"; use the notice\'s names, e.g. 岗位培训, 学术会议, 论文著作',
  'kind-ambiguous': '"{text}" could be any of {candidates}; please be more specific',
  'hours-required': '"{kind}" is credited by hours ({clause}): give the hours as the 2nd argument',
  'detail-unknown':
    'The 4th argument "{text}" is not understood: use 公需 or 专业, or the level A, B, C for 职称外语',
  'credit-refused': 'No credit: {message}',
  'ledger-not-range': 'The 1st argument must be the ledger range including its header row, e.g. 台账!A1:R900',
  'ledger-empty': 'The ledger range is empty; select the ledger including its header row',
  'ledger-unreadable': 'The ledger cannot be read: {reason}',
  'person-unknown': '"{person}" is not in the ledger; check the name or ID number',
  'person-ambiguous': '{count} people in the ledger match "{person}"; use the full ID number instead',
  'person-sector':
    '"{person}" belongs to {sector}, whose hours follow the sector\'s own rules; this notice does not judge them (四(六)2, 五)',
  internal: 'Calculation failed: {detail}',
  'note-compliant': 'Compliant',
  'note-review': 'To verify: {rows}',
  'note-deemed': 'Deemed complete',
  'note-sector': 'Sector rules apply',
  'note-public-short': '{hours} public hours short',
  'note-professional-short': '{hours} professional hours short',
  'note-no-records': 'No records',
  'summary-truncated': '… {rows} more rows not shown (result too large); give a year',
};

/** The message for `code`, Chinese unless asked otherwise. */
export function functionMessage(
  code: FunctionCode,
  params: Record<string, string | number> = {},
  lang: Lang = 'zh',
): string {
  const table = lang === 'en' ? functionMessagesEn : functionMessagesZh;
  return fillTemplate(table[code], params);
}
