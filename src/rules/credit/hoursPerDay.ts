/**
 * Actual hours, at most `perDayCap` per day, travel and rest days excluded
 * (四(一)2, 四(一)3, 四(四)1; 三(二)3 when days are known).
 * interpretations.md: per record, credited = min(claimed, 8 × days); days = the
 * days column, else the inclusive days between start and end minus travel/rest
 * days; unknown days: credit as claimed and warn.
 */
import { inclusiveDays } from '../dates';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, RuleIssue, Subject } from '../types';
import { type ModeResult, sharesByDays } from './common';

/** The days an activity lasted for the daily cap, or a reason why not. */
export function activityDays(input: Activity): { days?: number; issue?: 'travel-days-exceed' } {
  const days = daysForCap(input);
  if (days === TRAVEL_EXCEEDS) return { issue: 'travel-days-exceed' };
  return days === undefined ? {} : { days };
}

/** activityDays without an object: the days, undefined when unknown, or TRAVEL_EXCEEDS. */
const TRAVEL_EXCEEDS = -1;
function daysForCap(input: Activity): number | undefined {
  if (input.days !== undefined) return input.days;
  if (input.start === undefined || input.end === undefined || input.end < input.start) return undefined;
  const span = inclusiveDays(input.start, input.end);
  const travel = input.travelDays ?? 0;
  return travel >= span ? TRAVEL_EXCEEDS : span - travel;
}

export function creditHoursPerDay(
  activity: Activity,
  kind: ActivityKind,
  subject: Subject,
  perDayCap: number,
): ModeResult {
  const issues: RuleIssue[] = [];
  const claimed = activity.claimedHours;
  if (claimed === undefined) {
    issues.push(ruleIssue('hours-missing', 'error', kind.clause, {}, activity.ref));
    return { claimed: null, shares: [], issues };
  }
  const days = daysForCap(activity);
  let credited = claimed;
  if (days === TRAVEL_EXCEEDS) {
    issues.push(
      ruleIssue(
        'travel-days-exceed',
        'error',
        kind.clause,
        { travelDays: activity.travelDays ?? 0 },
        activity.ref,
      ),
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
