/**
 * 四(六)1: "视同完成当年继续教育学时" — each year the record names (or its
 * span touches) is deemed complete; no hours are invented.
 */
import { yearsOfTerm } from '../attribute';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue } from '../types';
import type { ModeResult } from './common';

export function creditDeemedComplete(activity: Activity, kind: ActivityKind): ModeResult {
  const issues: RuleIssue[] = [];
  const years = yearsOfTerm(activity);
  if (!years) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed: activity.claimedHours ?? null, shares: [], issues };
  }
  for (const year of years)
    issues.push(ruleIssue('deemed-complete', 'info', kind.clause, { year }, activity.ref));
  return {
    claimed: activity.claimedHours ?? null,
    shares: years.map((year) => ({ year, public: 0, professional: 0, deemed: true })),
    issues,
  };
}
