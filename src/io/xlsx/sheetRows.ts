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

/** 0-based column of the letters at `xml[from…]` (`AB12` → 27); -1 without letters. */
function columnAt(xml: string, from: number): number {
  let col = 0;
  let i = from;
  for (; ; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  return i === from ? -1 : col - 1;
}

/**
 * A cell's `t` as a small number, read without making a string (the reader
 * meets one per cell). An unknown type reads as a number, as `n` does.
 */
type CellType = 0 | 1 | 2 | 3 | 4 | 5 | 6;
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** The type named by `xml[from, to)`. */
function cellTypeAt(xml: string, from: number, to: number): CellType {
  const length = to - from;
  switch (xml.charCodeAt(from)) {
    case 115: // s, str
      return length === 1 ? T_SHARED : length === 3 && xml.startsWith('str', from) ? T_STR : T_NUMBER;
    case 105: // inlineStr
      return length === 9 && xml.startsWith('inlineStr', from) ? T_INLINE : T_NUMBER;
    case 98: // b
      return length === 1 ? T_BOOL : T_NUMBER;
    case 101: // e
      return length === 1 ? T_ERROR : T_NUMBER;
    case 100: // d
      return length === 1 ? T_DATE : T_NUMBER;
    default:
      return T_NUMBER;
  }
}

/** The unsigned integer `xml[from, to)` (a style index); -1 when it is not one. */
function indexAt(xml: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell's value from its type, its content `xml[from, to)` and its style. */
function cellValue(
  xml: string,
  from: number,
  to: number,
  t: CellType,
  style: number,
  ctx: SheetContext,
): PlainCell {
  if (t === T_INLINE) {
    const is = xml.indexOf('<is', from);
    return is < 0 || is >= to ? null : textOfRuns(xml.slice(is, to));
  }
  // The children come in order <f>, <v>: a formula's <f> is the first when there is one.
  const formula = xml.charCodeAt(from) === 60 && xml.charCodeAt(from + 1) === 102;
  const v = !formula && xml.charCodeAt(from + 1) === 118 ? from : xml.indexOf('<v', from);
  if (v < 0 || v >= to) return null;
  const vgt = xml.indexOf('>', v);
  if (xml.charCodeAt(vgt - 1) === 47) return null;
  const vend = xml.indexOf('</v>', vgt);
  if (vend < 0 || vend > to) return null;
  if (t === T_SHARED) {
    // A shared string's index, read digit by digit (the commonest cell).
    let index = 0;
    for (let i = vgt + 1; i < vend; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return null;
      index = index * 10 + d;
    }
    const str = ctx.sharedStrings[index];
    return str === undefined || vend === vgt + 1 ? null : str;
  }
  if (t === T_NUMBER && !formula) {
    // A whole number (序号, 年度, most hours), read digit by digit, no substring.
    const n = indexAt(xml, vgt + 1, vend);
    if (n >= 0 && vend - vgt - 1 <= 15)
      return style >= 0 && ctx.dateStyles[style] === true ? excelToDate(n, ctx.date1904) : n;
  }
  const text = xml.slice(vgt + 1, vend);
  switch (t) {
    case T_STR:
      return decodeXmlText(text);
    case T_BOOL:
      return parseInt(text, 10) !== 0;
    case T_ERROR:
      return null;
    case T_DATE: {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? null : d;
    }
    default: {
      const n = +text;
      if (!Number.isFinite(n) || text === '') return null;
      // A formula's result stays a number (exceljs does not convert it either).
      if (formula) return n;
      return style >= 0 && ctx.dateStyles[style] === true ? excelToDate(n, ctx.date1904) : n;
    }
  }
}

/** The cells of one `<row>`'s content, dense and 0-based, trailing blanks trimmed. */
export function rowCells(inner: string, ctx: SheetContext): PlainCell[] {
  // Filled in a scratch array kept between rows (its first `n` places are this
  // row's), then copied at its exact length: one allocation a row instead of
  // an array grown cell by cell.
  const out = scratch;
  let n = 0;
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
    if (gt < 0) break;
    // The start tag's one-letter attributes r, s, t, in one pass over the tag.
    let col = -1;
    let t: CellType = T_NUMBER;
    let style = -1;
    for (let i = at + 2; i < gt - 3; i++) {
      if (inner.charCodeAt(i) !== 32 || inner.charCodeAt(i + 2) !== 61 || inner.charCodeAt(i + 3) !== 34)
        continue;
      const name = inner.charCodeAt(i + 1);
      const close = inner.indexOf('"', i + 4);
      if (name === 114) col = columnAt(inner, i + 4);
      else if (name === 116) t = cellTypeAt(inner, i + 4, close);
      else if (name === 115) style = indexAt(inner, i + 4, close);
      i = close;
    }
    const column = col >= 0 ? col : next;
    next = column + 1;
    if (inner.charCodeAt(gt - 1) === 47) {
      p = gt + 1;
      continue; // a styled blank
    }
    let end = inner.indexOf('</c>', gt);
    if (end < 0) end = inner.length;
    p = end + 4;
    const value = cellValue(inner, gt + 1, end, t, style, ctx);
    // An empty string is a blank cell (as exceljs gives it).
    if (value === null || value === '') continue;
    while (n < column) out[n++] = null;
    out[column] = value;
    if (column >= n) n = column + 1;
  }
  let last = n;
  while (last > 0 && (out[last - 1] === null || out[last - 1] === '')) last--;
  return out.slice(0, last);
}

/** `rowCells`'s working array (never handed out). */
const scratch: PlainCell[] = [];

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
