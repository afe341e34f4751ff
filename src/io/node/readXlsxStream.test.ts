/**
 * exceljs's streaming reader throws on a workbook whose zip holds a worksheet
 * after the shared strings and relationships but before xl/workbook.xml — an
 * order exceljs's own writer produces now and then. The reader must still read it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsxStream } from './readXlsxStream';

async function workbookWithLateWorkbookXml(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '学习形式', '学时']);
  ws.addRow(['张三', '岗位培训', 8]);
  ws.addRow([]);
  ws.addRow(['李四', '学术会议', '6学时']);
  const original = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const names = Object.keys(original.files).filter((n) => !original.files[n].dir);
  // The troublesome order: rels and shared strings, then the sheet, then workbook.xml last.
  const order = [
    ...names.filter((n) => n !== 'xl/workbook.xml' && !n.startsWith('xl/worksheets/')),
    ...names.filter((n) => n.startsWith('xl/worksheets/')),
    'xl/workbook.xml',
  ];
  const reordered = new JSZip();
  for (const n of order) reordered.file(n, await original.files[n].async('uint8array'));
  const path = join(mkdtempSync(join(tmpdir(), 'ce-xlsx-order-')), 'late-workbook.xlsx');
  writeFileSync(path, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

describe('readXlsxStream on a zip with xl/workbook.xml last', () => {
  test('exceljs streaming alone fails on it (the case is real)', async () => {
    const path = await workbookWithLateWorkbookXml();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      worksheets: 'emit',
    });
    await expect(
      (async () => {
        for await (const ws of reader) for await (const _row of ws as AsyncIterable<unknown>) void _row;
      })(),
    ).rejects.toThrow(/sheets/);
  });

  test('our reader still returns every row, empty rows kept as []', async () => {
    const path = await workbookWithLateWorkbookXml();
    const wb = await readXlsxStream(path);
    expect(wb.sheets.map((s) => s.name)).toEqual(['台账']);
    expect(wb.sheets[0].rows).toEqual([
      ['姓名', '学习形式', '学时'],
      ['张三', '岗位培训', 8],
      [],
      ['李四', '学术会议', '6学时'],
    ]);
  });
});
