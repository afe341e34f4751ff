/**
 * Actual hours, at most `perDayCap` per day, travel and rest days excluded
 * (四(一)2, 四(一)3, 四(四)1; 三(二)3 when days are known).
 * interpretations.md: per record, credited = min(claimed, 8 × days); days = the
 * days column, else the inclusive days between start and end minus travel/rest
 * days; unknown days: credit as claimed and warn.
 */
import { inclusiveDays } from '../dates';
import { ruleIssue } from '../issues';
import type { RuleIssue } from '../types';
import { type ModeInput, type ModeResult, sharesByDays } from './common';

/** The days an activity lasted for the daily cap, or a reason why not. */
export function activityDays(input: ModeInput['activity']): { days?: number; issue?: 'travel-days-exceed' } {
  if (input.days !== undefined) return { days: input.days };
  if (input.start === undefined || input.end === undefined || input.end < input.start) return {};
  const span = inclusiveDays(input.start, input.end);
  const travel = input.travelDays ?? 0;
  if (travel >= span) return { issue: 'travel-days-exceed' };
  return { days: span - travel };
}

export function creditHoursPerDay({ activity, kind, subject }: ModeInput, perDayCap: number): ModeResult {
  const issues: RuleIssue[] = [];
  const claimed = activity.claimedHours;
  if (claimed === undefined) {
    issues.push(ruleIssue('hours-missing', 'error', kind.clause, {}, activity.ref));
    return { claimed: null, shares: [], issues };
  }
  const { days, issue } = activityDays(activity);
  let credited = claimed;
  if (issue) {
    issues.push(
      ruleIssue(issue, 'error', kind.clause, { travelDays: activity.travelDays ?? 0 }, activity.ref),
    );
    credited = 0;
  } else if (days === undefined) {
    // 三(二)3 online learning: the cap applies only when days are known; no warning then.
    if (kind.code !== 'online-learning') {
      issues.push(ruleIssue('days-unknown', 'warning', kind.clause, { claimed }, activity.ref));
    }
  } else {
    const cap = perDayCap * days;
    if (claimed > cap) {
      credited = cap;
      issues.push(
        ruleIssue('per-day-cap', 'warning', kind.clause, { claimed, cap, days, perDayCap }, activity.ref),
      );
    }
  }
  const shares = sharesByDays(activity, credited, subject);
  if (!shares) {
    issues.push(ruleIssue('year-unknown', 'error', kind.clause, {}, activity.ref));
    return { claimed, shares: [], issues };
  }
  return {
    claimed,
    shares,
    issues,
    dailyHours: days && days > 0 ? credited / days : undefined,
  };
}
