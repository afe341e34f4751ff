import { DEFAULT_CELL_BUDGET, MAX_BLOCK_ROWS } from './blocks';
import { OfficeWorkbook } from './officeWorkbook';
import type { CellValue } from './port';
import { MARKS_SHEET } from './marks';
import { describeWorkbookContract, FORMULA_LIKE, ledgerFixture, sampleReport } from './testkit/contract';
import { MockBook } from './testkit/excelMock';

const noSleep = { sleep: async () => {} };

function setup(sheets = ledgerFixture(), opts: { apiMinor?: number; markStateSettingsLimit?: number } = {}) {
  const book = new MockBook(sheets.map((s) => ({ ...s, ledger: true })));
  if (opts.apiMinor !== undefined) book.apiMinor = opts.apiMinor;
  const wb = new OfficeWorkbook({
    excel: book.excel as never,
    office: book.office as never,
    retry: noSleep,
    markStateSettingsLimit: opts.markStateSettingsLimit,
  });
  return { book, wb };
}

describeWorkbookContract('OfficeWorkbook on office-addin-mock', () => {
  const { book, wb } = setup();
  const s = (name: string) => book.sheet(name)!;
  return {
    port: wb,
    snapshot: (name) => JSON.parse(JSON.stringify(s(name).values())),
    rowFill: (name, row, columns) => {
      const cells = Array.from({ length: columns }, (_, c) => s(name).cell(row - 1, c)?.fill ?? null);
      return cells.every((x) => x === cells[0]) ? cells[0] : 'mixed';
    },
    setCellFill: (name, row, column, color) => {
      const cell = s(name).ensure(row - 1, column - 1);
      if (color) cell.fill = color;
      else delete cell.fill;
    },
    userEdits: (name, row, column, value) => {
      s(name).ensure(row - 1, column - 1).value = value ?? '';
    },
    notes: (name) => book.comments.filter((c) => c.sheet === s(name)).map((c) => `${c.row + 1}:${c.col + 1}`),
    addUserNote: (name, row, column, text) => {
      book.comments.push({ id: 'user-1', sheet: s(name), row: row - 1, col: column - 1, text });
    },
    sheetNames: () => book.sheets.map((x) => x.name),
    userSelects: (name, row, column) => book.userSelects(name, row - 1, column - 1),
  };
});

function ledger(rows: number, cols = 12): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < cols; c++) line.push(c === 0 ? `人员${r}` : r * cols + c);
    out.push(line);
  }
  return out;
}

const measured: string[] = [];
afterAll(() => {
  if (measured.length) process.stdout.write(`\nmeasured context.sync() counts:\n${measured.join('\n')}\n`);
});

/**
 * Heavy fixtures (tens of thousands of mock cells) get an explicit, generous
 * timeout: on a busy machine they took more than jest's default 5 s while
 * every assertion held. A red run must mean a defect, not a slow machine.
 */
const HEAVY = 60_000;

describe('OfficeWorkbook.readSheetValues batching', () => {
  it.each([1, 5000, 5001, 23456])(
    'reads %i rows in ≤ ⌈R/5000⌉+2 syncs, blocks ≤ 5000 rows and ≤ the cell budget',
    async (rows) => {
      const values = ledger(rows);
      const { book, wb } = setup([{ name: 'L', values }]);
      const before = JSON.parse(JSON.stringify(book.sheet('L')!.values()));
      const sync = jest.spyOn(book.context, 'sync');
      const got = await wb.readSheetValues('L');
      expect(got).toHaveLength(rows);
      expect(got[rows - 1]).toEqual(values[rows - 1]);
      const bound = Math.ceil(rows / 5000) + 2;
      expect(sync.mock.calls.length).toBeLessThanOrEqual(bound);
      measured.push(`  read ${rows} rows × 12 cols: ${sync.mock.calls.length} syncs (bound ${bound})`);
      for (const load of book.valueLoads) {
        expect(load.rows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
        expect(load.rows * load.cols).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
      }
      const perSync = new Map<number, number>();
      for (const l of book.valueLoads) perSync.set(l.sync, (perSync.get(l.sync) ?? 0) + l.rows * l.cols);
      for (const cells of perSync.values()) expect(cells).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
      expect(book.sheet('L')!.values()).toEqual(before);
      expect(book.ledgerWrites).toEqual([]);
    },
    HEAVY,
  );

  it(
    'uses smaller blocks for a 200-column sheet (payload budget)',
    async () => {
      const { book, wb } = setup([{ name: 'W', values: ledger(3000, 200) }]);
      const sync = jest.spyOn(book.context, 'sync');
      const got = await wb.readSheetValues('W');
      expect(got).toHaveLength(3000);
      expect(book.valueLoads.map((l) => l.rows)).toEqual([1250, 1250, 500]);
      for (const l of book.valueLoads) expect(l.rows * l.cols).toBeLessThanOrEqual(250_000);
      measured.push(
        `  read 3000 rows × 200 cols: blocks ${book.valueLoads.map((l) => l.rows).join('/')}, ${sync.mock.calls.length} syncs`,
      );
    },
    HEAVY,
  );

  it(
    'halves the budget and retries when Excel reports a payload limit',
    async () => {
      const { book, wb } = setup([{ name: 'L', values: ledger(6000, 12) }]);
      let failed = false;
      const original = book.context.sync.bind(book.context);
      jest.spyOn(book.context, 'sync').mockImplementation(async () => {
        if (!failed && book.valueLoads.length === 0 && book.syncs === 1) {
          failed = true;
          book.syncs++;
          throw Object.assign(new Error('too big'), { code: 'ResponsePayloadSizeLimitExceeded' });
        }
        return original();
      });
      const got = await wb.readSheetValues('L');
      expect(failed).toBe(true);
      expect(got).toHaveLength(6000);
    },
    HEAVY,
  );

  it('asks for a single block size when given blockRows', async () => {
    const { book, wb } = setup([{ name: 'L', values: ledger(1000) }]);
    const progress: number[] = [];
    await wb.readSheetValues('L', { blockRows: 300, onProgress: (d) => progress.push(d) });
    expect(Math.max(...book.valueLoads.map((l) => l.rows))).toBe(300);
    expect(progress[progress.length - 1]).toBe(1000);
  });
});

describe('OfficeWorkbook.writeReport', () => {
  it('writes values before formats, in budgeted blocks, with calculation suspended', async () => {
    const { book, wb } = setup();
    const sync = jest.spyOn(book.context, 'sync');
    await wb.writeReport([sampleReport()]);
    const firstFormat = book.log.findIndex(
      (l) => l.startsWith('set:format') || l === 'call:addTable' || l === 'set:hyperlink',
    );
    const lastValues = book.log.lastIndexOf('set:values');
    expect(lastValues).toBeGreaterThanOrEqual(0);
    expect(lastValues).toBeLessThan(firstFormat);
    expect(book.calcSuspensions).toBeGreaterThan(0);
    expect(book.syncsWithCalcSuspended).toBe(book.calcSuspensions);
    measured.push(`  writeReport (9 rows, first run): ${sync.mock.calls.length} syncs`);
    const r = book.sheet('合规报告')!;
    expect(book.active).toBe(r);
    expect(r.frozenRows).toBe(1);
    expect(r.columnWidths).toEqual({ 0: 80, 1: 60, 2: 200, 3: 40 });
    expect(book.tableByName('ceReport')?.sheet).toBe(r);
    expect(r.cell(1, 3)?.hyperlink).toEqual({ documentReference: "'台账'!A2", textToDisplay: '2' });
    // Bands: pass | fail fail | pass | info info → 4 fill calls for 6 filled rows.
    expect(book.log.filter((l) => l === 'set:format/fill/color')).toHaveLength(4);
    expect(r.cell(2, 0)?.fill).toBe('#FCE4D6');
    expect(r.cell(7, 0)?.fill).toBeUndefined();
  });

  it('keeps formula-looking text as text in the cells (apostrophe prefix, no formula)', async () => {
    const { book, wb } = setup();
    await wb.writeReport([sampleReport()]);
    const r = book.sheet('合规报告')!;
    FORMULA_LIKE.forEach((text, i) => {
      const cell = r.cell(i + 1, 2)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
      expect(cell.textPrefix).toBe(true);
    });
    expect(r.cell(1, 0)?.value).toBe('人员1');
    expect(r.cell(1, 0)?.textPrefix).toBeUndefined(); // plain text is not prefixed
  });

  it(
    'writes big reports in blocks of ≤ 5000 rows within the cell budget',
    async () => {
      const { book, wb } = setup();
      const rows = Array.from({ length: 12000 }, (_, i) => [
        { value: `人员${i}` },
        { value: i },
        { value: 'x' },
      ]);
      const sync = jest.spyOn(book.context, 'sync');
      await wb.writeReport([
        {
          name: 'Big',
          tableName: 'Big',
          header: ['a', 'b', 'c'],
          rows,
          rowFills: rows.map((_, i) => (i % 3 ? 'pass' : 'fail')),
        },
      ]);
      for (const w of book.valueWrites) {
        expect(w.rows).toBeLessThanOrEqual(5000);
        expect(w.rows * w.cols).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
      }
      expect(book.valueWrites.map((w) => w.rows)).toEqual([5000, 5000, 2001]);
      measured.push(`  writeReport (12,000 rows, 8,000 fill bands): ${sync.mock.calls.length} syncs`);
      expect(await wb.reportWasEdited('Big')).toBe(false);
    },
    HEAVY,
  );

  it('does not suspend calculation before ExcelApi 1.6 (suspendApiCalculationUntilNextSync), and does from 1.6', async () => {
    const { book, wb } = setup(undefined, { apiMinor: 5 });
    await wb.writeReport([sampleReport()]);
    expect(book.calcSuspensions).toBe(0);
    const at16 = setup(undefined, { apiMinor: 6 });
    await at16.wb.writeReport([sampleReport()]);
    expect(at16.book.calcSuspensions).toBeGreaterThan(0);
  });

  it('picks a free table name when a user table has it', async () => {
    const { book, wb } = setup();
    book.tables.push({
      name: 'ceReport',
      sheet: book.sheet('台账')!,
      box: { r0: 0, c0: 0, rows: 21, cols: 6 },
      props: {},
    });
    await wb.writeReport([sampleReport()]);
    expect(book.tableByName('ceReport_2')?.sheet.name).toBe('合规报告');
    await wb.writeReport([sampleReport()]); // our own table goes with our sheet, its name is reused
    expect(book.tables.map((t) => t.name).sort()).toEqual(['ceReport', 'ceReport_2']);
  });
});

describe('OfficeWorkbook: a few rows, a few columns, the selection (核查此人)', () => {
  it('reads scattered rows of a 12,000-row sheet in one run and two syncs, only those rows', async () => {
    const values = ledger(12_000);
    const { book, wb } = setup([{ name: 'L', values }]);
    const sync = jest.spyOn(book.context, 'sync');
    const runs = book.runs;
    const rows = [11_999, 1, 2, 3, 7_000, 7_001, 12_005];
    const got = await wb.readRows('L', rows);
    expect(got).toEqual([values[11_998], values[0], values[1], values[2], values[6_999], values[7_000], []]);
    expect(book.runs - runs).toBe(1);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    // Adjacent rows are one range; the cells loaded are those rows' only.
    expect(book.valueLoads.map((l) => l.rows).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    measured.push(`  readRows 6 of 12,000 rows: ${sync.mock.calls.length} syncs`);
  });

  it('reads three columns of a 12,000-row sheet in one run and ≤ 1 + ⌈rows/5000⌉ syncs', async () => {
    const values = ledger(12_000);
    const { book, wb } = setup([{ name: 'L', values }]);
    const sync = jest.spyOn(book.context, 'sync');
    const got = await wb.readColumns('L', [1, 3, 2]);
    expect(got).toHaveLength(12_000);
    expect(got[11_999]).toEqual([values[11_999][0], values[11_999][2], values[11_999][1]]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(1 + Math.ceil(12_000 / 5000));
    for (const load of book.valueLoads) expect(load.cols).toBe(1);
    measured.push(`  readColumns 3 × 12,000 rows: ${sync.mock.calls.length} syncs`);
  });

  it('reads the selection in one run and one sync', async () => {
    const { book, wb } = setup();
    await book.userSelects('台账', 4, 2);
    const sync = jest.spyOn(book.context, 'sync');
    const runs = book.runs;
    expect(await wb.getSelection()).toEqual({ sheet: '台账', row: 5, column: 3 });
    expect(book.runs - runs).toBe(1);
    expect(sync.mock.calls.length).toBe(1);
  });
});

describe('OfficeWorkbook marks', () => {
  it('batches fill loads: marking 300 rows takes a handful of syncs, not one per row', async () => {
    const { book, wb } = setup([{ name: 'L', values: ledger(400, 6) }]);
    const sync = jest.spyOn(book.context, 'sync');
    await wb.markRows(
      Array.from({ length: 300 }, (_, i) => ({
        sheet: 'L',
        row: i + 2,
        note: `n${i}`,
        severity: i % 50 ? 'error' : 'warning',
      })),
    );
    expect(sync.mock.calls.length).toBeLessThanOrEqual(8);
    measured.push(`  markRows 300 rows: ${sync.mock.calls.length} syncs`);
    sync.mockClear();
    await wb.clearMarks();
    expect(sync.mock.calls.length).toBeLessThanOrEqual(6);
    measured.push(`  clearMarks 300 rows: ${sync.mock.calls.length} syncs`);
    expect(book.comments).toEqual([]);
    expect(book.sheet('L')!.cells.every((row) => row?.every((c) => !c?.fill) ?? true)).toBe(true);
    expect(book.ledgerWrites).toEqual([]);
  });

  it('falls back to fill only without the comments API (ExcelApi < 1.10)', async () => {
    const { book, wb } = setup(undefined, { apiMinor: 9 });
    await wb.markRows([{ sheet: '台账', row: 2, note: 'x', severity: 'error' }]);
    expect(book.comments).toEqual([]);
    expect(book.sheet('台账')!.cell(1, 0)?.fill).toBe('#F8CBAD');
    await wb.clearMarks();
    expect(book.sheet('台账')!.cell(1, 0)?.fill).toBeUndefined();
  });

  it('without fill.pattern (ExcelApi < 1.9) takes white as no fill', async () => {
    const { book, wb } = setup(undefined, { apiMinor: 8 });
    book.sheet('台账')!.ensure(2, 0).fill = '#FFFF00';
    for (let c = 1; c < 6; c++) book.sheet('台账')!.ensure(2, c).fill = '#FFFF00';
    await wb.markRows([
      { sheet: '台账', row: 2, note: '', severity: 'error' },
      { sheet: '台账', row: 3, note: '', severity: 'error' },
    ]);
    await wb.clearMarks();
    expect(book.sheet('台账')!.cell(1, 0)?.fill).toBeUndefined();
    expect(book.sheet('台账')!.cell(2, 5)?.fill).toBe('#FFFF00');
  });

  it('keeps a large mark state on a very hidden sheet and removes it on clear', async () => {
    const { book, wb } = setup(undefined, { markStateSettingsLimit: 10 });
    await wb.markRows([{ sheet: '台账', row: 2, note: 'x', severity: 'error' }]);
    expect(book.sheet(MARKS_SHEET)?.visibility).toBe('VeryHidden');
    expect(wb.getSetting('ce.marks')).toEqual({ v: 1, storage: MARKS_SHEET });
    await wb.clearMarks();
    expect(book.sheet(MARKS_SHEET)).toBeUndefined();
    expect(book.sheet('台账')!.cell(1, 0)?.fill).toBeUndefined();
    expect(book.comments).toEqual([]);
  });
});

describe('OfficeWorkbook plumbing', () => {
  it('retries while Excel is in cell-edit mode, then gives up with the original error', async () => {
    const { book, wb } = setup();
    book.cellEditFailures = 2;
    await expect(wb.readSheetValues('台账')).resolves.toHaveLength(21);
    expect(book.runs).toBe(3);
    book.cellEditFailures = 99;
    await expect(wb.listSheets()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('uses the Excel and Office globals by default', async () => {
    const { book } = setup();
    const g = globalThis as Record<string, unknown>;
    g.Excel = book.excel;
    g.Office = book.office;
    try {
      const wb = new OfficeWorkbook({ retry: noSleep });
      expect((await wb.listSheets()).map((s) => s.name)).toEqual(['台账', 'Offset']);
      expect(wb.capabilities).toEqual({
        suspendCalculation: true,
        fillPattern: true,
        comments: true,
        selectionEvents: true,
      });
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });

  it('rejects reading a sheet that does not exist', async () => {
    const { wb } = setup();
    await expect(wb.readSheetValues('nope')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('reading before sync would give office-addin-mock errors, so every read value went through load + sync', async () => {
    const { book } = setup();
    const range = book.context.workbook.worksheets.getItem('台账').getRangeByIndexes(0, 0, 1, 1);
    expect(String(range.values)).toMatch(/not loaded/);
    range.load('values');
    expect(String(range.values)).toMatch(/sync/);
    await book.context.sync();
    expect(range.values).toEqual([['姓名']]);
  });
});
