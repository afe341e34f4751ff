/**
 * The plan (`--plan`) as text: who still lacks hours, most urgent first, one
 * reminder line each, ready to paste into a message. Pure.
 */
import { fillTemplate, type Lang } from '../i18n/format';
import type { PlanPerson } from '../report/plan';

const WORDS = {
  zh: {
    title: '待办（截至{date}）：{count} 人尚缺学时',
    none: '待办（截至{date}）：无人缺学时。',
  },
  en: {
    title: 'To do (as of {date}): {count} people still lack hours',
    none: 'To do (as of {date}): nobody lacks hours.',
  },
} as const;

export function renderPlan(
  plan: readonly PlanPerson[],
  asOf: { year: number; month: number; day: number },
  lang: Lang,
): string {
  const W = WORDS[lang];
  const date = `${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}`;
  if (plan.length === 0) return `${fillTemplate(W.none, { date })}\n`;
  const lines = [fillTemplate(W.title, { date, count: plan.length })];
  for (const p of plan) lines.push(`  ${p.reminder}`);
  return `${lines.join('\n')}\n`;
}
