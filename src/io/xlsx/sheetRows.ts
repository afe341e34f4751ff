/**
 * A worksheet's rows as plain cells (what `cells.plainRow` makes of exceljs's
 * rows): shared strings, inline strings and rich text as their text, formulas
 * as their cached result, booleans, errors as null, numbers, and numbers in a
 * date style as dates (1900 or 1904 system, as exceljs converts them). Cell
 * types of ECMA-376 Part 1, 18.18.11 (`s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`).
 */
import type { PlainCell } from '../cells';
import { createElementScanner } from './elements';
import { attribute, decodeXmlText, textOfRuns } from './xmlText';

export interface SheetContext {
  sharedStrings: readonly string[];
  /** By cell style index: the style shows numbers as dates. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Excel's day number to a Date, exactly as exceljs does (`utils.excelToDate`). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** 0-based column of a cell reference's letters (`AB12` → 27); -1 without letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

/** The text of the `<v>` element in a cell's content, undefined without one. */
function valueText(inner: string): string | undefined {
  const v = inner.indexOf('<v');
  if (v < 0) return undefined;
  const gt = inner.indexOf('>', v);
  if (inner.charCodeAt(gt - 1) === 47) return '';
  const end = inner.indexOf('</v>', gt);
  return end < 0 ? undefined : inner.slice(gt + 1, end);
}

function cellValue(tag: string, inner: string, ctx: SheetContext): PlainCell {
  const t = attribute(tag, 't');
  if (t === 'inlineStr') {
    const is = inner.indexOf('<is');
    return is < 0 ? null : textOfRuns(inner.slice(is));
  }
  const v = valueText(inner);
  if (v === undefined) return null;
  switch (t) {
    case 's': {
      const s = ctx.sharedStrings[parseInt(v, 10)];
      return s === undefined ? null : s;
    }
    case 'str':
      return decodeXmlText(v);
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return null;
    case 'd': {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? null : d;
    }
    default: {
      const n = parseFloat(v);
      if (!Number.isFinite(n)) return null;
      // A formula's result stays a number (exceljs does not convert it either).
      if (inner.indexOf('<f') >= 0) return n;
      const s = attribute(tag, 's');
      return s !== undefined && ctx.dateStyles[parseInt(s, 10)] === true ? excelToDate(n, ctx.date1904) : n;
    }
  }
}

/** The cells of one `<row>`'s content, dense and 0-based, trailing blanks trimmed. */
export function rowCells(inner: string, ctx: SheetContext): PlainCell[] {
  const out: PlainCell[] = [];
  let p = 0;
  let next = 0;
  for (;;) {
    let at = inner.indexOf('<c', p);
    while (at >= 0) {
      const code = inner.charCodeAt(at + 2);
      if (code === 32 || code === 62 || code === 47) break;
      at = inner.indexOf('<c', at + 2);
    }
    if (at < 0) break;
    const gt = inner.indexOf('>', at);
    const tag = inner.slice(at, gt + 1);
    const ref = attribute(tag, 'r');
    const col = ref !== undefined ? columnOf(ref) : next;
    const column = col >= 0 ? col : next;
    next = column + 1;
    if (inner.charCodeAt(gt - 1) === 47) {
      p = gt + 1;
      continue; // a styled blank
    }
    const end = inner.indexOf('</c>', gt);
    const content = inner.slice(gt + 1, end < 0 ? inner.length : end);
    p = end < 0 ? inner.length : end + 4;
    const value = cellValue(tag, content, ctx);
    // An empty string is a blank cell (as exceljs gives it).
    if (value === null || value === '') continue;
    while (out.length < column) out.push(null);
    out[column] = value;
  }
  let last = out.length;
  while (last > 0 && (out[last - 1] === null || out[last - 1] === '')) last--;
  out.length = last;
  return out;
}

/**
 * A scanner of a worksheet's XML: `onRow(rowNumber, cells)` for each row in
 * order (1-based row numbers from `r`, else counted).
 */
export function createSheetScanner(
  ctx: SheetContext,
  onRow: (rowNumber: number, cells: PlainCell[]) => void,
): { push(text: string): void; end(): void } {
  let last = 0;
  return createElementScanner('row', (tag, inner) => {
    const r = attribute(tag, 'r');
    const n = r !== undefined ? parseInt(r, 10) : last + 1;
    last = Number.isInteger(n) && n > last ? n : last + 1;
    onRow(last, inner === '' ? [] : rowCells(inner, ctx));
  });
}

/** A scanner of `sharedStrings.xml`: each `<si>` as its text, into `out`. */
export function createSharedStringsScanner(out: string[]): { push(text: string): void; end(): void } {
  return createElementScanner('si', (_tag, inner) => out.push(inner === '' ? '' : textOfRuns(inner)));
}
