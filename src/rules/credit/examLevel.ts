/**
 * 四(五) 职称外语: "考试成绩在60分及以上的，A、B、C级分别认定当年公需科目30、20、10学时"
 * — credited in the exam year; below 60 earns nothing.
 */
import { evidenceYear } from '../attribute';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue, Subject } from '../types';
import { type ModeResult, sharesFor } from './common';

export function creditExamLevel(
  activity: Activity,
  kind: ActivityKind,
  subject: Subject,
  levels: Record<string, number>,
  passScore: number,
): ModeResult {
  const issues: RuleIssue[] = [];
  const claimed = activity.claimedHours ?? null;
  const level = activity.level?.trim().toUpperCase();
  const hours = level === undefined ? undefined : levels[level];
  if (hours === undefined) {
    issues.push(
      ruleIssue('level-unknown', 'error', kind.clause, { level: activity.level ?? '' }, activity.ref),
    );
    return { claimed, shares: [], issues };
  }
  if (activity.score !== undefined && activity.score < passScore) {
    issues.push(
      ruleIssue(
        'score-below-pass',
        'warning',
        kind.clause,
        { score: activity.score, passScore },
        activity.ref,
      ),
    );
    return { claimed, shares: [], issues };
  }
  if (activity.score === undefined) {
    // 四(五) credits only scores of 60 or more: without a score the hours are
    // counted, but an error, so a pass that rests on them is 待核实 (report/review.ts).
    issues.push(ruleIssue('score-missing', 'error', kind.clause, { passScore }, activity.ref));
  }
  const year = evidenceYear(activity);
  if (year === undefined) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed, shares: [], issues };
  }
  return { claimed, shares: sharesFor([{ year, amount: hours }], subject), issues };
}
