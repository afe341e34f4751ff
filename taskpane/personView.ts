/**
 * What a person's card shows, from the report model and the engine's own
 * explanation: the rows with claimed versus credited hours, and every cut's
 * message with its clause; the window for any title year.
 */
import { englishParams, fillTemplate, type Lang } from '../src/i18n/format';
import type { ReportDetail, ReportPerson, ReportYear } from '../src/report/types';
import { fromDayNumber } from '../src/rules/dates';
import { evaluateWindow } from '../src/rules/evaluate';
import { ruleIssueMessage } from '../src/rules/messages';
import type { DayNumber, Hours, Policy, RuleIssue, WindowResult } from '../src/rules/types';
import { GROUP_TITLES } from './findingGroups';
import type { PersonVerdict } from './verdict';

export interface CardRow {
  detail: ReportDetail;
  /** When: `2023.5.8`, `2023.5.8–5.12`, `2023.12.30–2024.1.2`; null when the row has no date. */
  date: string | null;
  /** Each cut, refusal or warning: the full message, the one-line form, and the clause. */
  reasons: Array<{ text: string; short: string; clause: string | null; severity: RuleIssue['severity'] }>;
}

/** A row's dates, short: the year once when both ends share it. */
export function shortDate(start: DayNumber | undefined, end: DayNumber | undefined): string | null {
  const s = start !== undefined ? fromDayNumber(start) : undefined;
  const e = end !== undefined ? fromDayNumber(end) : undefined;
  const full = (d: { year: number; month: number; day: number }) => `${d.year}.${d.month}.${d.day}`;
  if (!s && !e) return null;
  if (!s || !e) return full((s ?? e)!);
  if (start === end) return full(s);
  return `${full(s)}–${e.year === s.year ? `${e.month}.${e.day}` : full(e)}`;
}

/** Cuts said in a few words, for one line of a narrow card (the full message stays the tooltip). */
const SHORT_CUTS: Record<Lang, Partial<Record<RuleIssue['code'], string>>> = {
  zh: {
    'per-day-cap': '申报{claimed}，{days}天上限{cap}',
    'yearly-cap': '{year}年{group}上限{cap}，{before}减为{after}',
    'fixed-credit': '申报{claimed}，每项{hoursPerItem}，{count}项计{credited}',
    'duplicate-achievement-extra': '同一成果已计{counted}，{before}减为{after}',
    'score-below-pass': '成绩{score}，低于{passScore}',
  },
  en: {
    'per-day-cap': 'claimed {claimed}, {days} days cap {cap}',
    'yearly-cap': '{year} {group} cap {cap}: {before} → {after}',
    'fixed-credit': 'claimed {claimed}; {hoursPerItem} per item × {count} = {credited}',
    'duplicate-achievement-extra': 'same result counted {counted}: {before} → {after}',
    'score-below-pass': 'score {score}, below {passScore}',
  },
};

/** One line for a cut, refusal or warning: "申报56，5天上限40". */
export function shortReason(issue: Pick<RuleIssue, 'code' | 'params'>, lang: Lang): string {
  const template = SHORT_CUTS[lang][issue.code];
  if (template) return fillTemplate(template, lang === 'en' ? englishParams(issue.params) : issue.params);
  return GROUP_TITLES[lang][issue.code] ?? ruleIssueMessage(issue, lang);
}

/** A year's shortfall, only the parts that are short: "专业差 11", never "公需差 0". */
export function shortParts(
  shortfall: Hours,
  words: { public: (h: number) => string; professional: (h: number) => string; join: string },
): string {
  const parts: string[] = [];
  if (shortfall.public > 0) parts.push(words.public(shortfall.public));
  if (shortfall.professional > 0) parts.push(words.professional(shortfall.professional));
  return parts.join(words.join);
}

/**
 * What a failing person lacks, year by year and only where short:
 * `[{ year: 2022, shortfall: { public: 0, professional: 11 } }]`. A pooled
 * window is one entry spanning its years (`label` `2019–2023`).
 */
export function shortYears(
  person: ReportPerson,
  verdict: PersonVerdict,
): Array<{ label: string; shortfall: Hours }> {
  if (verdict.kind !== 'fail') return [];
  const w = person.window;
  if (w && !w.compliant && w.policy === 'pooled')
    return [{ label: `${w.from}–${w.to}`, shortfall: verdict.shortfall }];
  const byYear = new Map<number, ReportYear>(person.years.map((y) => [y.year, y]));
  const out = verdict.failingYears.map((year) => ({
    label: String(year),
    // A failing year without a single record lacks the whole 30 and 60.
    shortfall: byYear.get(year)?.shortfall ?? { public: 30, professional: 60 },
  }));
  const shown = out.filter((y) => y.shortfall.public > 0 || y.shortfall.professional > 0);
  // Failing for want of anything per year (no failing years named): the summed shortfall alone.
  return shown.length ? shown : [{ label: '', shortfall: verdict.shortfall }];
}

export function cardRows(person: ReportPerson, details: readonly ReportDetail[], lang: Lang): CardRow[] {
  const issuesByRef = new Map<string, RuleIssue[]>();
  const add = (ref: string, issues: readonly RuleIssue[]) => {
    if (!issues.length) return;
    const list = issuesByRef.get(ref) ?? [];
    for (const i of issues)
      if (!list.some((x) => x.code === i.code && JSON.stringify(x.params) === JSON.stringify(i.params)))
        list.push(i);
    issuesByRef.set(ref, list);
  };
  const dates = new Map<string, string | null>();
  for (const c of person.evaluation.credits) {
    add(c.ref, c.issues);
    dates.set(c.ref, shortDate(c.start, c.end));
  }
  for (const y of person.evaluation.years) for (const a of y.credits) add(a.ref, a.issues);
  return details
    .filter((d) => d.personKey === person.key)
    .map((detail) => ({
      detail,
      date: dates.get(detail.ref) ?? null,
      reasons: (issuesByRef.get(detail.ref) ?? []).map((i) => ({
        text: ruleIssueMessage(i, lang),
        short: shortReason(i, lang),
        clause: i.clause,
        severity: i.severity,
      })),
    }));
}

/** The window ending in `titleYear`, judged under `policy`. */
export function personWindow(person: ReportPerson, titleYear: number, policy: Policy): WindowResult {
  return evaluateWindow(person.evaluation, titleYear, policy);
}

/** Title years offered: from the first year with records to two years after the last. */
export function titleYearChoices(person: ReportPerson, fallback: number): number[] {
  const years = person.years.map((y) => y.year);
  const from = Math.min(fallback, ...years);
  const to = Math.max(fallback, ...years) + 2;
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
