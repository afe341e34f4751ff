/**
 * 四(二): "在学期内每项每年登记10学时" — one programme earns 10 in each calendar
 * year its term touches (interpretations.md "Self-study"); the yearly cap of
 * 40 is applied in the summary.
 */
import { yearsOfTerm } from '../attribute';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue, Subject } from '../types';
import { type ModeResult, sharesFor } from './common';

export function creditPerProgrammeYear(
  activity: Activity,
  kind: ActivityKind,
  subject: Subject,
  hoursPerYear: number,
): ModeResult {
  const issues: RuleIssue[] = [];
  const claimed = activity.claimedHours ?? null;
  const years = yearsOfTerm(activity);
  if (!years) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed, shares: [], issues };
  }
  const perYear = hoursPerYear * (activity.count ?? 1);
  if (claimed !== null && claimed !== perYear * years.length) {
    issues.push(
      ruleIssue(
        'fixed-credit',
        'info',
        kind.clause,
        { claimed, credited: perYear * years.length, hoursPerItem: hoursPerYear, count: years.length },
        activity.ref,
      ),
    );
  }
  return {
    claimed,
    shares: sharesFor(
      years.map((year) => ({ year, amount: perYear })),
      subject,
    ),
    issues,
  };
}
