/**
 * User-defined kinds (四(四)5) from a sheet named 规则, when the workbook has
 * one: read through the port, turned into a rule book by the ledger layer, and
 * every validation error kept as a message for the settings screen.
 */
import type { CellValue, WorkbookPort } from '../src/excel/port';
import type { RuleBook } from '../src/rules/rulebook';
import { RULES_SHEET } from './ledgerSheets';

export type RuleBookState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'loaded'; book: RuleBook; count: number; errors: string[] }
  | { status: 'failed'; message: string };

/** Turns the 规则 sheet's cells into a book, its user kinds' count and messages for what was wrong. */
export type RuleSheetReader = (rows: CellValue[][], sheet: string) => RuleSheetRead | Promise<RuleSheetRead>;

export interface RuleSheetRead {
  book: RuleBook;
  count: number;
  errors: string[];
}

export async function loadRuleBook(port: WorkbookPort, read: RuleSheetReader): Promise<RuleBookState> {
  try {
    const sheets = await port.listSheets();
    const sheet = sheets.find((s) => s.name.trim() === RULES_SHEET);
    if (!sheet) return { status: 'none' };
    const rows = await port.readSheetValues(sheet.name);
    return { status: 'loaded', ...(await read(rows, sheet.name)) };
  } catch (e) {
    return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
