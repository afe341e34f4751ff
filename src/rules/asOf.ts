/**
 * A title window judged on a day before its end (the command line's as-of day,
 * today by default): only what has happened by that day counts. A ledger may
 * already hold what has not: a training dated next year, the yearly 10 of a
 * degree programme whose term runs on (四(二)), a posting or leave whose end
 * lies ahead (四(四)2, 四(四)4, prorated by month). Counting those would pass a
 * window on credits projected into the future.
 *
 * So, as of day D in year A: a record that begins after D counts nothing;
 * shares in years after A count nothing (those years have not begun); a
 * month-prorated record running on past D counts, in A, only the whole months
 * up to D. Everything else (a training in progress on D, hours claimed for the
 * whole) is counted as recorded.
 */
import { monthsByYear, yearOf } from './dates';
import { clean } from './exact';
import type { ActivityCredit, DayNumber, YearShare } from './types';

export interface CreditsAsOf {
  /** The credits as they stand on the day, in the same order. */
  credits: ActivityCredit[];
  /** How many records were dropped or cut. */
  cut: number;
}

/**
 * The credits as they stand on `asOf`; undefined when nothing lies after it
 * (nearly always: the caller then keeps the evaluation it has).
 * @example a 公需科目学习 dated 2027-03-01, as of 2026-12-03 → dropped (cut 1)
 * @example 援派 2026-01-01 – 2026-12-31 (90 in 2026), as of 2026-06-15 → 5 whole months: 37.5
 */
export function creditsAsOf(
  credits: readonly ActivityCredit[],
  asOf: DayNumber,
  monthsBased: (kind: string) => boolean,
): CreditsAsOf | undefined {
  const asOfYear = yearOf(asOf);
  let out: ActivityCredit[] | undefined;
  let cut = 0;
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    const next = creditAsOf(c, asOf, asOfYear, monthsBased);
    if (next === c) {
      if (out) out.push(c);
      continue;
    }
    out ??= credits.slice(0, i);
    cut++;
    if (next) out.push(next);
  }
  return out && { credits: out, cut };
}

function creditAsOf(
  c: ActivityCredit,
  asOf: DayNumber,
  asOfYear: number,
  monthsBased: (kind: string) => boolean,
): ActivityCredit | undefined {
  const first = c.start ?? c.end;
  if (first !== undefined && first > asOf) return undefined;
  let shares = c.shares;
  if (shares.some((s) => s.year > asOfYear)) shares = shares.filter((s) => s.year <= asOfYear);
  if (c.start !== undefined && c.end !== undefined && c.end > asOf && monthsBased(c.kind)) {
    const full = monthsIn(c.start, c.end, asOfYear);
    const done = monthsIn(c.start, asOf, asOfYear);
    if (full > 0 && done < full)
      shares = shares.map((s) => (s.year === asOfYear ? scaled(s, done / full) : s));
  }
  if (shares === c.shares) return c;
  let credited = 0;
  for (const s of shares) credited += s.public + s.professional;
  return { ...c, shares, credited: clean(credited) };
}

function monthsIn(start: DayNumber, end: DayNumber, year: number): number {
  return monthsByYear(start, end).find((p) => p.year === year)?.months ?? 0;
}

function scaled(s: YearShare, ratio: number): YearShare {
  return { ...s, public: clean(s.public * ratio), professional: clean(s.professional * ratio) };
}
