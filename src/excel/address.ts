/** A1-style addresses. Pure. */
import { columnLetter } from '../ledger/columns';

/** 1 → A, 27 → AA (1-based, as Office.js counts; the letters come from the ledger layer's one converter). */
export function columnLetters(column: number): string {
  return columnLetter(Math.max(1, Math.floor(column)) - 1);
}

/** Always-quoted sheet name, valid in any reference: `'It''s'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!B12` for a 1-based row and column. */
export function a1Ref(sheet: string, row: number, column = 1): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row}`;
}
