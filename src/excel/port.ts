/**
 * The workbook port: the only surface through which the task pane (and its
 * tests) reach a workbook. No Office.js types here — two implementations exist:
 * `officeWorkbook.ts` (Excel via Office.js) and `memoryWorkbook.ts` (in memory,
 * for the browser preview and UI tests). Both obey the same contracts, checked
 * by one shared suite (`contract.testkit.ts`):
 *
 * - reading and marking never change a value of a ledger sheet;
 * - a report sheet is only ever replaced if we created it, and, when the user
 *   edited it since our last write, only with `replaceEdited: true`;
 * - marks never change a ledger cell (value or format): they are conditional-format rules the add-in
 *   owns, keyed on row content (so they follow a sort), and `clearMarks` removes exactly those rules.
 */

export type CellValue = string | number | boolean | null;

export interface SheetInfo {
  name: string;
  /** Rows/columns of the used range counted from A1 (i.e. the size of `readSheetValues`' grid). */
  rowCount: number;
  columnCount: number;
  visible: boolean;
}

export interface CellLink {
  /** A sheet name and 1-based row (and optional 1-based column, default 1), for links back to the ledger. */
  sheet: string;
  row: number;
  column?: number;
}

export interface ReportCell {
  value: CellValue;
  /** Optional link target, e.g. back to the ledger row a finding is about. */
  link?: CellLink;
}

export type RowFill = 'pass' | 'fail' | 'info' | null;

/**
 * A small summary table written to the right of a report's main table, with a chart over it (issue 13,
 * item 6: 达标率 by year, and by unit). Column 0 holds the categories (written as text, so that Excel's
 * chart takes them as categories), column 1 the values the chart plots; further columns are context.
 */
export interface ReportChartTable {
  /** The chart's title, in the report's language. */
  title: string;
  header: string[];
  rows: CellValue[][];
  /** How many data rows (from the first) the chart plots, e.g. all units but the total; default all. */
  chartRows?: number;
  /** 0-based columns shown as percentages (`0.0%`). */
  percentColumns?: number[];
  /** Default `column`. */
  chart?: 'column' | 'line';
  /** Column widths in points, by column of the table. */
  columnWidths?: number[];
}

export interface ReportSheet {
  name: string;
  header: string[];
  rows: ReportCell[][];
  /** Row fills by index (0-based data row). */
  rowFills?: RowFill[];
  /** Excel table name (must be a valid, workbook-unique table name). */
  tableName: string;
  /** Column widths in points, by column index. */
  columnWidths?: number[];
  freezeHeader?: boolean;
  /** Summary tables with charts, to the right of the main table (one blank column between). */
  charts?: ReportChartTable[];
}

export interface RowMark {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  note: string;
  severity: 'error' | 'warning' | 'info';
}

export interface MarkResult {
  /** Ledger rows now highlighted (rows with no content are never marked). */
  marked: number;
  /** False when this Excel cannot add the add-in's rules (conditional formats, ExcelApi 1.6). */
  supported: boolean;
}

export interface ReadOptions {
  /** At most this many rows per block (default and maximum 5000). */
  blockRows?: number;
  onProgress?: (done: number, total: number) => void;
  /** Cancels between blocks (rejects with an `AbortError`). */
  signal?: AbortSignal;
}

export interface WriteReportResult {
  /** False when nothing was written (the previous report was edited and `replaceEdited` was not set). */
  written: boolean;
  /** A previous report we wrote exists and its values were changed by the user since. */
  editedPreviousReport: boolean;
  /**
   * Names of the sheets actually written, in order. Equal to the requested names unless a sheet with
   * that name exists that we did not create — then we never touch it and write to `name (2)` etc.
   */
  sheets: string[];
}

export interface Selection {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  column: number;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /**
   * The used range's values, top-left anchored at A1 (padded with nulls if the used range starts later);
   * empty cells are `null`. Read in blocks of at most `blockRows` rows; `onProgress(rowsRead, totalRows)`.
   */
  readSheetValues(name: string, opts?: ReadOptions): Promise<CellValue[][]>;
  /**
   * Writes (replaces) report sheets: values in blocks, then formats; activates the first. Only sheets we
   * created are replaced. If a previous report was edited by the user since our last write, nothing is
   * written unless `replaceEdited` is true.
   */
  writeReport(report: ReportSheet[], opts?: { replaceEdited?: boolean }): Promise<WriteReportResult>;
  /** Whether a report sheet we wrote has been edited (values differ from what we wrote). */
  reportWasEdited(sheetName: string): Promise<boolean>;
  /**
   * Highlights ledger rows by severity with rules the add-in owns (conditional formats keyed on the
   * rows' content; reasons on the add-in's hidden helper sheet). Clears previous marks first. Never
   * changes a value or a format of a ledger cell. Needs ExcelApi 1.6; below it, marks nothing.
   */
  markRows(marks: RowMark[]): Promise<MarkResult>;
  /** Removes exactly the add-in's marks (its rules and helper sheet; marks of earlier versions too). */
  clearMarks(): Promise<void>;
  /** 1-based row and column. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /**
   * The selected cell (top-left cell of the selection), read in one go (Office: one `Excel.run`, one
   * sync). Null when nothing is known to be selected.
   */
  getSelection(): Promise<Selection | null>;
  /**
   * Calls `signal` whenever the selection changes. The event only signals: nothing is read from the
   * workbook here, so callers debounce first and then read once with `getSelection()`. Returns a remover.
   */
  onSelectionChanged(signal: () => void): Promise<() => Promise<void>>;
  /**
   * Values of the given 1-based rows (all columns of the used range from column A), in the order
   * asked; rows beyond the used range read as empty. Office: one `Excel.run`, the used range and the
   * rows (grouped into runs of adjacent rows) in at most ⌈cells / cell budget⌉ + 1 syncs.
   */
  readRows(sheet: string, rows: readonly number[]): Promise<CellValue[][]>;
  /**
   * Values of the given 1-based columns over the used range, one array per row from row 1
   * (`result[r][i]` is row r+1 of `columns[i]`). Office: one `Excel.run`, blocks as `readSheetValues`.
   */
  readColumns(sheet: string, columns: readonly number[]): Promise<CellValue[][]>;
  getSetting<T>(key: string): T | undefined;
  setSetting(key: string, value: unknown): Promise<void>;
}

/** The error thrown when a read is cancelled through its `signal`. */
export function abortError(): Error {
  const e = new Error('The operation was aborted.');
  e.name = 'AbortError';
  return e;
}
