/**
 * Fixed hours per item (四(一)4 each 10; 四(三) each 10; 四(四)3 each 16, per
 * course for registration exams; 四(五) computer 5 per module). A claimed
 * figure is not used: "one record, one clause" (interpretations.md).
 */
import { evidenceYear } from '../attribute';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue, Subject } from '../types';
import { type ModeResult, shareOf } from './common';

export function creditPerItem(
  activity: Activity,
  kind: ActivityKind,
  subject: Subject,
  hoursPerItem: number,
): ModeResult {
  const issues: RuleIssue[] = [];
  const count = activity.count ?? 1;
  const credited = hoursPerItem * count;
  const claimed = activity.claimedHours ?? null;
  if (claimed !== null && claimed !== credited) {
    issues.push(
      ruleIssue(
        'fixed-credit',
        'info',
        kind.clause,
        { claimed, credited, hoursPerItem, count },
        activity.ref,
      ),
    );
  }
  const year = evidenceYear(activity);
  if (year === undefined) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed, shares: [], issues };
  }
  return { claimed, shares: [shareOf(year, credited, subject)], issues };
}
