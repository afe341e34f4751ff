/**
 * An in-memory workbook behind the same port, for the browser preview and UI tests. It follows the
 * same contracts as the Office implementation (shared pure logic: block planning, fingerprints, report
 * targets, mark state) — only the storage differs.
 */
import { a1Ref } from './address';
import { nextSyncBlocks } from './blocks';
import { fingerprint, reportGrid, reportWidth } from './fingerprint';
import { chartBlocks } from './reportCharts';
import {
  MARK_FILLS,
  MARKS_HELPER_NOTE_HEADER,
  MARKS_SETTING,
  MAX_KEY_COLUMNS,
  REPORT_FILLS,
  normalizeMarks,
  planHelper,
  rowKey,
} from './marks';
import type {
  CellValue,
  MarkResult,
  ReadOptions,
  ReportSheet,
  RowMark,
  Selection,
  SheetInfo,
  WorkbookPort,
  WriteReportResult,
} from './port';
import { abortError } from './port';
import { REPORTS_SETTING, planReportTargets, readRegistry } from './reports';

export interface MemorySheet {
  name: string;
  values: CellValue[][];
  visible?: boolean;
  /** Cell fills, 0-based [row][column]; missing/null = no fill. */
  fills?: Array<Array<string | null> | undefined>;
  /** Notes by `${row}:${column}` (1-based). */
  notes?: Record<string, { id: string; text: string }>;
  /** Excel table names on this sheet. */
  tables?: string[];
  /** Report formatting (memory only keeps what the UI may want to show). */
  report?: {
    columnWidths?: number[];
    frozenRows: number;
    /** Hyperlinks by `${row}:${column}` (1-based) → document reference. */
    links: Record<string, string>;
    /** Charts over the summary tables (0-based source and place, as `reportCharts.ts` lays them out). */
    charts?: Array<{
      title: string;
      type: 'column' | 'line';
      source: { row: number; column: number; rows: number; columns: number };
      place: { row: number; column: number; endRow: number; endColumn: number };
    }>;
  };
}

/** A mark rule: rows of `sheet` (within its used range when marked) whose content key is listed. */
export interface MemoryMarkRule {
  sheet: string;
  severity: RowMark['severity'];
  fill: string;
  rows: number;
  columns: number;
  keys: string[];
  notes: Array<string | null>;
}

export interface MemoryWorkbookData {
  sheets: MemorySheet[];
  /** The add-in's marks (conditional-format rules in Excel); never stored in the sheets. */
  markRules?: MemoryMarkRule[];
  settings?: Record<string, unknown>;
  activeSheet?: string;
  selection?: Selection;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class MemoryWorkbook implements WorkbookPort {
  readonly data: MemoryWorkbookData;
  private handlers = new Set<() => void>();
  private nextId = 1;

  constructor(data: MemoryWorkbookData) {
    this.data = data;
    this.data.settings ??= {};
  }

  private sheet(name: string): MemorySheet | undefined {
    const n = name.toLowerCase();
    return this.data.sheets.find((s) => s.name.toLowerCase() === n);
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`Sheet not found: ${name}`);
    return s;
  }

  /** The A1-anchored size of the non-empty cells. */
  private usedSize(s: MemorySheet): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    s.values.forEach((row, r) => {
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') {
          rows = r + 1;
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    return { rows, columns };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.data.sheets.map((s) => {
      const { rows, columns } = this.usedSize(s);
      return { name: s.name, rowCount: rows, columnCount: columns, visible: s.visible !== false };
    });
  }

  async readSheetValues(name: string, opts: ReadOptions = {}): Promise<CellValue[][]> {
    const s = this.requireSheet(name);
    const { rows, columns } = this.usedSize(s);
    const out: CellValue[][] = [];
    let row = 0;
    // Same plan as the Office reader: progress and cancellation per sync group.
    while (row < rows) {
      if (opts.signal?.aborted) throw abortError();
      const blocks = nextSyncBlocks(row, rows, columns, { maxBlockRows: opts.blockRows });
      for (const b of blocks) {
        for (let r = b.start; r < b.start + b.count; r++) {
          const src = s.values[r] ?? [];
          const line: CellValue[] = [];
          for (let c = 0; c < columns; c++) {
            const v = src[c];
            line.push(v === undefined || v === '' ? null : v);
          }
          out.push(line);
        }
        row = b.start + b.count;
      }
      opts.onProgress?.(row, rows);
      await Promise.resolve();
    }
    if (opts.signal?.aborted) throw abortError();
    return out;
  }

  async reportWasEdited(sheetName: string): Promise<boolean> {
    const registry = readRegistry(this.data.settings![REPORTS_SETTING]);
    const key = Object.keys(registry.sheets).find((k) => k.toLowerCase() === sheetName.toLowerCase());
    const entry = key ? registry.sheets[key] : undefined;
    const s = this.sheet(sheetName);
    if (!entry || !entry.fingerprint || !s) return false;
    return fingerprint(await this.readSheetValues(s.name)) !== entry.fingerprint;
  }

  async writeReport(
    report: ReportSheet[],
    opts: { replaceEdited?: boolean } = {},
  ): Promise<WriteReportResult> {
    const registry = readRegistry(this.data.settings![REPORTS_SETTING]);
    const tables = this.data.sheets.flatMap((s) => (s.tables ?? []).map((t) => ({ name: t, sheet: s.name })));
    const targets = planReportTargets(
      report,
      this.data.sheets.map((s) => s.name),
      tables,
      registry,
    );
    let edited = false;
    for (const t of targets) if (t.replaces && (await this.reportWasEdited(t.name))) edited = true;
    if (edited && !opts.replaceEdited) return { written: false, editedPreviousReport: true, sheets: [] };

    for (const t of targets) {
      const index = this.data.sheets.findIndex((s) => s.name.toLowerCase() === t.name.toLowerCase());
      if (t.replaces && index >= 0) this.data.sheets.splice(index, 1);
      for (const k of Object.keys(registry.sheets))
        if (k.toLowerCase() === t.name.toLowerCase()) delete registry.sheets[k];
      const grid = reportGrid(t.report);
      const width = reportWidth(t.report);
      const fills: Array<Array<string | null> | undefined> = [];
      t.report.rowFills?.forEach((f, i) => {
        if (f) fills[i + 1] = new Array(width).fill(REPORT_FILLS[f]);
      });
      const links: Record<string, string> = {};
      t.report.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.link && grid[r + 1][c] !== null) {
            links[`${r + 2}:${c + 1}`] = a1Ref(cell.link.sheet, cell.link.row, cell.link.column ?? 1);
          }
        }),
      );
      this.data.sheets.push({
        name: t.name,
        values: grid,
        fills,
        tables: [t.table],
        report: {
          columnWidths: t.report.columnWidths,
          frozenRows: t.report.freezeHeader === false ? 0 : 1,
          links,
          charts: chartBlocks(t.report, width).map((b) => ({
            title: b.table.title,
            type: b.table.chart ?? 'column',
            source: b.source,
            place: b.place,
          })),
        },
      });
      registry.sheets[t.name] = { fingerprint: fingerprint(grid), table: t.table };
    }
    if (targets.length) this.data.activeSheet = targets[0].name;
    await this.setSetting(REPORTS_SETTING, registry);
    return { written: true, editedPreviousReport: edited, sheets: targets.map((t) => t.name) };
  }

  /**
   * Marks as the Office port makes them (marks.ts): rules keyed on row content, kept apart from the
   * sheets; no cell value, fill or note of a ledger changes. `markFill` says what Excel would show.
   */
  async markRows(marks: RowMark[]): Promise<MarkResult> {
    await this.clearMarks();
    const bySheet = new Map<string, RowMark[]>();
    for (const m of normalizeMarks(marks)) {
      const s = this.sheet(m.sheet);
      if (!s) continue;
      if (!bySheet.has(s.name)) bySheet.set(s.name, []);
      bySheet.get(s.name)!.push(m);
    }
    const keyed = [...bySheet].map(([name, rows]) => {
      const s = this.requireSheet(name);
      const { rows: height, columns: width } = this.usedSize(s);
      const cols = Math.min(width, MAX_KEY_COLUMNS);
      return {
        sheet: name,
        height,
        width,
        marks: rows
          .filter((m) => m.row <= height)
          .map((mark) => ({ mark, key: rowKey(s.values[mark.row - 1] ?? [], cols) })),
      };
    });
    const plan = planHelper(keyed, { note: MARKS_HELPER_NOTE_HEADER });
    if (!plan.columns.length) return { marked: 0, supported: true };
    const rules: MemoryMarkRule[] = [];
    for (const column of plan.columns) {
      const k = keyed.find((x) => x.sheet === column.sheet)!;
      for (const rule of column.rules) {
        const keys = plan.grid.slice(rule.first - 1, rule.last).map((r) => String(r[column.keyColumn - 1]));
        const notes = plan.grid
          .slice(rule.first - 1, rule.last)
          .map((r) => r[column.keyColumn] as string | null);
        rules.push({
          sheet: column.sheet,
          severity: rule.severity,
          fill: MARK_FILLS[rule.severity],
          rows: k.height,
          columns: k.width,
          keys,
          notes,
        });
      }
    }
    await this.setSetting(MARKS_SETTING, { v: 2, helper: '', sheets: plan.columns.map((c) => c.sheet) });
    this.data.markRules = rules;
    return { marked: plan.rows, supported: true };
  }

  async clearMarks(): Promise<void> {
    delete this.data.markRules;
    await this.setSetting(MARKS_SETTING, undefined);
  }

  /**
   * The mark colour Excel would show on a cell now (rules follow the row's content, so a sorted row
   * keeps its mark), or null. Rules are in priority order: error, warning, info.
   */
  markFill(sheet: string, row: number, column = 1): string | null {
    const s = this.sheet(sheet);
    if (!s) return null;
    for (const rule of this.data.markRules ?? []) {
      if (rule.sheet.toLowerCase() !== s.name.toLowerCase()) continue;
      if (row < 1 || row > rule.rows || column < 1 || column > rule.columns) continue;
      const key = rowKey(s.values[row - 1] ?? [], Math.min(rule.columns, MAX_KEY_COLUMNS)).toLowerCase();
      if (rule.keys.some((k) => k.toLowerCase() === key)) return rule.fill;
    }
    return null;
  }

  /** The reasons listed for a row's mark (what the helper sheet's note column holds), or null. */
  markNote(sheet: string, row: number): string | null {
    const s = this.sheet(sheet);
    if (!s) return null;
    for (const rule of this.data.markRules ?? []) {
      if (rule.sheet.toLowerCase() !== s.name.toLowerCase() || row > rule.rows) continue;
      const key = rowKey(s.values[row - 1] ?? [], Math.min(rule.columns, MAX_KEY_COLUMNS)).toLowerCase();
      const i = rule.keys.findIndex((k) => k.toLowerCase() === key);
      if (i >= 0) return rule.notes[i] ?? null;
    }
    return null;
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    const s = this.requireSheet(sheet);
    this.data.activeSheet = s.name;
    this.setSelection({ sheet: s.name, row, column });
  }

  /** Test/preview hook: the user selects a cell. */
  setSelection(sel: Selection): void {
    this.data.selection = sel;
    for (const h of this.handlers) h();
  }

  async getSelection(): Promise<Selection | null> {
    return this.data.selection ? { ...this.data.selection } : null;
  }

  /** Signals only, as Excel's adapter does: read the selection with `getSelection()`. */
  async onSelectionChanged(signal: () => void): Promise<() => Promise<void>> {
    const h = () => signal();
    this.handlers.add(h);
    return async () => {
      this.handlers.delete(h);
    };
  }

  async readRows(sheet: string, rows: readonly number[]): Promise<CellValue[][]> {
    const s = this.requireSheet(sheet);
    const used = this.usedSize(s);
    const cell = (r: number, c: number) => {
      const v = s.values[r]?.[c];
      return v === undefined || v === '' ? null : v;
    };
    return rows.map((r) =>
      Number.isInteger(r) && r >= 1 && r <= used.rows
        ? Array.from({ length: used.columns }, (_, c) => cell(r - 1, c))
        : [],
    );
  }

  async readColumns(sheet: string, columns: readonly number[]): Promise<CellValue[][]> {
    const s = this.requireSheet(sheet);
    const used = this.usedSize(s);
    return Array.from({ length: used.rows }, (_, r) =>
      columns.map((c) => {
        const v = s.values[r]?.[c - 1];
        return v === undefined || v === '' ? null : v;
      }),
    );
  }

  getSetting<T>(key: string): T | undefined {
    return clone(this.data.settings![key]) as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined || value === null) delete this.data.settings![key];
    else this.data.settings![key] = clone(value);
  }
}
