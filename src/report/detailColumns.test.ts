/**
 * 明细 held in columns (`details: 'compact'`, the command line's --report):
 * the same lines, in the same order, as the objects the model builds
 * otherwise; the same report workbook; and the model never makes objects of
 * every activity to build them.
 */
import { join } from 'path';
import { nodeZipCodec } from '../io/node/xlsxWriteCodec';
import { readLedgerFiles } from '../cli/run';
import { activityStoreOf } from '../ledger/join';
import { buildReport, type BuildOptions } from './model';
import { reportDetails } from './detailColumns';
import { reportWorkbookBytes } from './reportWorkbook';
import { archivePeople, buildArchive } from './archive';
import { drawSample } from './sample';

const ROOT = join(__dirname, '..', '..');
const CASES: Array<[string, string[], Omit<BuildOptions, 'evaluations' | 'details'>]> = [
  ['the sample ledger', ['samples/sample-ledger.xlsx'], { titleYear: 2023 }],
  ['a dirty ledger (duplicates, errors)', ['test/ledgers/files/12-dirty.xlsx'], { lang: 'en' }],
  [
    'two files joined',
    ['test/ledgers/files/04-by-year.xlsx', 'test/ledgers/files/11-staff-no-id.xlsx'],
    { showIds: true },
  ],
];

describe.each(CASES)('明细 in columns: %s', (_, files, opts) => {
  const paths = files.map((f) => join(ROOT, f));
  const base = { ...opts, asOfYear: 2026, evaluations: false as const };

  it('gives the same lines in ledger order, and report.details the same array', async () => {
    const full = buildReport(await readLedgerFiles(paths), { ...base, details: true });
    const ledger = await readLedgerFiles(paths);
    const compact = buildReport(ledger, { ...base, details: 'compact' });
    // Built from the columns: `ledger.activities` was never made objects.
    expect(activityStoreOf(ledger)).toBeDefined();
    expect(full.details.length).toBeGreaterThan(0);
    expect([...reportDetails(compact)]).toEqual(full.details);
    expect([...reportDetails(compact)].map((d) => d.ref)).toEqual(full.details.map((d) => d.ref));
    expect(compact.people).toEqual(full.people);
    expect(compact.findings).toEqual(full.findings);
    // Read as an array, they become one, as the object model has them.
    expect(compact.details).toEqual(full.details);
    expect(reportDetails(compact)).toBe(compact.details);
  });

  it('writes the same report workbook, with the 抽查 sheet', async () => {
    const full = buildReport(await readLedgerFiles(paths), { ...base, details: true });
    const compact = buildReport(await readLedgerFiles(paths), { ...base, details: 'compact' });
    const sample = drawSample(full.people, { count: 3 }, 1);
    const limits = { codec: nodeZipCodec(), sample };
    const a = await reportWorkbookBytes(full, undefined, limits);
    const b = await reportWorkbookBytes(compact, undefined, { ...limits, codec: nodeZipCodec() });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('gives the same archive, person by person, without making every activity an object', async () => {
    const fullLedger = await readLedgerFiles(paths);
    const full = buildArchive(fullLedger, buildReport(fullLedger, { ...base, details: true }));
    const ledger = await readLedgerFiles(paths);
    const compact = [...archivePeople(ledger, buildReport(ledger, { ...base, details: 'compact' }))];
    expect(full.some((p) => p.activities.length > 0)).toBe(true);
    expect(compact).toEqual(full);
    // Each person's activities were made from the columns: the ledger's array was never read.
    expect(Object.getOwnPropertyDescriptor(ledger, 'activities')?.get).toBeDefined();
  });
});
