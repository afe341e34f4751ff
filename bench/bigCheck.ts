/**
 * The big run of the ledger benchmark (bench/ledger.ts), in a process of its
 * own: `ce-check FILE --json` as the command line does it (details and
 * evaluations left out), the JSON written to /dev/null as it is made. It
 * loads only what the check loads (no exceljs), so its peak RSS is the
 * check's. Prints `{ ms, maxRssKb, people, activities }`.
 */
import { closeSync, openSync, writeSync } from 'fs';
import { readLedgerFiles } from '../src/cli/run';
import { activityCount } from '../src/ledger/join';
import { reportJsonPieces } from '../src/report/json';
import { buildReport } from '../src/report/model';

export async function jsonCheck(path: string): Promise<{ people: number; activities: number }> {
  const ledger = await readLedgerFiles([path]);
  const report = buildReport(ledger, { details: false, evaluations: false });
  const fd = openSync('/dev/null', 'w');
  try {
    for (const piece of reportJsonPieces(report, path)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  return { people: report.people.length, activities: activityCount(ledger) };
}

if (require.main === module) {
  const start = process.hrtime.bigint();
  jsonCheck(process.argv[2]).then((r) => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...r }));
  });
}
