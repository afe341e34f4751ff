/**
 * The report written by our own writer (src/io/xlsx/write), read back by
 * exceljs as the oracle and opened by LibreOffice: what the existing report
 * tests (xlsx.test.ts) do not already cover.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { PassThrough } from 'stream';
import { nodeZipCodec } from '../io/node/xlsxWriteCodec';
import { idCheckChar } from '../ledger/parse/idNumber';
import { readLedger } from '../ledger/intake';
import { buildReport } from './model';
import { buildArchive } from './archive';
import { archiveWorkbookBytes } from './archiveXlsx';
import { reportWorkbookBytes, writeReportWorkbook } from './reportWorkbook';

const id = (f17: string) => f17 + idCheckChar(f17);
const rows = [
  ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始日期', '结束日期', '证明材料'],
  ['张伟', id('37020219800101123'), '公需科目', '公需', 30, '2023-03-01', '2023-06-30', '证书'],
  ['张伟', id('37020219800101123'), '岗位培训', '专业', 64, '2023-05-08', '2023-05-15', '证书'],
  ['李娜', id('37021119850505242'), '公需科目', '公需', 30, '2023-03-01', '2023-06-30', '证书'],
  ['李娜', id('37021119850505242'), '专题讲座', '专业', '十六', '2023-05-08', '2023-05-09', '证书'],
];

function report(ledger = readLedger({ sheet: '台账', rows })) {
  const r = buildReport(ledger, { year: 2023, titleYear: 2023 });
  r.people[1].name = '=HYPERLINK("http://x","y")\u0001';
  return r;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function streamed(maxSheetRows: number): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await writeReportWorkbook(report(), out, 'zh', { maxSheetRows, codec: nodeZipCodec() });
  await ended;
  return Buffer.concat(chunks);
}

describe('the report on our writer', () => {
  it('a continuation sheet has its own header, frozen row, filter, print titles and footer', async () => {
    const wb = await load(await streamed(3));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('明细 (2)');
    const second = wb.getWorksheet('明细 (2)')!;
    expect(second.getRow(1).getCell(1).font?.bold).toBe(true);
    expect((second.getRow(1).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(second.autoFilter).toBe(`A1:M${second.rowCount}`);
    expect(second.pageSetup.printTitlesRow).toBe('1:1');
    expect(second.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    // Every sheet's filter covers exactly its rows and its header's columns.
    for (const ws of wb.worksheets) {
      const last = String.fromCharCode(64 + ws.getRow(1).cellCount);
      expect(ws.autoFilter).toBe(`A1:${last}${ws.rowCount}`);
    }
  });

  it('writes the same cells through Node’s zlib as through CompressionStream', async () => {
    const a = await load(await streamed(1_048_576));
    const b = await load(await reportWorkbookBytes(report()));
    const cells = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((ws) => ws.getSheetValues().map((r) => (Array.isArray(r) ? [...r] : r)));
    expect(cells(a)).toEqual(cells(b));
  });

  it('the five-year window line is italic with its verdict colour; column widths are set', async () => {
    const wb = await load(await reportWorkbookBytes(report()));
    const s = wb.getWorksheet('汇总')!;
    let windowRow: ExcelJS.Row | undefined;
    s.eachRow((r) => {
      if (String(r.getCell(4).value).includes('近五年')) windowRow ??= r;
    });
    expect(windowRow).toBeDefined();
    expect(windowRow!.getCell(1).font?.italic).toBe(true);
    expect((windowRow!.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(
      /^FF(C6EFCE|FFC7CE|FFEB9C)$/,
    );
    expect(s.getColumn(2).width).toBe(21);
    // A name that looks like a formula, with a control character, is that text.
    const names: unknown[] = [];
    s.eachRow((r) => names.push(r.getCell(1).value));
    expect(names).toContain('=HYPERLINK("http://x","y")_x0001_'); // exceljs leaves the escape; Excel decodes it
  });
});

async function archiveBytes(): Promise<Uint8Array> {
  const ledger = readLedger({ sheet: '台账', rows });
  return archiveWorkbookBytes(buildArchive(ledger, report(ledger)), 'zh', nodeZipCodec());
}

describe('the archive on our writer', () => {
  it('merges the info and subtotal cells, frames them, sets row heights, a title row that prints on every page', async () => {
    const ws = (await load(await archiveBytes())).worksheets[0];
    expect(ws.name).toBe('继续教育档案');
    expect(ws.getCell('A1').value).toBe('专业技术人员继续教育档案');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('H1').isMerged).toBe(true);
    expect(ws.getRow(1).height).toBe(24);
    // Row 2: 姓名 over A:B, 身份证号 over C:D, framed, the second cell of each range framed too.
    expect(String(ws.getCell('A2').value)).toMatch(/^姓名：/);
    expect(ws.getCell('B2').master.address).toBe('A2');
    expect(ws.getCell('D2').master.address).toBe('C2');
    expect(ws.getCell('B2').border?.right?.style).toBe('thin');
    // Row 3: the column heads, bold on grey.
    expect(ws.getCell('C3').value).toBe('内容');
    expect(ws.getCell('C3').font?.bold).toBe(true);
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE7E6E6');
    const labels: Record<string, number> = {};
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (v === '单位审核意见：') labels.opinion = row.height;
      if (v === '单位（盖章）：') labels.seal = row.height;
    });
    expect(labels).toEqual({ opinion: 40, seal: 30 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'portrait',
      printTitlesRow: '1:1',
      horizontalCentered: true,
    });
    expect(ws.headerFooter).toMatchObject({ oddFooter: '&C第 &P 页，共 &N 页', oddHeader: '&R打印日期：&D' });
  });
});

const LIBREOFFICE = '/usr/bin/libreoffice';
// CI installs LibreOffice (.ci/run), so there the test always runs; elsewhere it needs the package.
const withLibreOffice = existsSync(LIBREOFFICE) || process.env.CI ? it : it.skip;

describe('LibreOffice opens the report', () => {
  withLibreOffice(
    `converts a written report and archive to PDF (CI installs LibreOffice; elsewhere skipped when ${LIBREOFFICE} is missing)`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ce-report-lo-'));
      try {
        const file = join(dir, 'report.xlsx');
        writeFileSync(file, await streamed(3));
        // A profile of its own: other LibreOffice processes on the machine do not interfere.
        execFileSync(
          LIBREOFFICE,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            file,
          ],
          { timeout: 170_000, stdio: 'pipe' },
        );
        writeFileSync(join(dir, 'archive.xlsx'), await archiveBytes());
        execFileSync(
          LIBREOFFICE,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'archive.xlsx'),
          ],
          { timeout: 170_000, stdio: 'pipe' },
        );
        // The archive: one page per person (two people), a break between them.
        const archivePages = readFileSync(join(dir, 'archive.pdf'))
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g);
        expect(archivePages).toHaveLength(2);
        const pdf = readFileSync(join(dir, 'report.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // One page at least for each of the sheets (汇总, 明细, 明细 (2), 明细 (3), 问题 …).
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
        expect(pages.length).toBeGreaterThanOrEqual(4);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
