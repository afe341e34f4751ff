/**
 * 核查此人 before any 检查: the card of the selected row's person from that person's rows alone, with
 * the hours 检查 gives — on the memory port and on the Office adapter (office-addin-mock), where the
 * reads stay a few runs and syncs however long the sheet is.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { OfficeWorkbook } from '../src/excel/officeWorkbook';
import { MockBook } from '../src/excel/testkit/excelMock';
import type { CellValue } from '../src/excel/port';
import { checkPersonAt, HEAD_ROWS } from './personCheck';
import { readWorkbookBytes } from './preview';
import { buildReportSheets } from './reportSheets';
import { runCheck } from './runCheck';
import { DEFAULT_SETTINGS } from './settings';

const req = { settings: { ...DEFAULT_SETTINGS }, lang: 'zh' as const };

async function sample(): Promise<{ sheet: string; values: CellValue[][] }> {
  const bytes = fs.readFileSync(path.join(__dirname, '..', 'samples', 'sample-ledger.xlsx'));
  const load = await readWorkbookBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    'sample-ledger.xlsx',
  );
  if (!load.ok) throw new Error(load.code);
  const sheet = [...load.memory.sheets].sort((a, b) => b.values.length - a.values.length)[0];
  return { sheet: sheet.name, values: sheet.values };
}

const isName = (v: CellValue) => typeof v === 'string' && v.replace(/\s/g, '') === '姓名';

const hoursOf = (p: {
  years: Array<{ year: number; public: number; professional: number; total: number }>;
}) => p.years.map((y) => ({ year: y.year, public: y.public, professional: y.professional, total: y.total }));

describe('checkPersonAt (核查此人) on the memory port', () => {
  it('gives every person of the sample the hours and rows 检查 gives, reading only their rows', async () => {
    const { sheet, values } = await sample();
    const port = new MemoryWorkbook({ sheets: [{ name: sheet, values }] });
    const full = await runCheck(port, { sheets: [sheet], mappings: {}, ...req });
    expect(full.report.people.length).toBeGreaterThan(10);
    for (const person of full.report.people) {
      const rows = full.report.details.filter((d) => d.personKey === person.key).map((d) => d.row);
      expect(rows.length).toBeGreaterThan(0);
      // The last of the person's rows: a row well below the header for most people.
      const row = rows[rows.length - 1];
      const quick = await checkPersonAt(port, { sheet, row, column: 2 }, req);
      expect(quick.kind).toBe('person');
      if (quick.kind !== 'person') continue;
      expect(quick.personKey).toBe(person.key);
      const card = quick.result.report.people.find((p) => p.key === quick.personKey)!;
      expect({ name: card.name, hours: hoursOf(card) }).toEqual({
        name: person.name,
        hours: hoursOf(person),
      });
      const cardRows = quick.result.report.details
        .filter((d) => d.personKey === person.key)
        .map((d) => d.row);
      expect(cardRows).toEqual(rows);
      // That person's rows only (plus the header), not the sheet.
      expect(quick.rowsRead).toBeLessThan(values.length / 4);
    }
  });

  it('says when the row is nobody’s or the sheet has no ledger header', async () => {
    const { sheet, values } = await sample();
    const port = new MemoryWorkbook({
      sheets: [
        { name: sheet, values },
        { name: '说明', values: [['本表为填表说明'], ['无']] },
      ],
    });
    const header = values.findIndex((r) => r.some(isName)) + 1;
    expect(header).toBeGreaterThan(0);
    expect((await checkPersonAt(port, { sheet, row: header, column: 1 }, req)).kind).toBe('no-person');
    expect((await checkPersonAt(port, { sheet, row: values.length + 40, column: 1 }, req)).kind).toBe(
      'no-person',
    );
    expect((await checkPersonAt(port, { sheet: '说明', row: 2, column: 1 }, req)).kind).toBe('no-ledger');
  });

  it('does not read the add-in’s own report sheet as a ledger, though it has 姓名 and 身份证号 columns', async () => {
    const { sheet, values } = await sample();
    const port = new MemoryWorkbook({ sheets: [{ name: sheet, values }] });
    const full = await runCheck(port, { sheets: [sheet], mappings: {}, ...req });
    const written = await port.writeReport(buildReportSheets(full.report, 'zh'));
    expect(written.written).toBe(true);
    const q = await checkPersonAt(port, { sheet: written.sheets[0], row: 3, column: 2 }, req);
    expect(q.kind).toBe('own-sheet');
  });
});

describe('checkPersonAt on the Office adapter (office-addin-mock)', () => {
  it('reads a 12,000-row sheet for one person in ≤ 3 runs and ≤ 6 + ⌈rows/5000⌉ syncs, with the same hours', async () => {
    const { sheet, values } = await sample();
    // The sample's data rows repeated under new names, so the sheet is long and the person is far down.
    const headerRow = values.findIndex((r) => r.some(isName));
    const nameCol = values[headerRow].findIndex(isName);
    const data = values.slice(headerRow + 1).filter((r) => r.some((v) => v !== null && v !== ''));
    const idCol = values[headerRow].findIndex((v) => typeof v === 'string' && /身份证|证件号码/.test(v));
    const long: CellValue[][] = values.slice(0, headerRow + 1);
    for (let copy = 0; long.length < 12_000; copy++) {
      for (const r of data) {
        const row = [...r];
        if (copy > 0) {
          row[nameCol] = `${String(r[nameCol])}${copy}`;
          if (idCol >= 0) row[idCol] = null;
        }
        long.push(row);
      }
    }
    const mem = new MemoryWorkbook({ sheets: [{ name: sheet, values: long }] });
    const book = new MockBook([{ name: sheet, values: long }]);
    const office = new OfficeWorkbook({
      excel: book.excel as never,
      office: book.office as never,
      retry: { sleep: async () => {} },
    });
    const row = long.length - 3;
    const runs = book.runs;
    const sync = jest.spyOn(book.context, 'sync');
    const onOffice = await checkPersonAt(office, { sheet, row, column: 1 }, req);
    expect(book.runs - runs).toBeLessThanOrEqual(3);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(6 + Math.ceil(long.length / 5000));
    const onMemory = await checkPersonAt(mem, { sheet, row, column: 1 }, req);
    expect(onOffice.kind).toBe('person');
    expect(onMemory.kind).toBe('person');
    if (onOffice.kind !== 'person' || onMemory.kind !== 'person') return;
    expect(onOffice.personKey).toBe(onMemory.personKey);
    const card = (r: typeof onOffice) => hoursOf(r.result.report.people.find((p) => p.key === r.personKey)!);
    expect(card(onOffice)).toEqual(card(onMemory));
    expect(card(onOffice).length).toBeGreaterThan(0);
    expect(onOffice.rowsRead).toBeLessThan(50);
    // The rows read are the header's and the person's: the value loads cover far fewer cells than the sheet.
    const width = Math.max(...long.map((r) => r.length));
    const cellsRead = book.valueLoads.reduce((n, l) => n + l.rows * l.cols, 0);
    expect(cellsRead).toBeLessThan((long.length * width) / 3);
    expect(HEAD_ROWS).toBe(21);
  }, 60_000);
});
