import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { PassThrough, Writable } from 'stream';
import * as zlib from 'zlib';
import { nodeZipCodec } from '../../node/xlsxWriteCodec';
import { readXlsxBytes } from '../fromBytes';
import { crc32 } from './crc32';
import {
  XlsxWriter,
  memorySink,
  webZipCodec,
  writableSink,
  type CellValue,
  type SheetPrint,
  type ZipCodec,
} from '.';

const PRINT: SheetPrint = {
  orientation: 'landscape',
  paperSize: 9,
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: 1,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  footer: '&C第 &P 页，共 &N 页',
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** One sheet holding `rows` (no header), written with `codec`. */
async function oneSheet(
  rows: readonly (readonly CellValue[])[],
  codec: ZipCodec = webZipCodec,
): Promise<Uint8Array> {
  const sink = memorySink();
  const w = new XlsxWriter(sink, codec);
  const ws = await w.addSheet({ name: '表' });
  for (const r of rows) await ws.addRow(r);
  await w.finish();
  return sink.bytes();
}

/**
 * exceljs reads an inline string's text without decoding the OOXML `_xHHHH_`
 * escapes (it decodes them only in shared strings); Excel, LibreOffice and
 * our reader decode them. Applied on exceljs's side only, as Excel reads.
 */
const asExcelReads = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('crc32', () => {
  it('is the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with zlib on random bytes, in one piece or continued over two', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        const whole = crc32(bytes);
        expect(whole).toBe(zlib.crc32(bytes));
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(whole);
      }),
    );
  });
});

describe.each([
  ['CompressionStream', webZipCodec],
  ["Node's zlib", nodeZipCodec()],
])('xlsx writer (%s), read back with exceljs', (_name, codec) => {
  async function written(): Promise<ExcelJS.Workbook> {
    const sink = memorySink();
    const w = new XlsxWriter(sink, codec, { creator: '继续教育学时合规助手' });
    const header = w.style({ bold: true, fill: 'FFD9D9D9' });
    const pass = w.style({ fill: 'FFC6EFCE' });
    const italicFail = w.style({ italic: true, fill: 'FFFFC7CE' });
    const percent = w.style({ numFmt: '0.0%' });
    const framed = w.style({ border: true, wrap: true, vertical: 'center', size: 14, bold: true });
    const a = await w.addSheet({
      name: '汇总',
      widths: [10, 21, 8],
      frozenRows: 1,
      filterColumns: 3,
      print: PRINT,
    });
    await a.addRow(['姓名', '年度', '达标'], header);
    await a.addRow(['张伟', 2023, '达标'], [0, 0, pass]);
    await a.addRow(['=SUM(A1:A9)', 2024.5, true], [italicFail, italicFail, italicFail]);
    await a.addRow([null, null, 0.125], [undefined, undefined, percent]);
    const b = await w.addSheet({
      name: "李娜's 档案",
      widths: [12, 12],
      print: { ...PRINT, orientation: 'portrait' },
    });
    await b.addRow(['标题'], [framed], { height: 24 });
    b.merge({ row: 1, column: 1 }, { row: 1, column: 2 });
    await b.addRow(['甲', '乙']);
    b.pageBreak();
    await b.addRow(['丙']);
    await w.finish();
    return load(sink.bytes());
  }

  it('keeps values and their types: text as text (never a formula), numbers, booleans, empty cells', async () => {
    const ws = (await written()).getWorksheet('汇总')!;
    expect(ws.getRow(2).values).toEqual([undefined, '张伟', 2023, '达标']);
    expect(ws.getCell('A3').value).toBe('=SUM(A1:A9)');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B3').value).toBe(2024.5);
    expect(ws.getCell('C3').value).toBe(true);
    expect(ws.getCell('A4').value).toBeNull();
    expect(ws.getCell('C4').value).toBe(0.125);
  });

  it('keeps the styles: bold grey header, fills, italic, number format, border, wrap, size', async () => {
    const wb = await written();
    const ws = wb.getWorksheet('汇总')!;
    const fillOf = (ref: string) => (ws.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(fillOf('C1')).toBe('FFD9D9D9');
    expect(fillOf('C2')).toBe('FFC6EFCE');
    expect(fillOf('A2')).toBeUndefined();
    expect(ws.getCell('B3').font?.italic).toBe(true);
    expect(fillOf('B3')).toBe('FFFFC7CE');
    expect(ws.getCell('C4').numFmt).toBe('0.0%');
    const t = wb.worksheets[1].getCell('A1');
    expect(t.font).toMatchObject({ bold: true, size: 14 });
    expect(t.border?.left?.style).toBe('thin');
    expect(t.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
  });

  it('freezes the header, filters its columns, sets widths and the print setup with print titles and footer', async () => {
    const wb = await written();
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.autoFilter).toBe('A1:C4');
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([10, 21, 8]);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
  });

  it('names sheets with quotes, merges ranges, sets row heights and page breaks', async () => {
    const wb = await written();
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', "李娜's 档案"]);
    const ws = wb.worksheets[1];
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('B1').master.address).toBe('A1');
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.getCell('A3').value).toBe('丙');
    expect(wb.creator).toBe('继续教育学时合规助手');
  });
});

describe('text round-trips as text', () => {
  const hostile = fc.constantFrom(
    '=SUM(A1)',
    '+1',
    '-1',
    '@cmd',
    '<&>"\'',
    ' leading and trailing ',
    'a\r\nb\tc',
    '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF',
    '_x000D_ and _x005F_ literally',
    '继续教育 学时 😀 𠀋',
    '\uD800 lone \uDC00',
    '123',
    '1E5',
    'TRUE',
  );
  const anyUnit = fc.string({
    unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 30,
  });
  const astral = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
  const text = fc.oneof(
    hostile,
    anyUnit,
    astral,
    fc.tuple(hostile, anyUnit).map(([a, b]) => a + b),
  );

  it('in exceljs (which leaves _xHHHH_ escapes undecoded in inline strings) and in our reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async (texts) => {
        const bytes = await oneSheet(texts.map((t) => [t, 1]));
        const wb = await load(bytes);
        const ws = wb.worksheets[0];
        texts.forEach((t, i) => {
          const cell = ws.getCell(i + 1, 1);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(asExcelReads(cell.value as string)).toBe(t);
        });
        const ours = await readXlsxBytes(bytes, 'x.xlsx');
        if (!ours.ok) throw new Error(ours.code);
        expect(ours.workbook.sheets[0].rows.map((r) => r[0])).toEqual(texts);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('a sheet larger than one chunk', () => {
  it('streams every row, through both codecs, to the same cells', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [
      `第${i + 1}行 ${'内容'.repeat(i % 7)}`,
      i,
      i % 3 === 0,
    ]);
    for (const codec of [webZipCodec, nodeZipCodec(1)]) {
      const ws = (await load(await oneSheet(rows, codec))).worksheets[0];
      expect(ws.rowCount).toBe(6000);
      expect(ws.getRow(5999).values).toEqual([undefined, ...rows[5998]]);
    }
  }, 60_000);
});

describe('an output that fails', () => {
  /** A sheet big enough to fill any stream buffer, written to `out`. */
  async function writeTo(out: Writable, codec: ZipCodec): Promise<void> {
    const w = new XlsxWriter(writableSink(out), codec);
    const ws = await w.addSheet({ name: '明细' });
    for (let i = 0; i < 20_000; i++) await ws.addRow([`第${i}行 ${'内容'.repeat(20)}`, i]);
    await w.finish();
  }

  it.each([
    ['CompressionStream', webZipCodec],
    ["Node's zlib", nodeZipCodec()],
  ])(
    '%s: a write error rejects the writer instead of leaving it waiting',
    async (_name, codec) => {
      const failing = new Writable({
        highWaterMark: 1024,
        write(_chunk, _enc, done) {
          done(new Error('ENOSPC: no space left on device'));
        },
      });
      failing.on('error', () => undefined);
      await expect(writeTo(failing, codec)).rejects.toThrow(/ENOSPC|closed before/);
    },
    60_000,
  );

  it('a stream already closed before the first write rejects at once', async () => {
    const gone = new PassThrough();
    const closed = new Promise((resolve) => gone.once('close', resolve));
    gone.destroy();
    await closed;
    await expect(writeTo(gone, nodeZipCodec())).rejects.toThrow(/closed before/);
  });
});
