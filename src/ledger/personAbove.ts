/**
 * Ledgers that list a person's activities together often merge the 序号, 姓名
 * and 身份证号 cells down over that person's rows. A spreadsheet gives the value
 * to the first row only (Excel's Range.values, and the file readers, leave the
 * rest blank), so the rows below arrive with no person. A row with no name and
 * empty ID, 工号 and 序号 cells (序号 is merged with them; a numbered row without a
 * name is a name left out), directly under a row with a person, is that
 * person's, as the merged cell means; one note per run of such rows names them, so the officer
 * can see how they were read. A row after a blank, subtotal or title row is not
 * carried: it stays a row without a person.
 */
import type { IdNumberInfo } from './parse/idNumber';
import { ledgerFinding, type Place } from './findings';
import { createRunNote } from './runNote';
import type { Finding } from './types';

interface Seen {
  rowNo: number;
  idInfo: IdNumberInfo | undefined;
  name: string | undefined;
}

export interface PersonAbove {
  /** Records the person of a data row (1-based sheet row). */
  saw(rowNo: number, idInfo: IdNumberInfo | undefined, name: string | undefined): void;
  /** The person of the row directly above `rowNo`, noted; undefined when that row had none. */
  carry(rowNo: number): Omit<Seen, 'rowNo'> | undefined;
}

export function createPersonAbove(
  findings: Finding[],
  at: (row: number | null, column: string | null) => Place,
  column: string | null,
): PersonAbove {
  // The last data row's person, kept in place (no object per row on a million-row ledger).
  let lastRow = -1;
  let lastId: IdNumberInfo | undefined;
  let lastName: string | undefined;
  const runNote = createRunNote(findings);
  return {
    saw(rowNo, idInfo, name) {
      lastRow = rowNo;
      lastId = idInfo;
      lastName = name;
    },
    carry(rowNo) {
      if (lastRow !== rowNo - 1 || (lastId === undefined && lastName === undefined)) return undefined;
      runNote.note(rowNo, () =>
        ledgerFinding(
          'person-from-row-above',
          { rows: String(rowNo), from: rowNo - 1, name: lastName ?? lastId?.id ?? '' },
          at(rowNo, column),
        ),
      );
      return { idInfo: lastId, name: lastName };
    },
  };
}
