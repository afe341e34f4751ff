/** Limits of an Excel worksheet that every writer (Office.js or a file) must respect. */

/** Excel's limit of characters in one cell. */
export const MAX_CELL_CHARS = 32767;

/** Excel's limit of rows in one worksheet. */
export const MAX_SHEET_ROWS = 1_048_576;
