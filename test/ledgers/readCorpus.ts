/** A ledger of the corpus read as the pane reads a workbook (its likeliest sheets), and its report. */
import { join } from 'path';
import { readInputFile } from '../../src/io/node/readInputFile';
import { pickLedgerSources } from '../../src/io/sources';
import { readLedgers } from '../../src/ledger/intake';
import type { Ledger } from '../../src/ledger/types';
import { buildReport } from '../../src/report/model';
import type { Report } from '../../src/report/types';

export const CORPUS_FILES = join(__dirname, 'files');

export async function readCorpusLedger(file: string): Promise<{ ledger: Ledger; report: Report }> {
  const read = await readInputFile(join(CORPUS_FILES, file));
  if (!read.ok) throw new Error(`${file}: ${read.code}`);
  const chosen = pickLedgerSources(read.workbook);
  if (!chosen.ok) throw new Error(`${file}: ${chosen.code}`);
  const ledger = readLedgers(chosen.sources);
  return { ledger, report: buildReport(ledger, {}) };
}
