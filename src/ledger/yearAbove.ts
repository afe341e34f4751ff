/**
 * Ledgers that list a person's activities year by year often merge the 年度 cell
 * down over that person's rows of one year. A spreadsheet gives the value to the
 * first row of the merge only (Excel's Range.values, the file readers, a CSV
 * saved from it), so the rows below arrive with a blank 年度.
 *
 * The merge ranges themselves are not used: the task pane's Range.values and a
 * CSV have none, and a blank 年度 means the same whichever way the rows came. A
 * blank 年度 is carried down instead, but only as far as the merge could
 * plausibly reach: from the row directly above (no blank, subtotal or title row
 * between), of the same person, and only when the row's own dates do not
 * contradict it (a dated row must touch that year). A row that breaks any of
 * these keeps its blank 年度 (its year then comes from its dates, as before) and
 * ends the run. One note per run of carried rows names them, so the officer
 * sees how they were read.
 */
import { yearOf } from '../rules/dates';
import { ledgerFinding, type Place } from './findings';
import { createRunNote } from './runNote';
import type { Finding } from './types';

export interface YearAbove {
  /**
   * The 年度 of the row above for a row whose 年度 cell is blank (1-based sheet
   * row, its person's key, its own dates as day numbers), noted; undefined
   * when it cannot be carried.
   */
  carry(
    rowNo: number,
    personKey: string | undefined,
    start: number | undefined,
    end: number | undefined,
  ): number | undefined;
  /** Records the 年度 a data row ended with (from its cell or carried; undefined for none). */
  saw(rowNo: number, personKey: string | undefined, year: number | undefined): void;
}

export function createYearAbove(
  findings: Finding[],
  at: (row: number | null, column: string | null) => Place,
  column: string | null,
): YearAbove {
  // The last data row, kept in place (no object per row on a million-row ledger).
  let lastRow = -1;
  let lastKey: string | undefined;
  let lastYear: number | undefined;
  const runNote = createRunNote(findings);
  return {
    carry(rowNo, personKey, start, end) {
      if (lastRow !== rowNo - 1 || lastYear === undefined || personKey === undefined || personKey !== lastKey)
        return undefined;
      const year = lastYear;
      const first = start ?? end;
      const last = end ?? start;
      if (first !== undefined && last !== undefined && (year < yearOf(first) || year > yearOf(last)))
        return undefined;
      runNote.note(rowNo, () =>
        ledgerFinding(
          'year-from-row-above',
          { rows: String(rowNo), from: rowNo - 1, year },
          at(rowNo, column),
          personKey,
        ),
      );
      return year;
    },
    saw(rowNo, personKey, year) {
      lastRow = rowNo;
      lastKey = personKey;
      lastYear = year;
    },
  };
}
