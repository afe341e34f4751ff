/**
 * Input the checker cannot use at all: an empty file or workbook, no sheet
 * that looks like a ledger, a header with no record under it. Such a run
 * exits 2 with one line naming the file (issue 10), instead of "共 0 人".
 */
import type { Ledger } from '../ledger/types';
import type { CliErrorCode } from './messages';

export interface Unreadable {
  code: Extract<CliErrorCode, 'file-empty' | 'no-ledger-sheet' | 'file-no-records'>;
  file: string;
}

/** The first input file that gives nothing to check, in the order given. */
export function firstUnreadable(ledger: Ledger, files: readonly string[]): Unreadable | undefined {
  for (const file of files) {
    const sources = ledger.sources.filter((s) => s.file === file);
    // A sheet read through columns named by hand has no header row but may have records.
    const headers = sources.filter((s) => s.headerRow > 0 || s.dataRows > 0);
    if (headers.length === 0) {
      const scanned = ledger.findings.filter((f) => f.code === 'header-not-found' && f.file === file);
      const empty = sources.length === 0 || scanned.every((f) => Number(f.params.scannedRows) === 0);
      return { code: empty ? 'file-empty' : 'no-ledger-sheet', file };
    }
    // A register kept one row per person is not read, and says so in a finding of its own.
    const wide = ledger.findings.some((f) => f.code === 'sheet-wide-register' && f.file === file);
    if (headers.every((s) => s.dataRows === 0) && !wide) return { code: 'file-no-records', file };
  }
  return undefined;
}
