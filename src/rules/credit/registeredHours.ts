/**
 * Hours as registered: 四(一)1 公需科目 "经考试合格的…登记学时"; 六(二) 导师制
 * "完成绩效评估后登记继续教育学时"; 四(四)5 as the annual notice converts.
 */
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue, Subject } from '../types';
import { type ModeResult, sharesByDays } from './common';

export function creditRegisteredHours(activity: Activity, kind: ActivityKind, subject: Subject): ModeResult {
  const issues: RuleIssue[] = [];
  const claimed = activity.claimedHours;
  if (claimed === undefined) {
    issues.push(ruleIssue('hours-missing', 'error', kind.clause, {}, activity.ref));
    return { claimed: null, shares: [], issues };
  }
  const shares = sharesByDays(activity, claimed, subject);
  if (!shares) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed, shares: [], issues };
  }
  return { claimed, shares, issues };
}
