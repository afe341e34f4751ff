/**
 * What a person's card shows, from the report model and the engine's own
 * explanation: the rows with claimed versus credited hours, and every cut's
 * message with its clause; the window for any title year.
 */
import type { Lang } from '../src/i18n/format';
import type { ReportDetail, ReportPerson } from '../src/report/types';
import { evaluateWindow } from '../src/rules/evaluate';
import { ruleIssueMessage } from '../src/rules/messages';
import type { Policy, RuleIssue, WindowResult } from '../src/rules/types';

export interface CardRow {
  detail: ReportDetail;
  /** Each cut, refusal or warning: message and clause. */
  reasons: Array<{ text: string; clause: string | null; severity: RuleIssue['severity'] }>;
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
  for (const c of person.evaluation.credits) add(c.ref, c.issues);
  for (const y of person.evaluation.years) for (const a of y.credits) add(a.ref, a.issues);
  return details
    .filter((d) => d.personKey === person.key)
    .map((detail) => ({
      detail,
      reasons: (issuesByRef.get(detail.ref) ?? []).map((i) => ({
        text: ruleIssueMessage(i, lang),
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
