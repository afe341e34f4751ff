/** Shared shapes of the credit mechanisms (one module per mechanism beside this one). */
import type { YearAmounts } from '../attribute';
import type { Activity, ActivityKind, RuleIssue, Subject, YearShare } from '../types';

export interface ModeInput {
  activity: Activity;
  kind: ActivityKind;
  /** The subject decided for single-subject credit. */
  subject: Subject;
}

export interface ModeResult {
  /** What was claimed, in hours, when that means anything. */
  claimed: number | null;
  /** Credit by year; an empty list when nothing is credited. */
  shares: YearShare[];
  issues: RuleIssue[];
  /** Hours per day over the days, for the overlap check (hour-based kinds). */
  dailyHours?: number;
}

export function sharesFor(amounts: YearAmounts, subject: Subject): YearShare[] {
  const shares: YearShare[] = new Array(amounts.length);
  for (let i = 0; i < amounts.length; i++) {
    const { year, amount } = amounts[i];
    shares[i] =
      subject === 'public' ? { year, public: amount, professional: 0 } : { year, public: 0, professional: amount };
  }
  return shares;
}
