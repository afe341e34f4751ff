import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readInputFile } from './readInputFile';

const dir = mkdtempSync(join(tmpdir(), 'ce-io-'));

async function writeWorkbook(name: string, date1904 = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('2023年');
  ws.addRow(['2023年继续教育台账']);
  ws.addRow(['姓  名', '证件号码', '学时', '日期', '备注']);
  const r = ws.addRow([
    '张三',
    '370202198001011234',
    { formula: '8*3', result: 24 },
    new Date(Date.UTC(2023, 4, 8)),
    null,
  ]);
  r.getCell(4).numFmt = 'yyyy-mm-dd';
  ws.addRow([]); // an empty row 4 keeps row 5 as row 5
  ws.addRow([
    { richText: [{ text: '李' }, { text: '四' }] },
    null,
    '16学时',
    45000,
    { text: '证书', hyperlink: 'https://example.org' },
  ]);
  const notes = wb.addWorksheet('填表说明');
  notes.addRow(['1. 每人每条学习记录填一行。']);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readInputFile', () => {
  it('streams an .xlsx into plain rows: formulas give results, rich text and links give text, dates stay Dates', async () => {
    const path = await writeWorkbook('a.xlsx');
    const r = await readInputFile(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const wb = r.workbook;
    expect(wb.format).toBe('xlsx');
    expect(wb.date1904).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2023年', '填表说明']);
    expect(wb.sheets[0].rows).toEqual([
      ['2023年继续教育台账'],
      ['姓  名', '证件号码', '学时', '日期', '备注'],
      ['张三', '370202198001011234', 24, new Date(Date.UTC(2023, 4, 8))],
      [],
      ['李四', null, '16学时', 45000, '证书'],
    ]);
  });

  it('records the 1904 date system', async () => {
    const r = await readInputFile(await writeWorkbook('b.xlsx', true));
    expect(r.ok && r.workbook.date1904).toBe(true);
  });

  it('reports progress up to the whole file', async () => {
    const seen: number[] = [];
    await readInputFile(await writeWorkbook('c.xlsx'), {
      onProgress: (p) => seen.push(p.bytes / p.totalBytes),
    });
    expect(seen[seen.length - 1]).toBe(1);
  });

  it.each<[string, string | Buffer, string]>([
    // [file name, content, code]
    ['missing.xlsx', '', 'file-not-found'],
    ['corrupt.xlsx', Buffer.from('PK\u0003\u0004 this is not really a zip archive at all'), 'file-corrupt'],
    ['text.xlsx', '姓名,学时', 'file-corrupt'],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'file-not-xlsx'],
    ['notes.docx.pdf', '%PDF-1.4', 'file-type-unknown'],
  ])('%s: a ReadFailure, without throwing', async (name, content, code) => {
    const path = join(dir, name);
    if (name !== 'missing.xlsx') writeFileSync(path, content);
    const r = await readInputFile(path);
    expect(r).toMatchObject({ ok: false, code, file: path });
  });

  it('reads a GBK CSV with quoted commas and line breaks', async () => {
    const path = join(dir, '2019.csv');
    // "姓名","内容"\n"张三","讲座,""新技术""\n推广"  in GB18030
    const text = '姓名,内容\n张三,"讲座,""新技术""\n推广"\n';
    writeFileSync(path, Buffer.from(encodeGb(text)));
    const r = await readInputFile(path);
    expect(r).toMatchObject({
      ok: true,
      workbook: {
        format: 'csv',
        encoding: 'gb18030',
        sheets: [
          {
            name: '2019',
            rows: [
              ['姓名', '内容'],
              ['张三', '讲座,"新技术"\n推广'],
            ],
          },
        ],
      },
    });
  });
});

/** GB18030 bytes for the few characters used here (Node has no GBK encoder). */
function encodeGb(text: string): number[] {
  const table: Record<string, number[]> = {
    姓: [0xd0, 0xd5],
    名: [0xc3, 0xfb],
    内: [0xc4, 0xda],
    容: [0xc8, 0xdd],
    张: [0xd5, 0xc5],
    三: [0xc8, 0xfd],
    讲: [0xbd, 0xb2],
    座: [0xd7, 0xf9],
    新: [0xd0, 0xc2],
    技: [0xbc, 0xbc],
    术: [0xca, 0xf5],
    推: [0xcd, 0xc6],
    广: [0xb9, 0xe3],
  };
  const out: number[] = [];
  for (const ch of text) out.push(...(table[ch] ?? [ch.charCodeAt(0)]));
  return out;
}
