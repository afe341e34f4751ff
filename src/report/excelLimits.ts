/** Limits of an Excel worksheet that every writer (Office.js or a file) must respect. */

/** Excel's limit of characters in one cell. */
export const MAX_CELL_CHARS = 32767;
