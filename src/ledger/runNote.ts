/**
 * One note for a run of consecutive rows read the same way (a person or a 年度
 * carried down from the row above a merged cell): the run's first row carries
 * the finding, and each later row of the run widens its `rows` to `first–last`.
 */
import type { Finding } from './types';

export interface RunNote {
  /** Notes row `rowNo`: it joins the run when the run's last row is the one above, else `start()` begins one. */
  note(rowNo: number, start: () => Finding): void;
}

export function createRunNote(findings: Finding[]): RunNote {
  let run: { finding: Finding; lastRow: number } | undefined;
  return {
    note(rowNo, start) {
      if (run !== undefined && run.lastRow === rowNo - 1) {
        run.finding.params.rows = `${run.finding.row}–${rowNo}`;
        run.lastRow = rowNo;
        return;
      }
      const finding = start();
      findings.push(finding);
      run = { finding, lastRow: rowNo };
    },
  };
}
