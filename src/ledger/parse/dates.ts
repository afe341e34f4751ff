/**
 * Date cells → day numbers. Ledgers hold dates as Excel serials, as JS `Date`s
 * (file readers), or as text in a dozen local spellings, sometimes a whole
 * range in one cell (`2023.5.8-13`): interpretations.md, "Data quality".
 * Calendar work goes through `../../rules/dates.ts`.
 */
import { dayNumber, daysInMonth, fromDayNumber, isoDate, isValidDate } from '../../rules/dates';
import type { DayNumber } from '../../rules/types';
import { err, ok, type Result } from './result';
import { displayText, isBlankCell, stripSpaces, toHalfWidth, unwrapCellValue } from './text';
import { numeralsToDigits } from './chineseNumerals';

export interface DateSpan {
  start: DayNumber;
  /** Equal to `start` for a single day. */
  end: DayNumber;
  /** `month` when the cell only names a month (`2023年5月`): the span is that whole month. */
  precision: 'day' | 'month';
}

export interface DateOptions {
  /** The workbook uses the 1904 date system (Excel for Mac's old default). */
  date1904?: boolean;
  /** Plausible years; outside them a date is a typo or a wrong serial. Default 1950–2100. */
  minYear?: number;
  maxYear?: number;
}

const DEFAULT_MIN_YEAR = 1950;
const DEFAULT_MAX_YEAR = 2100;

/** Serial of 1970-01-01 in the 1900 system (for serials ≥ 61). */
const SERIAL_1970_1900 = 25569;
/** Serial of 1970-01-01 in the 1904 system (serial 0 = 1904-01-01). */
const SERIAL_1970_1904 = 24107;

/**
 * An Excel serial → day number, or a failure.
 *
 * 1900 system: Excel copies Lotus 1-2-3, which treated 1900 as a leap year, so
 * serial 60 is the fictitious 1900-02-29 and serials 1–59 are one day later
 * than a straight count from 1899-12-31 would give. 1904 system: serial 0 is
 * 1904-01-01, no quirk. A time fraction is dropped (the day is what counts).
 * @example serialToDayNumber(45054) → { ok: true, value: 19485 } (2023-05-08)
 * @example serialToDayNumber(60) → { ok: false, code: 'date-serial-1900-02-29' }
 */
export function serialToDayNumber(serial: number, date1904 = false): Result<DayNumber> {
  if (!Number.isFinite(serial)) return err('date-unrecognised', { text: String(serial) });
  const whole = Math.floor(serial);
  if (date1904) return ok(whole - SERIAL_1970_1904);
  if (whole === 60) return err('date-serial-1900-02-29', { text: String(serial) });
  return ok(whole < 60 ? whole - SERIAL_1970_1900 + 1 : whole - SERIAL_1970_1900);
}

/**
 * Parses a date cell: serial number, `Date`, or text (single day, month, or a
 * range with `-`, `—`, `–`, `－`, `~`, `～`, `至`, `到`). A blank cell is
 * `{ ok: true, value: undefined }`: missing is not wrong at this level.
 * @example parseDateCell('2023.5.8-13') → { ok: true, value: { start: 19485, end: 19490, precision: 'day' } }
 * @example parseDateCell('2023年5月') → { ok: true, value: { start: 19478, end: 19508, precision: 'month' } }
 * @example parseDateCell('2023-02-30') → { ok: false, code: 'date-invalid', params: { text: '2023-02-30' } }
 */
export function parseDateCell(value: unknown, opts: DateOptions = {}): Result<DateSpan | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const v = unwrapCellValue(value);
  const text = displayText(v);
  let span: Result<DateSpan>;
  if (typeof v === 'number') span = parseNumberDate(v, opts.date1904 ?? false);
  else if (v instanceof Date) span = parseJsDate(v);
  else if (typeof v === 'string') span = parseDateText(v);
  else span = err('date-unrecognised', { text });
  if (!span.ok) return { ...span, params: { ...span.params, text } };
  const checked = checkSpan(span.value, text, opts);
  return checked.ok && span.notes ? ok(checked.value, span.notes) : checked;
}

/**
 * The one year of a range whose end is before its start (`2024.09.25—09.21`):
 * the days are wrong but the year is not in doubt. Undefined for anything else.
 * @example yearOfReversedRange('2024.09.25—09.21') === 2024
 * @example yearOfReversedRange('2024.12.25—2023.01.02') === undefined
 */
export function yearOfReversedRange(value: unknown, opts: DateOptions = {}): number | undefined {
  const r = parseDateCell(value, opts);
  if (r.ok || r.code !== 'date-end-before-start') return undefined;
  const [start, end] = [String(r.params.start), String(r.params.end)].map((d) => Number(d.slice(0, 4)));
  return start === end ? start : undefined;
}

/**
 * Like `parseDateCell` but for a column that holds one day (开始日期, 结束日期):
 * a range or a month-only cell there is `date-unrecognised`.
 * @example parseSingleDate('2023/5/8') → { ok: true, value: 19485 }
 */
export function parseSingleDate(value: unknown, opts: DateOptions = {}): Result<DayNumber | undefined> {
  const r = parseDateCell(value, opts);
  if (!r.ok || r.value === undefined) return r as Result<undefined>;
  if (r.value.precision !== 'day' || r.value.start !== r.value.end) {
    return err('date-unrecognised', { text: displayText(value) });
  }
  return ok(r.value.start);
}

/**
 * A 年度 cell: `2023`, `2023年`, `2023年度`, or a date (its year).
 * @example parseYearCell('2023年度') → { ok: true, value: 2023 }
 */
export function parseYearCell(value: unknown, opts: DateOptions = {}): Result<number | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const v = unwrapCellValue(value);
  const min = opts.minYear ?? DEFAULT_MIN_YEAR;
  const max = opts.maxYear ?? DEFAULT_MAX_YEAR;
  const text = displayText(v);
  let year: number | undefined;
  if (typeof v === 'number') year = Number.isInteger(v) && v >= 1000 && v <= 9999 ? v : undefined;
  else if (v instanceof Date) year = Number.isNaN(v.getTime()) ? undefined : v.getUTCFullYear();
  else if (typeof v === 'string') {
    const m = /^(\d{4})(?:年度?|年)?$/.exec(stripSpaces(toHalfWidth(v)));
    year = m ? Number(m[1]) : undefined;
  }
  if (year === undefined || year < min || year > max) return err('year-invalid', { text, min, max });
  return ok(year);
}

/**
 * A day or a range written without its year (`5月8日`, `5月16日-18日`,
 * `5月30日-6月2日`), as ledgers that keep the year in a 年度 column write it:
 * read in `year`, with the note `date-year-from-column` naming the year.
 * Undefined when the text names its year, is no month-and-day, or does not
 * read as a date in that year (the ordinary reader then reports it).
 * @example parseDateWithoutYear('5月16日-18日', 2023) → { ok: true, value: { start: 19493, end: 19495, precision: 'day' }, notes: [{ code: 'date-year-from-column', params: { text: '5月16日-18日', year: 2023 } }] }
 */
export function parseDateWithoutYear(raw: string, year: number): Result<DateSpan> | undefined {
  const text = normaliseDateText(raw);
  if (!/^\d{1,2}月\d{1,2}日/.test(text)) return undefined;
  const span = parseDateText(`${year}年${text}`);
  const checked = span.ok ? checkSpan(span.value, text, {}) : span;
  if (!checked.ok) return undefined;
  return ok(checked.value, [{ code: 'date-year-from-column', params: { text: raw.trim(), year } }]);
}

function checkSpan(span: DateSpan, text: string, opts: DateOptions): Result<DateSpan> {
  const min = opts.minYear ?? DEFAULT_MIN_YEAR;
  const max = opts.maxYear ?? DEFAULT_MAX_YEAR;
  for (const day of [span.start, span.end]) {
    const { year } = fromDayNumber(day);
    if (!(year >= min && year <= max)) return err('date-out-of-range', { text, min, max });
  }
  if (span.end < span.start) {
    return err('date-end-before-start', { text, start: isoDate(span.start), end: isoDate(span.end) });
  }
  return ok(span);
}

function single(day: DayNumber): DateSpan {
  return { start: day, end: day, precision: 'day' };
}

function parseNumberDate(n: number, date1904: boolean): Result<DateSpan> {
  // An integer like 20230508 is a date typed without separators, not serial 20 million.
  if (Number.isInteger(n) && n >= 10000101 && n <= 99991231) {
    return parseDateText(String(n));
  }
  const r = serialToDayNumber(n, date1904);
  // Day numbers beyond ±1e8 are not dates at all; keep them out of Date arithmetic.
  if (r.ok && Math.abs(r.value) > 1e8) return err('date-out-of-range', {});
  return r.ok ? ok(single(r.value)) : r;
}

function parseJsDate(d: Date): Result<DateSpan> {
  if (Number.isNaN(d.getTime())) return err('date-invalid', {});
  // File readers (exceljs) give dates as UTC midnight: the UTC calendar day is the cell's day.
  return ok(single(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())));
}

/** A date as written, before calendar checks. */
interface Written {
  year: number;
  month: number;
  /** Absent for a month-only date. */
  day?: number;
}

const RANGE_SEPARATOR = /[-—–―−~〜至到]+/g;

/**
 * Text → span. Normalises full-width forms and spaces, drops a time of day,
 * then tries the text as one date, else every range-separator position
 * (the hyphen is also a date separator, so `2023-05-08-2023-05-13` is tried
 * at each `-`), preferring a split whose start is a full date.
 */
export function parseDateText(raw: string): Result<DateSpan> {
  const text = normaliseDateText(raw);
  if (text === '') return err('date-unrecognised', {});
  // A serial typed as text (CSV exports): five digits, maybe a time fraction.
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const r = serialToDayNumber(Number(text));
    return r.ok ? ok(single(r.value)) : r;
  }
  const months = monthRange(text) ?? halfYear(text);
  if (months) return months;
  const whole = parseWritten(text);
  if (whole) return toSpan(whole, whole);

  let fallback: Result<DateSpan> | undefined;
  for (const m of text.matchAll(RANGE_SEPARATOR)) {
    const left = text.slice(0, m.index);
    const right = text.slice((m.index ?? 0) + m[0].length);
    const start = parseWritten(left);
    if (!start) continue;
    const end = parseEnd(right, start);
    if (!end) continue;
    const r = toSpan(start, end);
    if (start.day !== undefined) return r;
    fallback ??= r;
  }
  return fallback ?? err('date-unrecognised', {});
}

/** Half-width, no spaces, no trailing time of day (`2023/5/8 0:00:00`, ISO `T00:00:00Z`). */
/**
 * `2024.10-12`: a dot (or slash) date with a hyphen before its last number is a
 * run of months in a ledger's 时间 column (October to December), not 12 October
 * (a day is written with one separator throughout: 2024.10.12, 2024-10-12).
 * Read as the months when the second is a later month of the year, with a note;
 * otherwise left to the day reading.
 */
function monthRange(t: string): Result<DateSpan> | undefined {
  const m = /^(\d{4})[./](\d{1,2})-(\d{1,2})$/.exec(t);
  if (!m) return undefined;
  const [year, from, to] = [+m[1], +m[2], +m[3]];
  if (!(from >= 1 && to > from && to <= 12)) return undefined;
  const span = toSpan({ year, month: from }, { year, month: to });
  if (!span.ok) return span;
  const start = `${year}年${from}月`;
  const end = `${year}年${to}月`;
  return ok(span.value, [{ code: 'date-month-range', params: { text: t, start, end } }]);
}

/**
 * `2025年上半年` / `2025年下半年` / `2025年全年`, and a bare `2025年` / `2025年度`
 * (the whole year): the year is certain, the day is not; read as the months they
 * name (January–June, July–December, the whole year), with a note naming those months.
 */
function halfYear(t: string): Result<DateSpan> | undefined {
  const m = /^(\d{4})(?:年?(上半年|下半年|全年)|年)(?:度)?$/.exec(t);
  if (!m) return undefined;
  const year = +m[1];
  const [from, to] = m[2] === '上半年' ? [1, 6] : m[2] === '下半年' ? [7, 12] : [1, 12];
  const span = toSpan({ year, month: from }, { year, month: to });
  if (!span.ok) return span;
  return ok(span.value, [{ code: 'date-half-year', params: { text: t, year, from, to } }]);
}

function normaliseDateText(raw: string): string {
  let t = toHalfWidth(raw).trim();
  t = t.replace(/(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '');
  t = stripSpaces(t);
  // 二〇二四年九月十日: a date written in Chinese numerals, as on a hand-kept card.
  if (/[年月]/.test(t)) t = numeralsToDigits(t) ?? t;
  return t.replace(/[日号]$/, '日').replace(/号(?=[-—–―−~〜至到])/g, '日');
}

/** A full date or a year-month: `2023-05-08`, `2023.5.8`, `2023/5/8`, `2023年5月8日`, `20230508`, `2023年5月`, `2023.5`. */
function parseWritten(t: string): Written | undefined {
  let m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(t);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /^(\d{4})(?:年(\d{1,2})月|[-./](\d{1,2})月?)$/.exec(t);
  if (m) return { year: +m[1], month: +(m[2] ?? m[3]) };
  return undefined;
}

/**
 * The end of a range, inheriting what it leaves out from the start:
 * `05.13` and `6月10日` take the start's year, `13` its year and month, and
 * `8月` (after a month-only start) its year.
 */
function parseEnd(t: string, start: Written): Written | undefined {
  const full = parseWritten(t);
  if (full) return full;
  // An end month before the start's is in the next year: 2024.12.30-1.2 ends on 2 January 2025.
  let m = /^(\d{1,2})[-./月](\d{1,2})日?$/.exec(t);
  if (m) return { year: nextYearIfEarlier(start, +m[1], +m[2]), month: +m[1], day: +m[2] };
  if (start.day !== undefined) {
    m = /^(\d{1,2})日?$/.exec(t);
    if (m) return { year: start.year, month: start.month, day: +m[1] };
  } else {
    m = /^(\d{1,2})月$/.exec(t);
    if (m) return { year: nextYearIfEarlier(start, +m[1]), month: +m[1] };
  }
  return undefined;
}

/** The start's year, or the next when the end's month comes before the start's (a range over New Year). */
function nextYearIfEarlier(start: Written, month: number, day?: number): number {
  const earlier = month < start.month;
  return earlier && month >= 1 && (day === undefined || day >= 1) ? start.year + 1 : start.year;
}

function toSpan(a: Written, b: Written): Result<DateSpan> {
  const start = firstDay(a);
  const end = lastDay(b);
  if (start === undefined || end === undefined) return err('date-invalid', {});
  const precision = a.day === undefined || b.day === undefined ? 'month' : 'day';
  return ok({ start, end, precision });
}

function firstDay(w: Written): DayNumber | undefined {
  const day = w.day ?? 1;
  return isValidDate(w.year, w.month, day) ? dayNumber(w.year, w.month, day) : undefined;
}

function lastDay(w: Written): DayNumber | undefined {
  if (w.day !== undefined) return firstDay(w);
  if (!isValidDate(w.year, w.month, 1)) return undefined;
  return dayNumber(w.year, w.month, daysInMonth(w.year, w.month));
}
