/** The committed samples are what `npm run samples` generates (same cells), and read as intended. */
import { join } from 'path';
import ExcelJS from 'exceljs';
import { makeSamples } from '../../samples/make-samples';
import { tempDir } from './fixtures';

async function cells(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => (rows[n - 1] = JSON.parse(JSON.stringify(row.values))));
    out[ws.name] = rows;
  }
  return out;
}

jest.setTimeout(30_000);

describe('samples', () => {
  it('regenerate to the committed cells', async () => {
    const fresh = await makeSamples(tempDir());
    const committed = join(__dirname, '..', '..', 'samples');
    expect(await cells(fresh.main)).toEqual(await cells(join(committed, 'sample-ledger.xlsx')));
    expect(await cells(fresh.perYear)).toEqual(await cells(join(committed, 'per-year.xlsx')));
  });

  it('hold the mess they promise', async () => {
    const c = await cells(join(__dirname, '..', '..', 'samples', 'sample-ledger.xlsx'));
    expect(Object.keys(c)).toEqual(['继续教育台账', '填表说明']);
    const rows = c['继续教育台账'];
    const flat = rows.flat();
    expect(rows[1]).toEqual(expect.arrayContaining(['姓  名', '证件号码', '课程类型（公需/专业）']));
    expect(rows.slice(2).filter((r) => r && r[2] === '姓  名').length).toBe(1); // header repeated once
    expect(flat.filter((v) => typeof v === 'string' && /小计/.test(v)).length).toBeGreaterThan(3);
    expect(flat).toContain('24学时');
    expect(
      flat.some((v) => typeof v === 'string' && /^\d{4}\.\d{1,2}\.\d{1,2}-\d{4}\.\d{1,2}\.\d{1,2}$/.test(v)),
    ).toBe(true);
    expect(flat.some((v) => typeof v === 'number' && v > 3.7e17)).toBe(true); // the ID Excel turned into a number
    const names = new Set(
      rows
        .slice(2)
        .map((r) => r?.[2])
        .filter((n) => typeof n === 'string' && !/姓/.test(n)),
    );
    expect(names.size).toBeGreaterThanOrEqual(45);
  });
});
