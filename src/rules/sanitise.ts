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

function badNumber(v: unknown): boolean {
  return v !== undefined && (typeof v !== 'number' || !(Math.abs(v) <= 1e7));
}
function badDay(v: unknown): boolean {
  return v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_DAY || v > MAX_DAY);
}
function badYear(v: unknown): boolean {
  return v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2200);
}
function badText(v: unknown): boolean {
  return v !== undefined && typeof v !== 'string';
}
function badSubject(v: unknown): boolean {
  return v !== undefined && v !== 'public' && v !== 'professional';
}
function badBoolean(v: unknown): boolean {
  return v !== undefined && typeof v !== 'boolean';
}

/** The fast path: no field fails. */
export function isSound(a: Activity): boolean {
  return (
    !badNumber(a.claimedHours) &&
    !badNumber(a.days) &&
    !badNumber(a.travelDays) &&
    !badNumber(a.months) &&
    !badNumber(a.count) &&
    !badNumber(a.score) &&
    !badDay(a.start) &&
    !badDay(a.end) &&
    !badYear(a.year) &&
    !badText(a.level) &&
    !badText(a.evidence) &&
    !badText(a.title) &&
    !badText(a.achievementKey) &&
    !badSubject(a.declaredSubject) &&
    !badBoolean(a.passed)
  );
}

/** The fields that fail their type, in a fixed order. */
const NONE: Array<keyof Activity> = [];

function invalidFields(a: Activity): Array<keyof Activity> {
  if (isSound(a)) return NONE;
  const bad: Array<keyof Activity> = [];
  for (const f of NUMBER_FIELDS) if (badNumber(a[f])) bad.push(f);
  for (const f of DAY_FIELDS) if (badDay(a[f])) bad.push(f);
  if (badYear(a.year)) bad.push('year');
  for (const f of TEXT_FIELDS) if (badText(a[f])) bad.push(f);
  if (badSubject(a.declaredSubject)) bad.push('declaredSubject');
  if (badBoolean(a.passed)) bad.push('passed');
  return bad;
}

/**
 * Returns the activity itself when every field is sound (the common case, no
 * allocation), else a copy without the bad fields, pushing one issue per field.
 */
export function sanitiseActivity(activity: Activity, issues: RuleIssue[]): Activity {
  const bad = invalidFields(activity);
  if (bad.length === 0) return activity;
  const out: Activity = { ...activity };
  for (const field of bad) {
    delete out[field];
    issues.push(
      ruleIssue(
        'invalid-value',
        'error',
        null,
        { field, value: String(activity[field]).slice(0, 40) },
        activity.ref,
      ),
    );
  }
  return out;
}
