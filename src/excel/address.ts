/** A1-style addresses. Pure. */

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Always-quoted sheet name, valid in any reference: `'It''s'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!B12` for a 1-based row and column. */
export function a1Ref(sheet: string, row: number, column = 1): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row}`;
}
