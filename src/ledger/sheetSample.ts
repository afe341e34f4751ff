/**
 * The few rows of a sheet that decide how much it looks like a ledger, kept
 * while the sheet streams past: `sheetLooksLikeLedger` (headers.ts) finds the
 * header among the first 20 rows (and the sub-header under the last) and counts
 * at most 100 data rows below it. A sample keeps those first 21 rows and then
 * only the data rows it counts, up to 100, so `sheetLooksLikeLedger(sample.rows)`
 * — and `chooseLedgerSheets` over samples — equals its value over the whole sheet.
 */
import { normaliseHeader } from './fields';
import { detectLedgerHeader, isRepeatedHeaderRow, type HeaderFound } from './headers';

/** Rows `detectHeader` looks at: 20 scanned and the sub-header under the last. */
const HEAD_ROWS = 21;
/** `sheetLooksLikeLedger` stops counting data rows here. */
const DATA_ROWS = 100;

export interface SheetSample {
  /** Hands over the sheet's next row (push `[]` for an empty row). */
  push(row: readonly unknown[]): void;
  /** The rows kept: the first 21, then the counted data rows in sheet order. */
  readonly rows: ReadonlyArray<readonly unknown[]>;
}

/** Counted as a data row by `sheetLooksLikeLedger`: something in it, and not the header again. */
function isDataRow(row: readonly unknown[], header: HeaderFound): boolean {
  return (
    row.some((c) => normaliseHeader(c).full !== '' || typeof c === 'number' || c instanceof Date) &&
    !isRepeatedHeaderRow(row, header)
  );
}

export function createSheetSample(): SheetSample {
  const rows: Array<readonly unknown[]> = [];
  /** undefined until the first 21 rows are in; null when they hold no header. */
  let header: HeaderFound | null | undefined;
  let counted = 0;
  return {
    rows,
    push(row) {
      if (header === undefined) {
        rows.push(row);
        if (rows.length < HEAD_ROWS) return;
        const h = detectLedgerHeader(rows);
        header = h.ok ? h : null;
        if (header) for (let r = header.dataStartRow; r < rows.length; r++) if (isData(rows[r])) counted++;
        return;
      }
      if (header === null || counted >= DATA_ROWS) return;
      if (isData(row)) {
        rows.push(row);
        counted++;
      }
    },
  };

  function isData(row: unknown): boolean {
    return header ? isDataRow(Array.isArray(row) ? row : [], header) : false;
  }
}
