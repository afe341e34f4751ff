import ExcelJS from 'exceljs';
import { idCheckChar } from '../ledger/parse/idNumber';
import { readLedger } from '../ledger/intake';
import { buildReport } from './model';
import { PassThrough } from 'stream';
import { reportCellValue, reportWorkbookBytes, writeReportWorkbook } from './reportWorkbook';
import { readReportBack } from './testkit/readBack';

/** The workbook the streaming writer produces, read back. */
async function streamed(r: ReturnType<typeof report>, maxSheetRows?: number): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeReportWorkbook(r, out, r.options.lang, maxSheetRows ? { maxSheetRows } : {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

/** Every sheet as names, cell values, fills and fonts, frozen view and filter range. */
function contents(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const fillArgb = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
        // An empty cell is empty whether a writer stored it as '' or left it out.
        if ((c.value === null || c.value === '') && fillArgb === null) return;
        cells.push([col, c.value, fillArgb, !!c.font?.bold]);
      });
      rows.push(cells);
    });
    const filter = ws.autoFilter as { from?: unknown; to?: unknown } | string | undefined;
    return { name: ws.name, rows, frozen: ws.views[0]?.state, filter: JSON.stringify(filter) };
  });
}

const id = (f17: string) => f17 + idCheckChar(f17);
const rows = [
  ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始日期', '结束日期', '证明材料'],
  ['张伟', id('37020219800101123'), '公需科目', '公需', 30, '2023-03-01', '2023-06-30', '证书'],
  ['张伟', id('37020219800101123'), '岗位培训', '专业', 64, '2023-05-08', '2023-05-15', '证书'],
  ['李娜', id('37021119850505242'), '公需科目', '公需', 30, '2023-03-01', '2023-06-30', '证书'],
];

function report() {
  const r = buildReport(readLedger({ sheet: '台账', rows }), { year: 2023 });
  // Names as hostile as a ledger can hold: they must arrive as text.
  r.people[0].name = '=SUM(A1:A9)';
  r.people[1].name = '@cmd';
  return r;
}

describe('report workbook', () => {
  it('writes 汇总 with pass/fail colours, a frozen header and filters', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbookBytes(report())) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '问题']);
    const s = wb.getWorksheet('汇总')!;
    expect(s.getRow(2).getCell(1).value).toBe('=SUM(A1:A9)');
    expect(s.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(s.getRow(2).getCell(8).value).toBe('达标');
    expect((s.getRow(2).getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(s.getRow(3).getCell(1).value).toBe('@cmd');
    expect(s.getRow(3).getCell(8).value).toBe('未达标');
    expect((s.getRow(3).getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.autoFilter).toBeTruthy();
    // 明细: 64 claimed over 8 days, credited 64; one line per activity.
    const d = wb.getWorksheet('明细')!;
    expect(d.rowCount).toBe(4);
    expect((d.getRow(3).values as unknown[]).slice(9, 12)).toEqual([64, 64, 64]);
  });

  it('streams the same workbook as it builds in memory: sheets, values, colours, frozen header, filters', async () => {
    const inMemory = new ExcelJS.Workbook();
    await inMemory.xlsx.load((await reportWorkbookBytes(report())) as unknown as ArrayBuffer);
    const fromStream = await streamed(report());
    expect(contents(fromStream)).toEqual(contents(inMemory));
    expect(fromStream.getWorksheet('汇总')!.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('goes on in a second sheet, header repeated, when a sheet reaches the row limit', async () => {
    // 明细 has 3 lines; with 3 rows a sheet (header + 2), the third goes to 明细 (2).
    const wb = await streamed(report(), 3);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '明细 (2)', '问题']);
    const first = wb.getWorksheet('明细')!;
    const second = wb.getWorksheet('明细 (2)')!;
    expect(first.rowCount).toBe(3);
    expect(second.rowCount).toBe(2);
    expect(second.getRow(1).getCell(1).value).toBe('文件');
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lines = [first.getRow(2), first.getRow(3), second.getRow(2)].map((r) => r.getCell(3).value);
    expect(lines).toEqual([2, 3, 4]);
    const mem = await readReportBack(report(), 'zh', { maxSheetRows: 3 });
    expect(mem.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '明细 (2)', '问题']);
  });

  it('labels in English on request', async () => {
    const wb = await readReportBack(report(), 'en');
    expect(wb.getWorksheet('汇总')!.getRow(1).getCell(8).value).toBe('Verdict');
    expect(wb.getWorksheet('汇总')!.getRow(3).getCell(8).value).toBe('Fail');
  });

  it.each<[unknown, unknown]>([
    ['=1+1', '=1+1'],
    [Number.NaN, null],
    [undefined, null],
    ['x'.repeat(40000), 'x'.repeat(32767)],
  ])('reportCellValue(%#)', (v, out) => {
    expect(reportCellValue(v)).toEqual(out);
  });
});

describe('the report prints (issue 14)', () => {
  it.each([
    [
      'in memory',
      async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await reportWorkbookBytes(report())) as unknown as ArrayBuffer);
        return wb;
      },
    ],
    ['streamed', () => streamed(report())],
  ])(
    '%s: every sheet A4 landscape, one page wide, its header row on every page, page numbers',
    async (_how, make) => {
      const wb = await make();
      for (const ws of wb.worksheets) {
        expect(ws.pageSetup).toMatchObject({
          paperSize: 9,
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: '1:1',
        });
        expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
      }
    },
  );
});
