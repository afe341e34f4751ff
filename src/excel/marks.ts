/**
 * Marks on ledger rows: merging, colours, and the saved state that lets `clearMarks` restore exactly
 * what was there. Pure; shared by both workbook implementations.
 */
import type { RowFill, RowMark } from './port';

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
