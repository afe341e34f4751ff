/**
 * Messages for the rules core's issues: two tables keyed by code, Chinese
 * first. Params are data; subject and reading codes are put into words here.
 */
import { englishParams, fillTemplate, type Lang, type MessageTable } from '../i18n/format';
import type { RuleIssue, RuleIssueCode } from './types';

export const ruleMessagesZh: MessageTable<RuleIssueCode> = {
  'per-day-cap': '申报{claimed}学时超过每天{perDayCap}学时的上限（{days}天，最多{cap}学时），按{cap}学时认定',
  'days-unknown': '无法确定天数（缺少天数或起止日期），按申报的{claimed}学时认定，未能核对每天8学时上限',
  'travel-days-exceed': '往返及休息天数（{travelDays}天）不少于起止日期的天数，不认定学时',
  'not-passed': '考试（考核）结果为不合格，不认定学时',
  'kind-not-yet-effective': '“{kind}”自{date}起施行，此前的学习活动不按该形式认定学时',
  'score-below-pass': '成绩{score}分低于{passScore}分，不认定学时',
  'level-unknown': '职称外语等级“{level}”无法识别（应为A、B或C级），不认定学时',
  'score-missing': '未填写成绩：职称外语须{passScore}分及以上才认定学时，学时暂计，待核实',
  'yearly-cap': '{year}年“{group}”累计超过每年{cap}学时上限，本项由{before}学时核减为{after}学时',
  'duplicate-achievement': '同一项目成果已在{first}计算，不重复计算',
  'duplicate-achievement-extra':
    '同一项目成果已在{first}等记录计算{counted}学时，本条只计超出部分，由{before}学时核减为{after}学时',
  'months-not-over-threshold': '{year}年仅{months}个月，未超过{threshold}个月，不予折算',
  'months-unknown': '无法确定月数（缺少月数或起止日期），不予折算',
  'year-unknown': '无法确定所属年度（缺少年度和日期），未计入任何年度',
  'evidence-missing': '未填写证明材料（{evidence}），已计入学时，待核验',
  'evidence-excluded': '未填写证明材料（{evidence}），按严格核验设置不计学时',
  'review-required': '此类学时须核验项目档案与绩效评估后登记，请复核',
  'approval-required': '须经本人所在单位批准并提交证明材料，请确认已批准',
  'subject-overridden': '台账标为{declared}，本通知规定为{fixed}，按{fixed}计算',
  'hours-missing': '未填写学时，无法认定',
  'negative-value': '“{field}”为负数（{value}），不认定学时',
  'kind-unknown': '无法识别的继续教育形式“{kind}”，未计学时',
  'fixed-credit':
    '本类按每项{hoursPerItem}学时认定（{count}项共{credited}学时），不按申报的{claimed}学时计算',
  'overlap-over-daily-cap':
    '{from}至{to}期间多条记录合计每天{hours}学时，超过每天{perDayCap}学时（{refs}），请核对',
  'maternity-male-id': '身份证号显示为男性，但登记了产假',
  'deemed-complete': '{year}年视同完成继续教育学时',
  'sector-staff': '职称系列“{series}”属于{sector}，学时由{authority}按其规定认定，本通知不作判定',
  'application-year-in-progress':
    '申报年度{year}年尚在进行，仍缺公需{public}学时、专业{professional}学时（仅提示）',
  'window-shortened': '任职不足五年，按实际年限{from}—{to}年判定',
  'window-after-as-of':
    '申报年限按截至{asOf}的实际情况判定：{count}条记录在此日之后开始或延续到此日之后，其后的学时（含按学期、按月份结转的学时）未计入',
  'window-years-not-begun': '{years}年在截至日期{asOf}时尚未开始，计0学时',
  'years-after-ledger':
    '{years}年在{last}年（台账记录的最后年度或截至日期所在年度）之后，台账尚无这些年度的完整记录（如在职学历教育按学期结转的学时），未作判定',
  'years-before-ledger':
    '{years}年在{first}年（台账记录的最早年度）之前，台账没有这些年度的记录，只有跨年结转的学时（如在职学历教育、援派），未作判定',
  'user-kind-invalid': '自定义学时规则第{index}条的“{path}”有误：{detail}',
  'invalid-value': '“{field}”的值“{value}”无效，已忽略',
};

export const ruleMessagesEn: MessageTable<RuleIssueCode> = {
  'per-day-cap':
    '{claimed} hours claimed exceed {perDayCap} hours a day ({days} days, at most {cap}); credited {cap}',
  'days-unknown':
    'Days unknown (no days column or dates): credited the {claimed} hours claimed without checking the 8-hours-a-day cap',
  'travel-days-exceed':
    'Travel and rest days ({travelDays}) are not fewer than the days between the dates: nothing credited',
  'not-passed': 'The exam or assessment was not passed: nothing credited',
  'kind-not-yet-effective':
    '"{kind}" applies from {date}: an activity before it earns nothing from this kind',
  'score-below-pass': 'Score {score} is below {passScore}: nothing credited',
  'level-unknown': 'Foreign-language level "{level}" not recognised (A, B or C): nothing credited',
  'score-missing':
    'No score given: the language exam counts only with {passScore} or more; hours counted for now, to verify',
  'yearly-cap':
    'In {year}, {group} exceed their yearly cap of {cap} hours: this item cut from {before} to {after}',
  'duplicate-achievement': 'The same result was already counted at {first}: not counted twice',
  'duplicate-achievement-extra':
    'The same result already earned {counted} hours (first at {first}): only what this record adds beyond that counts, {before} cut to {after}',
  'months-not-over-threshold': 'Only {months} months in {year}, not more than {threshold}: no credit',
  'months-unknown': 'Months unknown (no months column or dates): no credit',
  'year-unknown': 'Year unknown (no year and no dates): not counted in any year',
  'evidence-missing': 'No evidence given ({evidence}): credited, to be verified',
  'evidence-excluded': 'No evidence given ({evidence}): excluded under strict evidence',
  'review-required': 'Register only after checking the project file and its evaluation: please review',
  'approval-required': "Needs the employer's approval and proof: please confirm it was approved",
  'subject-overridden': 'Ledger says {declared}, the notice fixes {fixed}: counted as {fixed}',
  'hours-missing': 'No hours given: nothing credited',
  'negative-value': '"{field}" is negative ({value}): nothing credited',
  'kind-unknown': 'Unknown kind of activity "{kind}": nothing credited',
  'fixed-credit':
    'This kind earns {hoursPerItem} hours per item ({count} items, {credited} hours), not the {claimed} hours claimed',
  'overlap-over-daily-cap':
    'From {from} to {to}, records add up to {hours} hours a day, over {perDayCap} ({refs}): please check',
  'maternity-male-id': "The ID number is a man's, but maternity leave is recorded",
  'deemed-complete': '{year} is deemed complete',
  'sector-staff':
    'Series "{series}" belongs to the {sector}: hours are judged by {authority} under its own rules, not by this notice',
  'application-year-in-progress':
    'Application year {year} is in progress and still lacks {public} public and {professional} professional hours (warning only)',
  'window-shortened': 'Fewer than five years in the qualification: judged over {from}–{to}',
  'window-after-as-of':
    "The window is judged as it stands on {asOf}: {count} records begin or run on after that day, and their hours after it (including a programme's or a posting's credit carried into later years or months) are not counted",
  'window-years-not-begun': '{yearsEn} had not begun on {asOf}: counted as 0 hours',
  'years-after-ledger':
    'Years {years} come after {last} (the last year the ledger records, or the year of the as-of day): the ledger holds no full record of them (such as the yearly credit of a degree programme still running), so they are not judged',
  'years-before-ledger':
    'Years {years} come before {first} (the first year the ledger records): the ledger has no records of them, only credit carried across New Year (such as a degree programme or a posting), so they are not judged',
  'user-kind-invalid': 'User-defined rule {index}, field "{path}": {detail}',
  'invalid-value': 'The value "{value}" of "{field}" is invalid and was ignored',
};

const SUBJECT_WORDS: Record<Lang, Record<string, string>> = {
  zh: { public: '公需科目', professional: '专业科目' },
  en: { public: 'public', professional: 'professional' },
};

/** The message of a core issue in `lang`. */
export function ruleIssueMessage(issue: Pick<RuleIssue, 'code' | 'params'>, lang: Lang = 'zh'): string {
  const table = lang === 'en' ? ruleMessagesEn : ruleMessagesZh;
  const params: Record<string, string | number> =
    lang === 'en'
      ? ({ ...englishParams(issue.params) } as Record<string, string | number>)
      : { ...issue.params };
  for (const key of ['declared', 'fixed'] as const) {
    const v = params[key];
    if (typeof v === 'string' && SUBJECT_WORDS[lang][v]) params[key] = SUBJECT_WORDS[lang][v];
  }
  return fillTemplate(table[issue.code] ?? issue.code, params);
}
