/**
 * 还差 (the plan): for every person judged by this notice, what the current
 * year still lacks in 公需 and 专业 (一: 30 + 60), and, for a title
 * application in year Y, which years of the window (四: Y−4 … Y) are short and
 * whether they can still be made up (past years cannot). Ordered by urgency,
 * with a reminder line ready to paste into a message. The deadline is a
 * setting (default 12-31): the notice gives none.
 *
 * Pure: the report in (its years and window, no engine explanations needed),
 * plan lines out. A year without any record is short by the whole 30 + 60.
 */
import { fillTemplate, type Lang } from '../i18n/format';
import { YEARLY_REQUIREMENT } from '../rules/notice';
import type { ReportPersonSummary, ReportSummary } from './types';

export interface PlanOptions {
  /** The day the plan is made for: its year is the current year. */
  asOf: { year: number; month: number; day: number };
  /** Month and day by which the current year's hours must be in; default 12-31. */
  deadline?: { month: number; day: number };
  lang?: Lang;
}

export interface PlanGap {
  year: number;
  public: number;
  professional: number;
  /** The year is not over (or is the current year before its deadline). */
  canMakeUp: boolean;
  /** 待核实 rows the year's pass rests on (src/report/review.ts). */
  review: string[];
}

export interface PlanPerson {
  key: string;
  name: string;
  id: string | null;
  /** Years short, current year first, then the window's past years; empty when nothing is missing. */
  gaps: PlanGap[];
  /** The current year's gap, if any. */
  current: PlanGap | null;
  /** Window years that are short and can no longer be made up. */
  lost: PlanGap[];
  reminder: string;
}

const WORDS = {
  zh: {
    part: { public: '公需科目{hours}学时', professional: '专业科目{hours}学时' },
    join: '、',
    current: '{name}：{year}年度继续教育尚缺{parts}，请于{year}年{month}月{day}日前完成并提交证明材料。',
    review: '{name}：{year}年度继续教育学时须核实（{rows}），请提交证明材料或更正台账。',
    lost: '{name}：申报{titleYear}年职称所需的{years}年度学时不足（{parts}），该年度已无法补学，请核实。',
    yearsJoin: '、',
  },
  en: {
    part: { public: '{hours} public hours', professional: '{hours} professional hours' },
    join: ' and ',
    current:
      '{name}: {year} continuing education still lacks {parts}; please complete it and hand in the evidence by {year}-{mm}-{dd}.',
    review:
      '{name}: the {year} hours need verification ({rows}); please hand in the evidence or correct the ledger.',
    lost: '{name}: {years} falls short for a {titleYear} title application ({parts}); that year can no longer be made up.',
    yearsJoin: ', ',
  },
} as const;

const hoursText = (n: number): string =>
  Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);

function partsText(g: PlanGap, lang: Lang): string {
  const W = WORDS[lang];
  const parts: string[] = [];
  if (g.public > 0) parts.push(fillTemplate(W.part.public, { hours: hoursText(g.public) }));
  if (g.professional > 0) parts.push(fillTemplate(W.part.professional, { hours: hoursText(g.professional) }));
  return parts.join(W.join);
}

function gapOf(p: ReportPersonSummary, year: number, canMakeUp: boolean): PlanGap | null {
  const y = p.years.find((r) => r.year === year);
  if (!y)
    return {
      year,
      public: YEARLY_REQUIREMENT.publicHours,
      professional: YEARLY_REQUIREMENT.professionalHours,
      canMakeUp,
      review: [],
    };
  const review = y.review ?? [];
  if (review.length === 0 && (y.compliant || y.deemed)) return null;
  return {
    year,
    public: y.shortfall.public,
    professional: y.shortfall.professional,
    canMakeUp,
    review: [...review],
  };
}

/**
 * The plan for everyone judged by this notice (sector staff, 四(六)2 and 五,
 * are left to their sector), most urgent first: people with a window year that
 * can no longer be made up, then the largest current-year gap.
 * @example a person with 30 公需 and 48 专业 in 2026, as of 2026-10-01:
 * "张伟：2026年度继续教育尚缺专业科目12学时，请于2026年12月31日前完成并提交证明材料。"
 */
export function buildPlan(report: ReportSummary, options: PlanOptions): PlanPerson[] {
  const lang = options.lang ?? report.options.lang;
  const W = WORDS[lang];
  const deadline = options.deadline ?? { month: 12, day: 31 };
  const { asOf } = options;
  const current = asOf.year;
  const beforeDeadline =
    asOf.month < deadline.month || (asOf.month === deadline.month && asOf.day <= deadline.day);
  const titleYear = report.options.titleYear;
  const out: PlanPerson[] = [];
  for (const p of report.people) {
    if (p.status === 'sector') continue;
    const now = gapOf(p, current, beforeDeadline);
    const gaps: PlanGap[] = now ? [now] : [];
    const w = p.window;
    if (titleYear !== undefined && w) {
      for (let y = w.from; y <= w.to; y++) {
        if (y === current) continue;
        const g = gapOf(p, y, y > current);
        if (g) gaps.push(g);
      }
    }
    if (gaps.length === 0) continue;
    const lost = gaps.filter((g) => !g.canMakeUp && g.review.length === 0);
    const name = p.name || (p.id ?? '');
    const lines: string[] = [];
    if (lost.length > 0 && titleYear !== undefined) {
      lines.push(
        fillTemplate(W.lost, {
          name,
          titleYear,
          years: lost.map((g) => g.year).join(W.yearsJoin),
          parts: lost.map((g) => partsText(g, lang)).join(W.yearsJoin),
        }),
      );
    }
    for (const g of gaps) {
      if (lost.includes(g)) continue;
      if (g.review.length > 0)
        lines.push(fillTemplate(W.review, { name, year: g.year, rows: g.review.join(W.yearsJoin) }));
      else
        lines.push(
          fillTemplate(W.current, {
            name,
            year: g.year,
            month: deadline.month,
            day: deadline.day,
            mm: String(deadline.month).padStart(2, '0'),
            dd: String(deadline.day).padStart(2, '0'),
            parts: partsText(g, lang),
          }),
        );
    }
    out.push({
      key: p.key,
      name: p.name,
      id: p.id,
      gaps,
      current: now,
      lost,
      reminder: lines.join(lang === 'zh' ? '' : ' '),
    });
  }
  const missing = (g: PlanGap | null) => (g ? g.public + g.professional : 0);
  return out.sort(
    (a, b) =>
      b.lost.length - a.lost.length ||
      missing(b.current) - missing(a.current) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
