/**
 * Facts that offices write into free text instead of their own column: the
 * 备注 cell, the kind label or the course name ("职称外语A级", "A级 75分",
 * "成绩：82", "2个模块合格", "有结业证"). Only what is written plainly is read;
 * the ledger reader uses a fact only where the row's own column is blank, and
 * says what it read (interpretations.md "Ledgers without a form column").
 */
import { cellText, unwrapCellValue } from './text';
import { dayNumber, daysInMonth, isValidDate } from '../../rules/dates';
import type { DayNumber } from '../../rules/types';
import type { ForeignLanguageLevel } from './labels';
import { chineseNumber } from './chineseNumerals';

export interface TextFacts {
  /** 职称外语 level (四(五)): `A级`, `B类`, `C等`. */
  level?: ForeignLanguageLevel;
  /** An exam score: `成绩：82`, `75分` (never `5学分`, `30分钟`). */
  score?: number;
  /** Exam modules or courses (四(五) 计算机, 四(四)3 注册考试): `2个模块`, `3门`, `2科`. */
  count?: number;
  /** Months of a posting or leave (四(四)2, 4): `共7个月`, `6个月`. */
  months?: number;
  /** A period written in the text ("2024年3月至8月", "2024.1.1—2024.7.31"): day numbers, the end month's last day when no day is given. */
  span?: { start: DayNumber; end: DayNumber };
  /** Hours written out where the 学时 cell is blank: `共计24学时`, `16课时` (one figure only). */
  hours?: number;
  /** Passed or failed: `合格`, `通过`, `不合格`, `未通过`. */
  passed?: boolean;
  /** Words naming a document that proves the activity (证书, 结业证, 通知 …). */
  evidence?: string;
  /** The words each fact was read from, in order (`A级`, `75分`, `2个模块`, `合格`): ledger text, shown as is. */
  found: string[];
  /** The same words by fact. */
  words: Partial<Record<CountedFact | 'span' | 'hours', string>>;
}

/** The facts besides evidence, each read from words of its own. */
export type CountedFact = 'level' | 'score' | 'count' | 'months' | 'passed';

const LEVEL = /(?:^|[^A-Z])([ABC])(?:级|类|等)/;
const SCORE_LABELLED = /(?:成绩|分数|得分|考分)[:：为是]?(\d{1,3}(?:\.\d+)?)分?/;
const SCORE_POINTS = /(?<![学\d.])(\d{1,3}(?:\.\d+)?)分(?!钟)/;
/** Up to twelve in words, as offices write small counts: 两个模块, 八个月. */
const CN_NUMBER = '[一二两三四五六七八九]|十[一二]?';
/** A number in digits or in words (`两` → 2). */
const numberOf = (s: string): number => chineseNumber(s) ?? Number(s);
/** Digits not cut from a longer number; words after anything but 第 (`Excel2007两个模块`). */
const COUNT = new RegExp(`((?<![\\d.第])\\d{1,2}|(?<!第)(?:${CN_NUMBER}))(?:个)?(?:模块|科|门)`);
const MONTHS = new RegExp(`((?<![\\d.])\\d{1,2}(?:\\.\\d+)?|${CN_NUMBER})个月`);
/** y年m月(d日) or y.m.d, then 至 / - / — / ~ / 到, then (y年)m月(d日) or (y.)m.d. */
const SPAN =
  /(\d{4})[年./-](\d{1,2})(?:[月./-](\d{1,2})日?|月)?\s*(?:至|到|~|～|—|–|-)+\s*(?:(\d{4})[年./-])?(\d{1,2})(?:[月./-](\d{1,2})日?|月)?/;

function spanOf(m: RegExpExecArray): { start: DayNumber; end: DayNumber } | undefined {
  const y1 = Number(m[1]);
  const m1 = Number(m[2]);
  const d1 = m[3] !== undefined ? Number(m[3]) : 1;
  const y2 = m[4] !== undefined ? Number(m[4]) : y1;
  const m2 = Number(m[5]);
  if (!isValidDate(y1, m1, d1) || m2 < 1 || m2 > 12) return undefined;
  const d2 = m[6] !== undefined ? Number(m[6]) : daysInMonth(y2, m2);
  if (!isValidDate(y2, m2, d2)) return undefined;
  const start = dayNumber(y1, m1, d1);
  const end = dayNumber(y2, m2, d2);
  return end >= start ? { start, end } : undefined;
}

/** `共计24学时`, `24学时`, `16课时`, `8小时`: a figure of hours, with the 共计 / 合计 before it. */
const HOURS = /(?:共计|合计|总计|共)?(?<![\d.])(\d{1,3}(?:\.\d+)?)(?:个)?(?:学时|课时|小时)/g;

/** The one figure of hours the text gives; undefined for none or two (`公需30学时、专业60学时`). */
function hoursOf(text: string): { hours: number; words: string } | undefined {
  const all = [...text.matchAll(HOURS)];
  return all.length === 1 ? { hours: Number(all[0][1]), words: all[0][0] } : undefined;
}

const FAILED = /不合格|未合格|未通过|不通过|没通过|不及格|缺考/;
const PASSED = /合格|通过|及格/;
/** Documents of the kinds' evidence lists (四(一)–(六)) as offices name them. */
const EVIDENCE =
  /证书|结业证|合格证|毕业证|学位证|成绩单|成绩通知|合格通知|培训通知|活动通知|文件通知|邀请函|考察报告|总结|证明|聘书|获奖证|授权书|录用通知|发表|刊发|已提交|已上传|有证/;
/** "No certificate" wordings: never evidence. */
const NO_EVIDENCE = /无证书|没有证书|未取得|未发|待补|缺证|无证明|未提交|未上传/;

/**
 * What a free-text cell says plainly; `found: []` alone when it says nothing.
 * @example readTextFacts('A级 75分') → { level: 'A', score: 75, found: ['A级', '75分'], words: { level: 'A级', score: '75分' } }
 * @example readTextFacts('Ⅰ类学分5分') → { found: [], words: {} }
 */
export function readTextFacts(value: unknown): TextFacts {
  const raw = cellText(value);
  const facts: TextFacts = { found: [], words: {} };
  const saw = (fact: CountedFact, words: string): void => {
    facts.found.push(words);
    facts.words[fact] = words;
  };
  if (raw === undefined) return facts;
  const text = raw.toUpperCase();
  const level = LEVEL.exec(text);
  if (level && !text.slice(level.index, level.index + 5).includes('学分')) {
    facts.level = level[1] as ForeignLanguageLevel;
    saw('level', level[0].slice(level[0].indexOf(level[1])));
  }
  // 学分 (继续医学教育 credits) are not exam points.
  const score = SCORE_LABELLED.exec(text) ?? (text.includes('学分') ? null : SCORE_POINTS.exec(text));
  if (score) {
    facts.score = Number(score[1]);
    saw('score', score[0]);
  }
  const count = COUNT.exec(text);
  if (count && numberOf(count[1]) > 0) {
    facts.count = numberOf(count[1]);
    saw('count', count[0]);
  }
  const months = MONTHS.exec(text);
  if (months && numberOf(months[1]) > 0 && numberOf(months[1]) <= 12) {
    facts.months = numberOf(months[1]);
    saw('months', months[0]);
  }
  const span = SPAN.exec(text);
  const period = span ? spanOf(span) : undefined;
  if (period && span) {
    facts.span = period;
    facts.words.span = span[0];
  }
  const hours = hoursOf(text);
  if (hours) {
    facts.hours = hours.hours;
    facts.words.hours = hours.words;
  }
  const failed = FAILED.exec(text);
  const passed = failed ? null : PASSED.exec(text);
  if (failed) facts.passed = false;
  else if (passed) facts.passed = true;
  const verdict = failed ?? passed;
  if (verdict) saw('passed', verdict[0]);
  if (EVIDENCE.test(text) && !NO_EVIDENCE.test(text)) {
    const v = unwrapCellValue(value);
    facts.evidence = typeof v === 'string' ? v.trim() : raw;
  }
  return facts;
}
