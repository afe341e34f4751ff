/**
 * Which sheets hold the ledger: every visible sheet ranked by how much it
 * looks like one (`chooseLedgerSheets`), our own report and the 规则 sheet left
 * out; the likeliest is chosen, with every other sheet of its shape
 * (`defaultLedgerSheets`, as the command line: a ledger kept as one sheet per
 * year or department is checked as one).
 */
import type { CellValue, SheetInfo } from '../src/excel/port';
import { columnLetter } from '../src/ledger/columns';
import { FIELD_CODES, type FieldCode } from '../src/ledger/fields';
import { chooseLedgerSheets, defaultLedgerSheets, detectHeader, type ColumnMap } from '../src/ledger/headers';
import { displayText } from '../src/ledger/parse/text';
import { ARCHIVE_SHEET_NAME, REPORT_SHEET_NAME } from './reportSheetNames';

export const RULES_SHEET = '规则';

export interface SheetCandidate {
  name: string;
  rowCount: number;
  score: number;
}

export function isOwnSheet(name: string, reportSheets: readonly string[] = []): boolean {
  const n = name.trim().toLowerCase();
  if (
    n === RULES_SHEET ||
    n.startsWith(REPORT_SHEET_NAME.toLowerCase()) ||
    n.startsWith(ARCHIVE_SHEET_NAME) ||
    n === '_ce_marks'
  )
    return true;
  return reportSheets.some((r) => r.toLowerCase() === n);
}

/**
 * Visible sheets with content, not ours, ranked; `chosen` is the default
 * selection; `summaries` the sheets that may be a 汇总 (`mayBeSummary`).
 */
export function rankLedgerSheets(
  infos: readonly SheetInfo[],
  values: ReadonlyMap<string, CellValue[][]>,
  reportSheets: readonly string[] = [],
): { candidates: SheetCandidate[]; chosen: string[]; summaries: string[] } {
  const usable = infos.filter((s) => s.visible && s.rowCount > 0 && !isOwnSheet(s.name, reportSheets));
  const sheets = usable.map((s) => ({ name: s.name, rows: values.get(s.name) ?? [] }));
  const ranked = chooseLedgerSheets(sheets);
  const candidates = ranked.map((r) => ({
    name: r.name,
    rowCount: usable[r.index].rowCount,
    score: r.score,
  }));
  // In the workbook's order (2019年, 2020年 …).
  const chosen = defaultLedgerSheets(sheets).map((i) => sheets[i].name);
  const summaries = sheets.filter((s) => mayBeSummary(s.rows)).map((s) => s.name);
  return { candidates, chosen, summaries };
}

/**
 * Whether a sheet's first rows have a header cell of 公需 hours and one of
 * 专业 hours: maybe a 汇总 (one row per person-year), which 检查 then reads
 * and sets against the ledger when it is not checked as one (summarySheets.ts
 * decides, with `readSummarySheet`). Kept this small so the pane opens
 * without the 汇总 reader.
 */
export function mayBeSummary(rows: readonly (readonly CellValue[])[]): boolean {
  return rows.slice(0, 12).some((row) => {
    const text = row.map((v) => (typeof v === 'string' ? v.replace(/\s+/g, '') : ''));
    return text.some((t) => t.startsWith('公需')) && text.some((t) => t.startsWith('专业'));
  });
}

export interface MappingView {
  /** 0-based header row, or -1 when none was found. */
  headerRow: number;
  columns: ColumnMap;
  /** One option per column: its letter and header text. */
  options: Array<{ index: number; letter: string; header: string }>;
  found: boolean;
}

/** The detected (or saved) mapping of a sheet, for the editable dropdowns. */
export function mappingView(rows: readonly (readonly CellValue[])[], saved?: ColumnMap): MappingView {
  const h = detectHeader(rows, saved ? { mapping: saved } : {});
  const headerRow = h.ok ? h.headerRow : -1;
  const width = rows.slice(0, 30).reduce((m, r) => Math.max(m, r.length), 0);
  const header = headerRow >= 0 ? rows[headerRow] : [];
  const options = Array.from({ length: width }, (_, i) => ({
    index: i,
    letter: columnLetter(i),
    header: displayText(header[i] ?? '').trim(),
  }));
  return { headerRow, columns: h.ok ? { ...h.columns } : { ...(saved ?? {}) }, options, found: h.ok };
}

/** The mapping with `field` moved to `column` (or removed): a column names one field at most. */
export function remap(columns: ColumnMap, field: FieldCode, column: number | null): ColumnMap {
  const next: ColumnMap = {};
  for (const f of FIELD_CODES) {
    const c = columns[f];
    if (c === undefined || f === field || c === column) continue;
    next[f] = c;
  }
  if (column !== null) next[field] = column;
  return next;
}
