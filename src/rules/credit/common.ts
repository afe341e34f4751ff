/** Shared shapes of the credit mechanisms (one module per mechanism beside this one). */
import { singleYearOfDays, splitByDays, type YearAmounts } from '../attribute';
import type { Activity, RuleIssue, Subject, YearShare } from '../types';

export interface ModeResult {
  /** What was claimed, in hours, when that means anything. */
  claimed: number | null;
  /** Credit by year; an empty list when nothing is credited. */
  shares: YearShare[];
  issues: RuleIssue[];
  /** Hours per day over the days, for the overlap check (hour-based kinds). */
  dailyHours?: number;
}

/** One year's share of single-subject credit. */
export function shareOf(year: number, amount: number, subject: Subject): YearShare {
  return subject === 'public'
    ? { year, public: amount, professional: 0 }
    : { year, public: 0, professional: amount };
}

/** Shares of `amount` by the days in each year (see attribute.ts); undefined when no year can be known. */
export function sharesByDays(activity: Activity, amount: number, subject: Subject): YearShare[] | undefined {
  const single = singleYearOfDays(activity);
  if (single === undefined) return undefined;
  if (single !== null) return [shareOf(single, amount, subject)];
  const amounts = splitByDays(activity, amount);
  return amounts && sharesFor(amounts, subject);
}

export function sharesFor(amounts: YearAmounts, subject: Subject): YearShare[] {
  const shares: YearShare[] = new Array(amounts.length);
  for (let i = 0; i < amounts.length; i++) {
    const { year, amount } = amounts[i];
    shares[i] =
      subject === 'public'
        ? { year, public: amount, professional: 0 }
        : { year, public: 0, professional: amount };
  }
  return shares;
}
