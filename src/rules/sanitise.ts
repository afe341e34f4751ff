/**
 * The core's own guard: activities are typed, but a caller may still hand in a
 * NaN, a string or a date a thousand years off. Such fields are dropped with an
 * `invalid-value` issue, so the engine never loops on them or throws.
 */
import { dayNumber } from './dates';
import { ruleIssue } from './issues';
import type { Activity, RuleIssue } from './types';

const MIN_DAY = dayNumber(1900, 1, 1);
const MAX_DAY = dayNumber(2200, 12, 31);
const NUMBER_FIELDS = ['claimedHours', 'days', 'travelDays', 'months', 'count', 'score'] as const;
const DAY_FIELDS = ['start', 'end'] as const;
const TEXT_FIELDS = ['level', 'evidence', 'title', 'achievementKey'] as const;

export function sanitiseActivity(activity: Activity): { activity: Activity; issues: RuleIssue[] } {
  let out: Activity | undefined;
  const issues: RuleIssue[] = [];
  const drop = (field: keyof Activity, value: unknown) => {
    out ??= { ...activity };
    delete out[field];
    issues.push(ruleIssue('invalid-value', 'error', null, { field, value: String(value).slice(0, 40) }, activity.ref));
  };
  for (const f of NUMBER_FIELDS) {
    const v = activity[f] as unknown;
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e7)) drop(f, v);
  }
  for (const f of DAY_FIELDS) {
    const v = activity[f] as unknown;
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_DAY || v > MAX_DAY)) drop(f, v);
  }
  const y = activity.year as unknown;
  if (y !== undefined && (typeof y !== 'number' || !Number.isInteger(y) || y < 1900 || y > 2200)) drop('year', y);
  for (const f of TEXT_FIELDS) {
    const v = activity[f] as unknown;
    if (v !== undefined && typeof v !== 'string') drop(f, v);
  }
  const subject = activity.declaredSubject as unknown;
  if (subject !== undefined && subject !== 'public' && subject !== 'professional') drop('declaredSubject', subject);
  const passed = activity.passed as unknown;
  if (passed !== undefined && typeof passed !== 'boolean') drop('passed', passed);
  return { activity: out ?? activity, issues };
}
