/**
 * The row being read and the field being looked at, so that a cell parser's
 * problem lands on the right sheet, row, column and person without a closure
 * per cell (the ledger reader's hot loop).
 */
import type { LedgerCode } from './codes';
import type { FieldCode } from './fields';
import { ledgerFinding, type Place } from './findings';
import type { Params } from './parse/result';
import type { Finding } from './types';

export type ColumnIndex = Partial<Record<FieldCode, number>>;
export type ColumnLetters = Partial<Record<FieldCode, string>>;

export class RowCursor {
  /** 1-based sheet row of the row being read. */
  rowNo = 0;
  /** The field whose cell was read last: problems are reported on its column. */
  field: FieldCode = 'name';
  /** The person the row belongs to, once known. */
  rowKey: string | undefined;

  constructor(
    readonly findings: Finding[],
    readonly cols: ColumnIndex,
    readonly letter: ColumnLetters,
    readonly at: (row: number | null, column: string | null) => Place,
  ) {}

  /** The row's cell of field `f` (undefined when the sheet has no such column); `f` becomes the one reported on. */
  cell(row: readonly unknown[], f: FieldCode): unknown {
    this.field = f;
    const c = this.cols[f];
    return c === undefined ? undefined : row[c];
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
