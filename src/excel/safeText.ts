/**
 * Keeping report text text. Writing a string into `Range.values` is like typing it: Excel turns
 * `=SUM(A1)`, `+86 138…` and `@foo` into formulas, `-5`, `00123`, `2023-05-01`, `5%`, `TRUE` and
 * `(5)` into numbers, dates or booleans, and a 身份证号 into 3.70E+17.
 *
 * Chosen method: a leading apostrophe (Excel's "prefix character"). Excel stores it outside the value:
 * the cell shows, and `values` reads back, exactly the given text; it costs one byte, needs no
 * per-cell `numberFormat` array (which would double the payload of each block) and does not depend on
 * the order of queued operations. (The alternative — `numberFormat = "@"` before the value — works only
 * if the format lands first and leaves the column typed as text for later edits.)
 *
 * We guard every string Excel might reinterpret: formula triggers (`= + - @`), a literal leading
 * apostrophe (which Excel would otherwise swallow), anything not starting with a letter (digits,
 * signs, currency, `#`, `(`, `.`, whitespace), `TRUE`/`FALSE`, and English month-name dates. A text
 * starting with a letter (including CJK) is left as is, so the formula bar stays clean for most cells.
 */
import { MAX_CELL_CHARS } from '../report/excelLimits';
import type { CellValue } from './port';

export { MAX_CELL_CHARS };

const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;

/** Whether Excel could turn this string into something other than the same text. */
export function needsTextGuard(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@']/.test(s)) return true;
  if (!/^\p{L}/u.test(s)) return true;
  if (/^(true|false)$/i.test(s)) return true;
  return MONTH_DATE.test(s);
}

/** The text Excel will show for a string value we write (truncated to the cell limit). */
export function clampText(s: string): string {
  return s.length > MAX_CELL_CHARS - 1 ? s.slice(0, MAX_CELL_CHARS - 1) : s;
}

/** What to put into `Range.values` so that the cell shows exactly `v` (null → empty cell). */
export function safeCellValue(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  const s = clampText(String(v));
  return needsTextGuard(s) ? `'${s}` : s;
}

/** The value that reads back from a cell written with `safeCellValue(v)` (empty → null). */
export function displayedValue(v: CellValue): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return clampText(String(v));
}
