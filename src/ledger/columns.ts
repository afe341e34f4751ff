/** Spreadsheet column letters ↔ 0-based indexes, for cell references in findings (`2023年!C12`). */

/**
 * @example columnLetter(0) === 'A'
 * @example columnLetter(25) === 'Z'
 * @example columnLetter(26) === 'AA'
 */
export function columnLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0)
    throw new RangeError(`column index must be a non-negative integer: ${index0}`);
  let n = index0 + 1;
  let out = '';
  // Bijective base 26: there is no zero digit, so subtract one before each division.
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * @example columnIndex('A') === 0
 * @example columnIndex('aa') === 26
 * @example columnIndex('A1') === undefined
 */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]+$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** @example cellAddress(11, 2) === 'C12' (0-based row and column) */
export function cellAddress(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}
