/**
 * A year's worth of hours prorated by months (四(四)2 援派; 四(四)4 abroad,
 * sick leave, maternity leave): yearly × months/12 in each year, exact
 * (7/12 × 30 = 17.5). interpretations.md: a months column wins (shared out
 * over the years of a span in proportion to its months there); else whole
 * calendar months covered by the dates, split by year. 四(四)4⑴⑵ need more
 * than 6 months in that year, measured on the actual days of the period that
 * fall in that year when the dates are known (1 Jan – 15 Jul is more than 6
 * months, 1 Jan – 30 Jun is not); else on the months column. The proration
 * itself stays in whole months.
 */
import { monthsByYear, spansMoreThanMonths, yearOf } from '../dates';
import { ruleIssue } from '../issues';
import type { Activity, ActivityKind, Hours, RuleIssue, YearShare } from '../types';
import type { ModeResult } from './common';

/** Months in each year, from the months column or from the dates. */
export function monthsOf(activity: Activity): Array<{ year: number; months: number }> | undefined {
  const { months, year, start, end } = activity;
  const s = start ?? end;
  const e = end ?? start;
  if (months !== undefined) {
    if (year !== undefined) return [{ year, months }];
    if (s === undefined || e === undefined) return undefined;
    if (yearOf(s) === yearOf(e) || e < s) return [{ year: yearOf(s), months }];
    // A span over several years: the column's months are shared out in
    // proportion to the whole months the dates give each year.
    const split = monthsByYear(s, e);
    const total = split.reduce((sum, p) => sum + p.months, 0);
    if (total === 0) return [{ year: yearOf(s), months }];
    return split.map((p) => ({ year: p.year, months: (months * p.months) / total }));
  }
  if (start === undefined || end === undefined || end < start) return undefined;
  const split = monthsByYear(start, end);
  // A declared 归属年度 keeps only that year's months.
  if (year !== undefined) return [{ year, months: split.find((p) => p.year === year)?.months ?? 0 }];
  return split;
}

/**
 * More than `threshold` months in `year`: by the dates' days there when both
 * are known, else by the months. One date beside a months column is when the
 * leave began, not its length: the months decide.
 */
function overThreshold(activity: Activity, year: number, months: number, threshold: number): boolean {
  const { start, end } = activity;
  const oneDateWithMonths = start === end && activity.months !== undefined;
  if (start !== undefined && end !== undefined && end >= start && !oneDateWithMonths)
    return spansMoreThanMonths(start, end, year, threshold);
  return months > threshold;
}

export function creditMonthsProrated(
  activity: Activity,
  kind: ActivityKind,
  yearly: Hours,
  minMonthsExclusive: number | undefined,
): ModeResult {
  const issues: RuleIssue[] = [];
  const byYear = monthsOf(activity);
  if (!byYear) {
    // Months known but no year to put them in: say that, not that the months are missing.
    const code = activity.months !== undefined ? 'year-unknown' : 'months-unknown';
    issues.push(ruleIssue(code, 'error', kind.clause, {}, activity.ref));
    return { claimed: activity.claimedHours ?? null, shares: [], issues };
  }
  const shares: YearShare[] = [];
  for (const { year, months: raw } of byYear) {
    const months = Math.min(12, Math.max(0, raw));
    if (minMonthsExclusive !== undefined && !overThreshold(activity, year, months, minMonthsExclusive)) {
      issues.push(
        ruleIssue(
          'months-not-over-threshold',
          'warning',
          kind.clause,
          { year, months, threshold: minMonthsExclusive },
          activity.ref,
        ),
      );
      continue;
    }
    shares.push({
      year,
      public: (yearly.public * months) / 12,
      professional: (yearly.professional * months) / 12,
    });
  }
  return { claimed: activity.claimedHours ?? null, shares, issues };
}
