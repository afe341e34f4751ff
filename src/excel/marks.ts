/**
 * Marks on ledger rows: merging, colours, and the saved state that lets `clearMarks` restore exactly
 * what was there. Pure; shared by both workbook implementations.
 */
import { columnLetters, quoteSheetName } from './address';
import type { CellValue, RowFill, RowMark } from './port';

export const MARK_FILLS: Record<RowMark['severity'], string> = {
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#BDD7EE',
};

export const REPORT_FILLS: Record<Exclude<RowFill, null>, string> = {
  pass: '#E2EFDA',
  fail: '#FCE4D6',
  info: '#DDEBF7',
};

const RANK: Record<RowMark['severity'], number> = { error: 3, warning: 2, info: 1 };

/** One mark per (sheet, row): notes joined by newlines, the highest severity. Sorted by sheet then row. */
export function normalizeMarks(marks: readonly RowMark[]): RowMark[] {
  const bySheet = new Map<string, Map<number, RowMark>>();
  for (const m of marks) {
    if (!Number.isInteger(m.row) || m.row < 1) continue;
    let rows = bySheet.get(m.sheet);
    if (!rows) bySheet.set(m.sheet, (rows = new Map()));
    const prev = rows.get(m.row);
    if (!prev) rows.set(m.row, { ...m });
    else {
      prev.note =
        prev.note && m.note && prev.note !== m.note ? `${prev.note}\n${m.note}` : prev.note || m.note;
      if (RANK[m.severity] > RANK[prev.severity]) prev.severity = m.severity;
    }
  }
  const out: RowMark[] = [];
  for (const rows of bySheet.values()) out.push(...[...rows.values()].sort((a, b) => a.row - b.row));
  return out;
}

/**
 * A row's fill before marking: `null` = no fill, a colour `#RRGGBB`, or, when the cells of the row
 * differ, one entry per column.
 */
export type PriorFill = string | null | Array<string | null>;

export interface SheetMarkState {
  sheet: string;
  /** Columns covered by the marks (from column A). */
  columns: number;
  /** Run-length encoded prior fills: [first row (1-based), row count, fill]. */
  prior: Array<[number, number, PriorFill]>;
  /** Run-length encoded mark colours we applied: [first row, row count, colour]. */
  applied: Array<[number, number, string]>;
  /** Ids of the comments we added (Office) / note keys (memory). */
  comments: string[];
}

export interface MarkState {
  v: 1;
  sheets: SheetMarkState[];
}

export const MARKS_SETTING = 'ce.marks';
/** Settings are limited to ~2 MB in total; above this the state goes to a very hidden sheet. */
export const MARK_STATE_SETTINGS_LIMIT = 512 * 1024;
export const MARKS_SHEET = '_ce_marks';
/** Characters per cell when the state is stored on the hidden sheet (Excel's cell limit is 32,767). */
export const MARKS_SHEET_CHUNK = 30000;

/** Run-length encodes per-row values (rows must be ascending); consecutive rows with equal value merge. */
export function encodeRuns<V>(rows: ReadonlyArray<{ row: number; value: V }>): Array<[number, number, V]> {
  const out: Array<[number, number, V]> = [];
  for (const { row, value } of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === row && JSON.stringify(last[2]) === JSON.stringify(value)) last[1]++;
    else out.push([row, 1, value]);
  }
  return out;
}

export function decodeRuns<V>(runs: ReadonlyArray<[number, number, V]>): Array<{ row: number; value: V }> {
  const out: Array<{ row: number; value: V }> = [];
  for (const [start, count, value] of runs)
    for (let i = 0; i < count; i++) out.push({ row: start + i, value });
  return out;
}

export function parseMarkState(raw: unknown): MarkState | null {
  const s = typeof raw === 'string' ? safeJson(raw) : raw;
  const m = s as MarkState | null;
  return m && m.v === 1 && Array.isArray(m.sheets) ? m : null;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** Normalises a colour for comparison (`#ffe699` = `#FFE699`). */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

// ---------------------------------------------------------------------------------------------------
// Marks as conditional formats (issue 13, item 4). The add-in never formats a ledger cell: it adds one
// custom conditional-format rule per severity over each ledger sheet's used range. A rule highlights
// a row when the row's content key (its cells joined by `|`, as Excel's `&` turns them into text) is
// listed on the add-in's hidden helper sheet `_ce_marks`. Because the key is the row's content and the
// rule covers the whole range uniformly, a sorted row stays marked. Clearing deletes exactly the
// rules whose formula points at our helper sheet, then the helper sheet: the user's fills, fonts,
// number formats and own conditional formats were never touched.
// ---------------------------------------------------------------------------------------------------

export const MARKS_HELPER_SHEET = MARKS_SHEET;
/** The helper sheet's note column header (it says what the sheet is to anyone who unhides it). */
export const MARKS_HELPER_NOTE_HEADER =
  '说明（继续教育学时合规助手的标记；在助手中点“清除标记”或删除本表即去掉全部标记）/ Notes (CE Compliance marks)';
/** Columns that make up a row's key (from column A); wider ledgers are keyed on their first 40. */
export const MAX_KEY_COLUMNS = 40;
export const KEY_SEPARATOR = '|';
/** Excel's cell limit (a key longer than this cannot be listed, the row stays unmarked). */
export const MAX_KEY_CHARS = 32767;

/** Severities in the order their rules are listed (the first listed wins where two apply). */
export const SEVERITY_ORDER: ReadonlyArray<RowMark['severity']> = ['error', 'warning', 'info'];

export interface RuleMarkState {
  v: 2;
  /** The helper sheet we created (normally `_ce_marks`; `_ce_marks (2)` if a user sheet has the name). */
  helper: string;
  /** Ledger sheets that carry our rules. */
  sheets: string[];
}

export function parseRuleMarkState(raw: unknown): RuleMarkState | null {
  const s = (typeof raw === 'string' ? safeJson(raw) : raw) as RuleMarkState | null;
  return s && s.v === 2 && typeof s.helper === 'string' && Array.isArray(s.sheets) ? s : null;
}

/**
 * The text Excel's `&` makes of a cell value: numbers in General format with at most 15 significant
 * digits, booleans as TRUE/FALSE, empty as "". (Dates are serial numbers, so they key as digits.)
 */
export function excelText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
    if (Math.abs(v) >= 1e15) {
      // Excel: 15 significant digits in scientific notation, `3.70202199001011E+17`.
      const [mantissa, exp] = v.toExponential(14).split('e');
      const m = mantissa.replace(/\.?0+$/, '');
      const e = Number(exp);
      return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    }
    const s = String(Number(v.toPrecision(15)));
    // JS writes 1e-7, Excel 1E-07.
    return s.replace(/e([+-])(\d)$/, 'E$10$2').replace(/e/, 'E');
  }
  return v;
}

/** A row's content key over its first `columns` cells. */
export function rowKey(values: readonly CellValue[], columns: number): string {
  const parts: string[] = [];
  for (let c = 0; c < Math.min(columns, MAX_KEY_COLUMNS); c++) parts.push(excelText(values[c]));
  return parts.join(KEY_SEPARATOR);
}

/** Whether a key says nothing about its row (every keyed cell empty): such rows are not marked. */
export function emptyKey(key: string): boolean {
  return key.split(KEY_SEPARATOR).every((p) => p === '');
}

/** `$A1&"|"&$B1…` for the first row of the rule's range (relative row, absolute columns). */
export function keyExpression(columns: number): string {
  const n = Math.max(1, Math.min(columns, MAX_KEY_COLUMNS));
  const refs: string[] = [];
  for (let c = 1; c <= n; c++) refs.push(`$${columnLetters(c)}1`);
  // Always text, also for one column: a number never equals a listed (text) key.
  return n === 1 ? `${refs[0]}&""` : refs.join(`&"${KEY_SEPARATOR}"&`);
}

/**
 * The rule's formula: true where the row's key is one of the keys in `helper`!column rows
 * `first..last` (1-based). Only our own sheet name and cell references go into it — never text from
 * the ledger or the findings (those are values on the helper sheet), so nothing a user typed can
 * become part of a formula. `=` compares text exactly (no wildcards, no 255-character limit, case
 * aside), SUMPRODUCT evaluates the comparison as an array in every Excel.
 */
export function markRuleFormula(
  helper: string,
  keyColumn: number,
  first: number,
  last: number,
  columns: number,
): string {
  const col = columnLetters(keyColumn);
  return `=SUMPRODUCT(--(${quoteSheetName(helper)}!$${col}$${first}:$${col}$${last}=${keyExpression(columns)}))>0`;
}

const OUR_RULE_AFTER_REF = /^=?SUMPRODUCT\(--\(#REF!=\$[A-Z]+\d+(?:&""|(?:&"\|"&\$[A-Z]+\d+)+)\)\)>0$/i;

/** Whether a conditional format's formula is one of ours (it points at our helper sheet). */
export function isOurRule(formula: string | null | undefined, helper: string): boolean {
  if (!formula) return false;
  // After the helper sheet was deleted by hand, Excel shows our reference as #REF!.
  if (OUR_RULE_AFTER_REF.test(formula.replace(/\s/g, ''))) return true;
  const f = formula.replace(/'/g, '').toLowerCase();
  const h = helper.replace(/'/g, '').toLowerCase();
  for (let i = f.indexOf(`${h}!`); i >= 0; i = f.indexOf(`${h}!`, i + 1)) {
    const before = i === 0 ? '' : f[i - 1];
    if (!/[\p{L}\p{N}_.]/u.test(before)) return true;
  }
  return false;
}

export interface HelperColumn {
  sheet: string;
  /** 1-based column of the keys; the notes are in the next column. */
  keyColumn: number;
  /** Per severity: the 1-based rows of its keys on the helper sheet. */
  rules: Array<{ severity: RowMark['severity']; first: number; last: number }>;
}

/** What marking writes: the helper sheet's grid and, per ledger sheet, where its keys are. */
export interface HelperPlan {
  grid: CellValue[][];
  columns: HelperColumn[];
  /** Marked ledger rows whose key is listed (rows with no content or an over-long key are not). */
  rows: number;
}

/**
 * Lays out the helper sheet: two columns per ledger sheet (keys, reasons), a header row, then the keys
 * grouped by severity (error, warning, info) so that each severity's rule reads one contiguous range.
 * The same key twice (duplicate rows) is listed once, under its worst severity.
 */
export function planHelper(
  bySheet: ReadonlyArray<{ sheet: string; marks: ReadonlyArray<{ key: string; mark: RowMark }> }>,
  headers: { note: string },
): HelperPlan {
  const columns: HelperColumn[] = [];
  const cols: CellValue[][] = [];
  let rows = 0;
  bySheet.forEach(({ sheet, marks }, i) => {
    const best = new Map<string, { severity: RowMark['severity']; notes: string[] }>();
    for (const { key, mark } of marks) {
      if (emptyKey(key) || key.length > MAX_KEY_CHARS) continue;
      rows++;
      const prev = best.get(key);
      if (!prev) best.set(key, { severity: mark.severity, notes: mark.note ? [mark.note] : [] });
      else {
        if (RANK[mark.severity] > RANK[prev.severity]) prev.severity = mark.severity;
        if (mark.note && !prev.notes.includes(mark.note)) prev.notes.push(mark.note);
      }
    }
    const keys: CellValue[] = [sheet];
    const notes: CellValue[] = [headers.note];
    const rules: HelperColumn['rules'] = [];
    for (const severity of SEVERITY_ORDER) {
      const first = keys.length + 1;
      for (const [key, v] of best) {
        if (v.severity !== severity) continue;
        keys.push(key);
        notes.push(v.notes.join('\n').slice(0, MAX_KEY_CHARS - 1) || null);
      }
      if (keys.length + 1 > first) rules.push({ severity, first, last: keys.length });
    }
    if (!rules.length) return;
    columns.push({ sheet, keyColumn: 2 * i + 1, rules });
    cols.push(keys, notes);
  });
  // Renumber so that sheets without marks leave no empty columns.
  columns.forEach((c, i) => (c.keyColumn = 2 * i + 1));
  const height = Math.max(0, ...cols.map((c) => c.length));
  const grid: CellValue[][] = [];
  for (let r = 0; r < height; r++) grid.push(cols.map((c) => c[r] ?? null));
  return { grid, columns, rows };
}
