/**
 * The row being read and the field being looked at, so that a cell parser's
 * problem lands on the right sheet, row, column and person without a closure
 * per cell (the ledger reader's hot loop).
 */
import type { LedgerCode } from './codes';
import { FIELD_CODES, type FieldCode } from './fields';
import { ledgerFinding, type Place } from './findings';
import type { Params } from './parse/result';
import type { Finding } from './types';

export type ColumnIndex = Partial<Record<FieldCode, number>>;
export type ColumnLetters = Partial<Record<FieldCode, string>>;
/** Every field's 0-based column, -1 where the sheet has none: one shape for every sheet. */
export type ColumnTable = Readonly<Record<FieldCode, number>>;

/** `cols` as a table of every field, built in one order so each property is read at a fixed place. */
export function columnTable(cols: ColumnIndex): ColumnTable {
  const table = {} as Record<FieldCode, number>;
  for (const f of FIELD_CODES) table[f] = cols[f] ?? -1;
  return table;
}

export class RowCursor {
  /** 1-based sheet row of the row being read. */
  rowNo = 0;
  /** The field whose cell was read last: problems are reported on its column. */
  field: FieldCode = 'name';
  /** The person the row belongs to, once known. */
  rowKey: string | undefined;

  /** Every field's column (-1 for none), for `cellAt`. */
  readonly col: ColumnTable;

  constructor(
    readonly findings: Finding[],
    readonly cols: ColumnIndex,
    readonly letter: ColumnLetters,
    readonly at: (row: number | null, column: string | null) => Place,
  ) {
    this.col = columnTable(cols);
  }

  /** The row's cell of field `f` (undefined when the sheet has no such column); `f` becomes the one reported on. */
  cell(row: readonly unknown[], f: FieldCode): unknown {
    this.field = f;
    const c = this.cols[f];
    return c === undefined ? undefined : row[c];
  }

  /**
   * `cell` for the hot loop, with the column given: `cellAt(row, 'hours',
   * col.hours)` reads a property by its name where `cell` looks it up by a
   * string (a million rows read some twenty fields each).
   */
  cellAt(row: readonly unknown[], f: FieldCode, column: number): unknown {
    this.field = f;
    return column < 0 ? undefined : row[column];
  }

  /** A finding on the current row and field. */
  readonly report = (code: LedgerCode, params: Params): void => {
    this.findings.push(
      ledgerFinding(code, params, this.at(this.rowNo, this.letter[this.field] ?? null), this.rowKey),
    );
  };

  /** A finding about the whole sheet (row null), on field `f`'s column when there is one. */
  sheetNote(code: LedgerCode, params: Params, f?: FieldCode): void {
    this.findings.push(ledgerFinding(code, params, this.at(null, f ? (this.letter[f] ?? null) : null)));
  }
}
