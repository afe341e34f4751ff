/** What a file reader hands to the ledger layer: sheets of plain cells. Browser-safe. */
import type { PlainCell } from './cells';

export interface SheetData {
  name: string;
  /** 0-based rows of 0-based cells; row r is sheet row r + 1. */
  rows: PlainCell[][];
}

export interface WorkbookData {
  file?: string;
  format: 'xlsx' | 'csv';
  sheets: SheetData[];
  /** The workbook uses the 1904 date system (exceljs exposes it; false for CSV). */
  date1904: boolean;
  /** CSV only: the text encoding detected. */
  encoding?: 'utf-8' | 'gb18030';
}

/** Why a file could not be read: a code for the message tables, never an exception. */
export type ReadFailureCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-not-xlsx'
  | 'file-encrypted'
  | 'file-xlsb'
  | 'file-corrupt'
  | 'file-type-unknown'
  | 'csv-unterminated-quote';

export interface ReadFailure {
  ok: false;
  code: ReadFailureCode;
  file: string;
  params: Record<string, string | number>;
}

export type ReadResult = { ok: true; workbook: WorkbookData } | ReadFailure;

export interface ReadProgress {
  /** Bytes of the file consumed so far and its size; rows read so far. */
  bytes: number;
  totalBytes: number;
  rows: number;
}

/** A sheet about to stream its rows. */
export interface SheetStart {
  format: WorkbookData['format'];
  name: string;
  /** 0-based position in the workbook. */
  index: number;
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
}

/**
 * Receives one sheet's rows in sheet order: the n-th call is sheet row n, an
 * empty row arrives as `[]`. The row is the sink's to keep or drop.
 */
export type RowSink = (row: readonly PlainCell[]) => void;

/** Chooses, as each sheet starts, where its rows go (undefined: dropped unread). */
export type SheetSinks = (sheet: SheetStart) => RowSink | undefined;

/** A workbook whose rows went to row sinks as they were read: no rows kept, only the sheet names. */
export interface StreamedWorkbook extends Omit<WorkbookData, 'sheets'> {
  sheets: Array<{ name: string }>;
  /** Why our own .xlsx reader handed the file to exceljs, when it did (`XlsxFormatError` code; the command line says so). */
  fallbackReason?: 'zip64' | 'method' | 'no-workbook';
}

export type StreamResult = { ok: true; workbook: StreamedWorkbook } | ReadFailure;
