/**
 * `streamInputFile` hands each sheet's rows to its sink, in order, empty rows
 * included, exactly as `readInputFile` would keep them; nothing is kept.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readInputFile, streamInputFile } from './readInputFile';
import type { SheetStart } from '../types';

const dir = mkdtempSync(join(tmpdir(), 'ce-io-stream-'));

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('2023年');
  ws.addRow(['2023年继续教育台账']);
  ws.addRow(['姓名', '学时', '日期']);
  ws.addRow(['张三', { formula: '8*3', result: 24 }, new Date(Date.UTC(2023, 4, 8))]);
  ws.addRow([]);
  ws.addRow([]);
  ws.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, '16学时']);
  wb.addWorksheet('填表说明').addRow(['1. 每人每条学习记录填一行。']);
  const path = join(dir, 'a.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

async function collect(path: string, skip?: string) {
  const starts: SheetStart[] = [];
  const rows: unknown[][][] = [];
  const r = await streamInputFile(path, {
    onSheet: (s) => {
      starts.push(s);
      const into: unknown[][] = [];
      rows.push(into);
      return s.name === skip ? undefined : (row) => into.push([...row]);
    },
  });
  return { r, starts, rows };
}

describe('streamInputFile', () => {
  it('streams an .xlsx sheet by sheet: the rows readInputFile keeps, the names, the 1904 flag', async () => {
    const path = await workbook();
    const whole = await readInputFile(path);
    const { r, starts, rows } = await collect(path);
    if (!whole.ok) throw new Error(whole.code);
    expect(starts).toEqual([
      { format: 'xlsx', name: '2023年', index: 0, date1904: true },
      { format: 'xlsx', name: '填表说明', index: 1, date1904: true },
    ]);
    expect(rows).toEqual(whole.workbook.sheets.map((s) => s.rows));
    expect(rows[0][3]).toEqual([]);
    expect(rows[0]).toHaveLength(6);
    expect(r).toEqual({
      ok: true,
      workbook: {
        file: path,
        format: 'xlsx',
        date1904: true,
        sheets: [{ name: '2023年' }, { name: '填表说明' }],
      },
    });
  });

  it('drops the rows of a sheet without a sink', async () => {
    const { rows } = await collect(await workbook(), '2023年');
    expect(rows[0]).toEqual([]);
    expect(rows[1]).toEqual([['1. 每人每条学习记录填一行。']]);
  });

  it('hands a CSV over row by row as one sheet', async () => {
    const path = join(dir, '2019.csv');
    writeFileSync(path, '姓名,学时\n张三,8\n\n李四,"16学时"\n');
    const { r, starts, rows } = await collect(path);
    expect(starts).toEqual([{ format: 'csv', name: '2019', index: 0, date1904: false }]);
    expect(rows).toEqual([[['姓名', '学时'], ['张三', '8'], [''], ['李四', '16学时']]]);
    expect(r).toMatchObject({
      ok: true,
      workbook: { format: 'csv', encoding: 'utf-8', sheets: [{ name: '2019' }] },
    });
  });

  it.each<[string, string | Buffer, string]>([
    ['missing.xlsx', '', 'file-not-found'],
    ['corrupt.xlsx', Buffer.from('PK\u0003\u0004 not a zip'), 'file-corrupt'],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'file-not-xlsx'],
    ['bad.csv', '姓名,"学时\n张三,8', 'csv-unterminated-quote'],
  ])('%s: a ReadFailure, without throwing and without a sheet', async (name, content, code) => {
    const path = join(dir, name);
    if (name !== 'missing.xlsx') writeFileSync(path, content);
    const { r, starts } = await collect(path);
    expect(r).toMatchObject({ ok: false, code, file: path });
    expect(starts).toEqual([]);
  });
});
