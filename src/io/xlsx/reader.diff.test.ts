/**
 * Our .xlsx reader against exceljs, the oracle: random workbooks written by
 * exceljs read the same both ways (fast-check), and so does every .xlsx of
 * the samples and the ledger corpus. Hand-made archives cover what exceljs
 * does not write or reads wrongly (inline strings, phonetic runs, `_x000D_`,
 * the 1904 system, data descriptors, workbook.xml stored last, built-in
 * Chinese date formats), each against the value Excel shows.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { PlainCell } from '../cells';
import { readXlsxStream } from '../node/readXlsxStream';
import { streamXlsxFile } from '../node/xlsxFile';
import { XlsxFormatError } from './reader';
import { readWorkbookParts } from './workbookParts';
import { columnIndex } from '../../ledger/columns';

const SLOW = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'ce-xlsx-diff-'));
const ROOT = join(__dirname, '..', '..', '..');

type Sheets = Array<{ name: string; rows: PlainCell[][] }>;

async function ours(path: string): Promise<{ sheets: Sheets; date1904: boolean }> {
  const sheets: Sheets = [];
  const wb = await streamXlsxFile(path, {
    onSheet: (s) => {
      const rows: PlainCell[][] = [];
      sheets.push({ name: s.name, rows });
      return (row) => rows.push([...row]);
    },
  });
  return { sheets, date1904: wb.date1904 };
}

/** Rows comparable across readers: dates as ISO text, trailing empty rows dropped. */
function comparable(sheets: Sheets): unknown {
  return sheets.map((s) => {
    const rows = s.rows.map((r) => r.map((c) => (c instanceof Date ? `date:${c.toISOString()}` : c)));
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return { name: s.name, rows };
  });
}

/**
 * The cells of each sheet's merged ranges other than their first: Excel gives
 * them no value, and so does our reader; exceljs's streaming reader sometimes
 * copies the first cell's value into them, depending on how the file's bytes
 * arrive (the merges come after the rows in the XML). Those cells are blanked
 * on exceljs's side before comparing.
 */
async function mergedCells(path: string): Promise<Map<string, Array<[number, number]>>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const parts = readWorkbookParts(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels'));
  const out = new Map<string, Array<[number, number]>>();
  for (const sheet of parts.sheets) {
    const cells: Array<[number, number]> = [];
    for (const m of (await text(sheet.path)).matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
      const [c1, r1, c2, r2] = [columnIndex(m[1])!, Number(m[2]) - 1, columnIndex(m[3])!, Number(m[4]) - 1];
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) cells.push([r, c]);
    }
    out.set(sheet.name, cells);
  }
  return out;
}

async function sameBothWays(path: string): Promise<void> {
  const a = await ours(path);
  const b = await readXlsxStream(path);
  const merged = await mergedCells(path);
  for (const s of b.sheets) {
    for (const [r, c] of merged.get(s.name) ?? []) if (s.rows[r] && c < s.rows[r].length) s.rows[r][c] = null;
    for (const row of s.rows)
      while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === '')) row.pop();
  }
  expect(comparable(a.sheets)).toEqual(comparable(b.sheets));
  expect(a.date1904).toBe(b.date1904);
}

// Text exceljs writes and reads faithfully: no control characters, no `_xHHHH_`, no entity-like `&…;`.
// Formula results are never 0: exceljs's streaming reader drops a cached result of 0 (the cell reads
// empty); ours gives 0, as Excel shows (the hand-made archives below check it).
const text = fc
  .string({
    unit: fc.constantFrom(...'张伟李娜公需专业学时 abcXYZ0123<>"\'&.,;:-()（）、，\n'.split('')),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) => s.trim() !== '' && !/&[a-z#0-9]*;/.test(s));
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: fc.integer({ min: -100000, max: 100000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 999 }).map((n) => ({ formula: `ROW()*${n}`, result: n })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(text, text)
      .map(([a, b]) => ({ richText: [{ text: a }, { text: b, font: { bold: true } }] })),
  },
  { weight: 3, arbitrary: fc.constant(null) },
);
const sheetArb = fc.record({
  name: fc.string({ unit: fc.constantFrom(...'台账年度2019部门AB'.split('')), minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
  gaps: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 25 }),
});

describe('our .xlsx reader reads what exceljs reads', () => {
  it(
    'random workbooks written by exceljs',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
          fc.boolean(),
          fc.boolean(),
          async (sheets, date1904, sharedStrings) => {
            const wb = new ExcelJS.Workbook();
            wb.properties.date1904 = date1904;
            for (const s of sheets) {
              const ws = wb.addWorksheet(s.name);
              let r = 1;
              s.rows.forEach((cells, i) => {
                r += s.gaps[i] ?? 0; // rows the XML leaves out
                cells.forEach((v, c) => {
                  if (v === null) return;
                  const target = ws.getCell(r, c + 1);
                  target.value = v as ExcelJS.CellValue;
                  if (v instanceof Date) target.numFmt = c % 2 === 0 ? 'yyyy-mm-dd' : 'yyyy"年"m"月"d"日"';
                });
                r++;
              });
            }
            const path = join(dir, `random-${n++}.xlsx`);
            await wb.xlsx.writeFile(path, { useSharedStrings: sharedStrings } as never);
            await sameBothWays(path);
          },
        ),
        { numRuns: 40 },
      );
    },
    SLOW,
  );

  const files = [
    ...readdirSync(join(ROOT, 'samples'))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(ROOT, 'samples', f)),
    ...readdirSync(join(ROOT, 'test', 'ledgers', 'files'))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(ROOT, 'test', 'ledgers', 'files', f)),
  ];
  it.each(files)('%s', (file) => sameBothWays(file), SLOW);
});

/** A minimal workbook built by hand: `parts` are extra or replacing entries. */
async function handMade(
  name: string,
  sheetXml: string,
  opts: {
    sharedStrings?: string;
    styles?: string;
    workbookPr?: string;
    workbookLast?: boolean;
    descriptors?: boolean;
  } = {},
): Promise<string> {
  const zip = new JSZip();
  const entries: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ],
    [
      'xl/worksheets/sheet9.xml',
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    ],
    [
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${opts.sharedStrings ?? ''}</sst>`,
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${opts.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
    ],
  ];
  const workbook: [string, string] = [
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.workbookPr ?? ''}<sheets><sheet name="台账 &amp; 2024" sheetId="1" r:id="rId7"/></sheets></workbook>`,
  ];
  if (opts.workbookLast) entries.push(workbook);
  else entries.unshift(workbook);
  for (const [n, t] of entries) zip.file(n, t);
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    streamFiles: opts.descriptors === true,
  });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('what exceljs does not write', () => {
  it('inline strings, rich text without its phonetic runs, entities and _x000D_', async () => {
    const path = await handMade(
      'inline.xlsx',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><r><t>24</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 学时</t></r></is></c><c r="C3" t="str"><f>A3</f><v>&lt;合计&gt;</v></c><c r="D3"><f>ROW()*0</f><v>0</v></c></row>',
      {
        sharedStrings:
          '<si><t>岗位培训_x000D_\n第二行</t></si><si><r><t>张</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh><r><t>伟 &amp; 李娜</t></r></si>',
      },
    );
    const { sheets } = await ours(path);
    expect(sheets).toEqual([
      {
        name: '台账 & 2024',
        rows: [['姓名', '岗位培训\r\n第二行', '张伟 & 李娜'], [], ['24 学时', null, '<合计>', 0]],
      },
    ]);
  });

  it('dates by built-in Chinese formats and custom codes, in the 1904 system too', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="176"/></cellXfs>';
    const row =
      '<row r="1"><c r="A1" s="1"><v>45420</v></c><c r="B1" s="2"><v>45420</v></c><c r="C1" s="3"><v>45420</v></c><c r="D1"><v>45420</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="d"><v>2024-05-08T00:00:00Z</v></c></row>';
    const d1900 = await ours(await handMade('dates1900.xlsx', row, { styles }));
    const may8 = new Date('2024-05-08T00:00:00Z');
    expect(d1900.sheets[0].rows).toEqual([[may8, may8, may8, 45420, true, null, may8]]);
    const d1904 = await ours(
      await handMade('dates1904.xlsx', row.replace(/45420/g, '43958'), {
        styles,
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(d1904.date1904).toBe(true);
    expect(d1904.sheets[0].rows[0].slice(0, 3)).toEqual([may8, may8, may8]);
  });

  it('data descriptors and xl/workbook.xml stored after the sheets', async () => {
    const path = await handMade(
      'descriptors.xlsx',
      '<row r="2"><c r="B2" t="inlineStr"><is><t>李娜</t></is></c><c r="C2"><v>16</v></c></row>',
      {
        workbookLast: true,
        descriptors: true,
      },
    );
    expect((await ours(path)).sheets).toEqual([{ name: '台账 & 2024', rows: [[], [null, '李娜', 16]] }]);
  });

  it('refuses an .xlsb and an encrypted package with their own codes', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.bin', 'x');
    const xlsb = join(dir, 'book.xlsb');
    writeFileSync(xlsb, await zip.generateAsync({ type: 'uint8array' }));
    await expect(ours(xlsb)).rejects.toBeInstanceOf(XlsxFormatError);
    await expect(ours(xlsb)).rejects.toMatchObject({ code: 'xlsb' });
  });
});
