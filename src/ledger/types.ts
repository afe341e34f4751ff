/**
 * What the ledger layer hands to everything above it: typed activities and
 * people, findings with sheet/row/column, and a summary of each source read.
 * The same shapes serve the task pane, the custom functions and the CLI.
 */
import type { Activity, Person } from '../rules';
import type { FieldCode } from './fields';
import type { ColumnMap } from './headers';
import type { UserMapping } from './columnMapping';

/** One sheet's cells exactly as Excel's `Range.values` or a file reader gives them. */
export interface LedgerSource {
  /** File the sheet came from (CLI, preview); absent inside Excel. */
  file?: string;
  sheet: string;
  rows: readonly (readonly unknown[])[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
  /** Explicit column → field mapping (0-based columns) overriding detection. */
  mapping?: ColumnMap;
  /** Columns the user named by letter or header text (`--map 学时=F`). */
  userMapping?: UserMapping;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in a ledger or by the rules: data, never an exception.
 * `layer` tells which message table explains `code` (the two layers share a few
 * code names with the same meaning, e.g. `negative-value`).
 */
export interface Finding {
  severity: Severity;
  code: string;
  layer: 'ledger' | 'rules';
  clause: string | null;
  file?: string;
  sheet: string;
  /** 1-based sheet row, or null for findings about a person or the sheet. */
  row: number | null;
  /** Column letter, or null. */
  column: string | null;
  params: Record<string, string | number>;
  /** The person it is about, when known (key). */
  personKey?: string;
}

/** Where an activity came from; `Activity.ref` keys it. */
export interface RowOrigin {
  file?: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /**
   * The column, where one row holds several activities (a register kept one row
   * per person, `wideReader.ts`): the ref names it after the row, `…!12#H`.
   */
  column?: string;
}

/** What was read from one source. */
export interface SourceSummary {
  file?: string;
  sheet: string;
  /** 1-based row of the header; 0 when only an explicit mapping gave the columns. */
  headerRow: number;
  /** Rows that produced an activity. */
  dataRows: number;
  /** Detected (or mapped) columns as letters. */
  columns: Partial<Record<FieldCode, string>>;
}

/** One or more sources read and joined: people keyed by ID where present, else by name. */
export interface Ledger {
  sources: SourceSummary[];
  activities: Activity[];
  /** Every person seen, in first-seen order. */
  people: Person[];
  findings: Finding[];
  origins: ReadonlyMap<string, RowOrigin>;
}
