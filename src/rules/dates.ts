/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure and
 * time-zone free: a ledger's dates are calendar days, not instants.
 */
import type { DayNumber } from './types';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by integer arithmetic
 * (H. Hinnant's days_from_civil): the engine's hot path, no Date objects.
 * Out-of-range months and days roll over as Date.UTC does.
 * @example dayNumber(2023, 2, 20) === 19408
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  if (month < 1 || month > 12 || !Number.isInteger(month)) {
    return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** True when (year, month, day) is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A clock's date as the calendar on that computer shows it (the caller reads the
 * clock: the command line's and the pane's "today").
 * @example localDateParts(new Date(2026, 11, 3)) → { year: 2026, month: 12, day: 3 }
 */
export function localDateParts(d: Date): { year: number; month: number; day: number } {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** @example fromDayNumber(19408) → { year: 2023, month: 2, day: 20 } */
export function fromDayNumber(n: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar year of a day number (H. Hinnant's civil_from_days, year part only). */
export function yearOf(n: DayNumber): number {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** @example isoDate(19408) === '2023-02-20' */
export function isoDate(n: DayNumber): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` strictly; undefined when it is not a real date. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : undefined;
}

/** Days from `start` to `end`, both included. @example inclusiveDays(d(2023,5,8), d(2023,5,13)) === 6 */
export function inclusiveDays(start: DayNumber, end: DayNumber): number {
  return end - start + 1;
}

/**
 * Splits the inclusive span [start, end] into the days that fall in each
 * calendar year. @example a span 2022-12-30 … 2023-01-02 → [{2022: 2}, {2023: 2}]
 */
export function daysByYear(start: DayNumber, end: DayNumber): Array<{ year: number; days: number }> {
  const out: Array<{ year: number; days: number }> = [];
  let from = start;
  for (let y = yearOf(start); from <= end; y++) {
    const lastOfYear = dayNumber(y, 12, 31);
    const to = Math.min(end, lastOfYear);
    out.push({ year: y, days: to - from + 1 });
    from = to + 1;
  }
  return out;
}

/**
 * Whole calendar months covered by [start, end], split by year, counting a
 * month as from day d to the day before d in the next month
 * (15 Mar – 14 Sep = 6 months), per interpretations.md "Months".
 * A month that straddles New Year is attributed to the year holding most of it
 * (its start year when tied).
 */
export function monthsByYear(start: DayNumber, end: DayNumber): Array<{ year: number; months: number }> {
  const s = fromDayNumber(start);
  const counts = new Map<number, number>();
  // Walk whole months: [cursor, next-1] must fit inside [start, end].
  let cy = s.year;
  let cm = s.month;
  let cursor = start;
  for (;;) {
    const ny = cm === 12 ? cy + 1 : cy;
    const nm = cm === 12 ? 1 : cm + 1;
    const nextDay = Math.min(s.day, daysInMonth(ny, nm));
    const next = dayNumber(ny, nm, nextDay);
    if (next - 1 > end) break;
    const yearsInMonth = daysByYear(cursor, next - 1);
    const owner = yearsInMonth.reduce((best, cur) => (cur.days > best.days ? cur : best)).year;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
    cursor = next;
    cy = ny;
    cm = nm;
  }
  if (counts.size === 0) counts.set(s.year, 0);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([year, months]) => ({ year, months }));
}

/**
 * The same day `months` months later (clamped to the month's last day).
 * @example isoDate(addMonths(dayNumber(2023, 1, 1), 6)) === '2023-07-01'
 * @example isoDate(addMonths(dayNumber(2023, 8, 31), 6)) === '2024-02-29'
 */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const d = fromDayNumber(n);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/**
 * Whether the days of [start, end] that fall in `year` last more than
 * `months` months: the last such day is on or after the first one plus
 * `months` months (四(四)4 "年度内…超过6个月": 1 Jan – 30 Jun is not more than
 * 6 months, 1 Jan – 1 Jul is).
 * @example spansMoreThanMonths(dayNumber(2023, 1, 1), dayNumber(2023, 7, 15), 2023, 6) === true
 */
export function spansMoreThanMonths(start: DayNumber, end: DayNumber, year: number, months: number): boolean {
  const from = Math.max(start, dayNumber(year, 1, 1));
  const to = Math.min(end, dayNumber(year, 12, 31));
  return to >= from && to >= addMonths(from, months);
}
