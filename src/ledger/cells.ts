/**
 * Column readers for the intake: the cell parsers of `./parse/` behind a fast
 * path for the common case (a plain number, a repeated short string), so a
 * 100,000-row ledger costs little more than reading its file. A reader returns
 * the value, or undefined and a problem: it never throws and allocates nothing
 * for a clean cell.
 */
import { dayNumber, fromDayNumber } from '../rules/dates';
import type { DayNumber, Subject } from '../rules/types';
import { parseDateCell, parseDateWithoutYear, parseYearCell, type DateSpan } from './parse/dates';
import { parseIdNumber, type IdNumberInfo } from './parse/idNumber';
import { parseLevel, parsePassed, parseSubject } from './parse/labels';
import { parseCount, parseDays, parseHours, parseMonths, parseScore } from './parse/numbers';
import type { Note, Params, Result } from './parse/result';
import { cellText, isBlankCell, unwrapCellValue } from './parse/text';
import type { LedgerCode } from './codes';

/** Receives a cell's problem (an error, or an informational note on a good value). */
export type Report = (code: LedgerCode, params: Params) => void;

/** Reads one cell of a column; undefined for a blank or a refused cell. */
export type CellReader<T> = (value: unknown, report: Report) => T | undefined;

/** Distinct strings remembered per column; beyond it strings are parsed each time (memory stays bounded). */
const CACHE_LIMIT = 20_000;

/** True when the cell holds nothing: null, undefined, '' or spaces only (also inside reader wrappers). */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return true;
    // trim() takes every space but the zero-width ones: text left that starts with
    // anything else is not blank (most cells, and no regular expression run).
    const c = t.charCodeAt(0);
    return (c === 0x200b || c === 0x2060) && t.length < 8 && isBlankCell(t);
  }
  if (typeof v === 'object' && !(v instanceof Date)) return isBlankCell(v);
  return false;
}

/** Exceljs wrappers (formula results, rich text, hyperlinks) to the value shown. */
function plain(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !(v instanceof Date) ? unwrapCellValue(v) : v;
}

function deliver<T>(r: Result<T | undefined>, report: Report): T | undefined {
  if (!r.ok) {
    report(r.code, r.params);
    return undefined;
  }
  if (r.notes) for (const n of r.notes as Note[]) report(n.code, n.params);
  return r.value;
}

/**
 * Wraps a parser: blank → undefined; strings are parsed once per distinct text
 * (the same `24学时` or `公需科目` repeats down a column); other values each time.
 */
function cachedReader<T>(
  parse: (v: unknown) => Result<T | undefined>,
  fast?: (v: unknown) => T | undefined,
): CellReader<T> {
  const cache = new Map<string, Result<T | undefined>>();
  return (raw, report) => {
    if (raw === null || raw === undefined || raw === '') return undefined;
    if (fast) {
      const quick = fast(raw);
      if (quick !== undefined) return quick;
    }
    const v = plain(raw);
    if (typeof v === 'string') {
      let r = cache.get(v);
      if (r === undefined) {
        r = parse(v);
        if (cache.size < CACHE_LIMIT) cache.set(v, r);
      }
      return deliver(r, report);
    }
    return deliver(parse(v), report);
  };
}

/** A finite non-negative number is taken as is: 17.5 stays 17.5. */
function plainQuantity(v: unknown): number | undefined {
  return typeof v === 'number' && v >= 0 && v < 1e7 ? (v === 0 ? 0 : v) : undefined;
}

function plainCount(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7 ? (v === 0 ? 0 : v) : undefined;
}

export const readHours = (): CellReader<number> => cachedReader(parseHours, plainQuantity);
export const readDays = (): CellReader<number> => cachedReader(parseDays, plainQuantity);
export const readMonths = (): CellReader<number> => cachedReader(parseMonths, plainQuantity);
export const readScore = (): CellReader<number> => cachedReader(parseScore, plainQuantity);
export const readCount = (): CellReader<number> => cachedReader(parseCount, plainCount);
export const readSubject = (): CellReader<Subject> => cachedReader(parseSubject);
export const readLevel = (): CellReader<string> => cachedReader(parseLevel);
export const readPassed = (): CellReader<boolean> =>
  cachedReader(parsePassed, (v) => (typeof v === 'boolean' ? v : undefined));

/** Day numbers of 1950-01-01 and 2100-12-31: the plausible range of `parseDateCell`. */
const MIN_DAY = dayNumber(1950, 1, 1);
const MAX_DAY = dayNumber(2100, 12, 31);

/**
 * Date cells → spans. Fast paths: an Excel serial in the plausible range, and a
 * JS Date (file readers give UTC midnight, so its UTC day is the cell's day).
 */
export function readDates(date1904 = false): CellReader<DateSpan> {
  const offset = date1904 ? 24107 : 25569;
  return cachedReader(
    (v) => parseDateCell(v, { date1904 }),
    (v) => {
      let day: number | undefined;
      if (typeof v === 'number') {
        // Serials ≥ 61 only: below, the 1900 system's leap-year quirk needs the slow path.
        if (v >= 61 && v < 10_000_000) day = Math.floor(v) - offset;
      } else if (v instanceof Date) {
        const t = v.getTime();
        if (t === t) day = Math.floor(t / 86_400_000);
      }
      return day !== undefined && day >= MIN_DAY && day <= MAX_DAY
        ? { start: day, end: day, precision: 'day' }
        : undefined;
    },
  );
}

/** Text that starts with a month and no year: `5月16日-18日`. */
const STARTS_WITH_MONTH = /^\s*\d{1,2}\s*月/;

/**
 * A date cell written without its year (`5月16日-18日`), read in the year of the
 * row's 年度 cell, with a note naming it. Undefined for any other cell, for a
 * 年度 cell that is blank or unreadable, and for text that is no date in that
 * year: the ordinary date reader then takes the cell (and reports it).
 */
export function readDatesWithoutYear(): (
  raw: unknown,
  yearCell: unknown,
  report: Report,
) => DateSpan | undefined {
  return (raw, yearCell, report) => {
    const v = typeof raw === 'string' ? raw : plain(raw);
    if (typeof v !== 'string' || !STARTS_WITH_MONTH.test(v)) return undefined;
    const year = parseYearCell(yearCell);
    if (!year.ok || year.value === undefined) return undefined;
    const r = parseDateWithoutYear(v, year.value);
    return r === undefined ? undefined : deliver(r, report);
  };
}

/** 年度 cells: 2023, `2023年`, `2023年度`, or a date's year. */
export function readYear(): CellReader<number> {
  return cachedReader(parseYearCell, (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2100 ? v : undefined,
  );
}

/**
 * 取得现职称时间 → the year: a year (`2019`, `2019年`) or any date (`2019-07-01`,
 * `2019年7月`, a serial). A cell that is neither reports the date parser's code.
 */
export function readQualificationYear(date1904 = false): CellReader<number> {
  const dates = readDates(date1904);
  const years = readYear();
  return (raw, report) => {
    if (isBlank(raw)) return undefined;
    let yearFailed = false;
    const y = years(raw, () => {
      yearFailed = true;
    });
    if (y !== undefined && !yearFailed) return y;
    const span = dates(raw, report);
    return span === undefined ? undefined : fromDayNumber(span.start).year;
  };
}

/** ID cells, parsed once per distinct text; `today` bounds the birth date. */
export function readIdNumber(today?: DayNumber): CellReader<IdNumberInfo> {
  const opts = today === undefined ? {} : { today };
  return cachedReader((v) => parseIdNumber(v, opts));
}

/**
 * Free text as a compact key (names, 职称系列): half-width, no spaces.
 * @example readCompactText()('张  三', …) === '张三'
 */
export function readCompactText(): CellReader<string> {
  const cache = new Map<string, string | undefined>();
  return (raw) => {
    if (raw === null || raw === undefined || raw === '') return undefined;
    const v = plain(raw);
    if (typeof v !== 'string') return cellText(v);
    let t = cache.get(v);
    if (t === undefined && !cache.has(v)) {
      t = cellText(v);
      if (cache.size < CACHE_LIMIT) cache.set(v, t);
    }
    return t;
  };
}

/** Text as written (titles, evidence, kind words): trimmed, never truncated; numbers as digits. */
export function readText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const v = plain(raw);
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' || isBlank(t) ? undefined : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  return undefined;
}
