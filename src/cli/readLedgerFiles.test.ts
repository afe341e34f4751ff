/**
 * The CLI's streaming read (`readLedgerFiles`) gives the ledger the whole-grid
 * path gives (`readInputFile` → `pickLedgerSources` → `readLedgers`) for every
 * sheet choice, and fails with the same codes.
 */
import { join } from 'path';
import { writeFileSync } from 'fs';
import { pickLedgerSources } from '../io/sources';
import { readInputFile } from '../io/node/readInputFile';
import { readLedgers } from '../ledger/intake';
import type { Ledger, LedgerSource } from '../ledger/types';
import { HEADER, tempDir, writeXlsx, yearRows } from '../../test/cli/fixtures';
import { readLedgerFiles } from './run';

const dir = tempDir();
let book: string;
let csv: string;

beforeAll(async () => {
  book = await writeXlsx(join(dir, 'years.xlsx'), {
    填表说明: [['每人每项活动一行。']],
    '2022年': [['2022年继续教育台账'], HEADER, ...yearRows(2022, 'zhang'), ...yearRows(2022, 'wang')],
    '2023年': [HEADER, ...yearRows(2023, 'zhang'), ...yearRows(2023, 'li'), ...yearRows(2023, 'li')],
  });
  csv = join(dir, '2021.csv');
  writeFileSync(csv, [HEADER, ...yearRows(2021, 'li')].map((r) => r.join(',')).join('\n'));
});

async function wholeGrid(files: string[], sheets: string[]): Promise<Ledger> {
  const sources: LedgerSource[] = [];
  for (const f of files) {
    const r = await readInputFile(f);
    if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.params)}`);
    const chosen = pickLedgerSources(r.workbook, sheets);
    if (!chosen.ok) throw new Error(chosen.code);
    sources.push(...chosen.sources);
  }
  return readLedgers(sources);
}

const plain = (l: Ledger) => ({ ...l, origins: [...l.origins] });

describe('readLedgerFiles', () => {
  it.each<[string, string[], string[]]>([
    ['the likeliest sheet and the sheets of its shape', [], ['2022年', '2023年']],
    ['all', ['all'], ['2022年', '2023年']],
    ['names in the order asked', ['2023年', '2022年'], ['2023年', '2022年']],
    ['the instructions sheet by name', ['填表说明'], ['填表说明']],
  ])('%s: the same ledger as reading the whole grid', async (_name, sheets, read) => {
    const files = [book, csv];
    const l = await readLedgerFiles(files, { sheets });
    expect(l.sources.map((s) => s.sheet)).toEqual([...read, '2021']);
    expect(plain(l)).toEqual(plain(await wholeGrid(files, sheets)));
  });

  it('finds the duplicate rows and joins people across the files', async () => {
    const l = await readLedgerFiles([book, csv], { sheets: ['all'] });
    expect(l.findings.filter((f) => f.code === 'row-duplicate').map((f) => f.row)).toEqual([7, 8]);
    expect(l.people.map((p) => p.name)).toEqual(['张伟', '王芳', '李娜']);
  });

  it.each<[string, () => string, string[], string]>([
    ['an unknown sheet', () => book, ['2024年'], 'sheet-not-found'],
    ['a missing file', () => join(dir, 'none.xlsx'), [], 'file-not-found'],
  ])('%s: fails with the code', async (_name, file, sheets, code) => {
    await expect(readLedgerFiles([file()], { sheets })).rejects.toMatchObject({ code });
  });
});
