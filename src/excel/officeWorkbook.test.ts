import { DEFAULT_CELL_BUDGET, MAX_BLOCK_ROWS } from './blocks';
import { OfficeWorkbook } from './officeWorkbook';
import type { CellValue, ReportSheet } from './port';
import { MARKS_SHEET } from './marks';
import { describeWorkbookContract, FORMULA_LIKE, ledgerFixture, sampleReport } from './testkit/contract';
import { MockBook } from './testkit/excelMock';

const noSleep = { sleep: async () => {} };

function setup(sheets = ledgerFixture(), opts: { apiMinor?: number } = {}) {
  const book = new MockBook(sheets.map((s) => ({ ...s, ledger: true })));
  if (opts.apiMinor !== undefined) book.apiMinor = opts.apiMinor;
  const wb = new OfficeWorkbook({
    excel: book.excel as never,
    office: book.office as never,
    retry: noSleep,
  });
  return { book, wb };
}

/** The user's own formats on the ledger: fonts, number formats and conditional formats of their own. */
function userFormats(book: MockBook): void {
  const l = book.sheet('台账')!;
  for (let c = 0; c < 6; c++) l.ensure(0, c).font = { bold: true, color: '#1F4E79' };
  for (let r = 1; r <= 20; r++) l.ensure(r, 2).numberFormat = 'yyyy-mm-dd';
  l.ensure(9, 3).font = { color: '#C00000' };
  book.conditionalFormats.push(
    // 学时 over 5 in green, written as a user would: relative to D2.
    {
      id: 'user-cf-1',
      sheet: l,
      box: { r0: 1, c0: 3, rows: 20, cols: 1 },
      type: 'Custom',
      formula: '=$D2>5',
      fill: '#C6EFCE',
    },
    { id: 'user-cf-2', sheet: l, box: { r0: 1, c0: 2, rows: 20, cols: 1 }, type: 'DataBar' },
  );
}

describeWorkbookContract('OfficeWorkbook on office-addin-mock', () => {
  const { book, wb } = setup();
  userFormats(book);
  const s = (name: string) => book.sheet(name)!;
  const cfs = (name: string) =>
    book.conditionalFormats
      .filter((f) => f.sheet === s(name))
      .map((f) => ({ id: f.id, type: f.type, box: f.box, formula: f.formula, fill: f.fill }));
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
    shownFill: (name, row, column) => book.shownFill(name, row - 1, column - 1),
    cellFormats: (name) => ({
      cells: s(name).snapshot(),
      comments: book.comments.filter((c) => c.sheet === s(name)).map((c) => ({ ...c, sheet: c.sheet.name })),
    }),
    formats: (name) => ({
      cells: s(name).snapshot(),
      comments: book.comments.filter((c) => c.sheet === s(name)).map((c) => ({ ...c, sheet: c.sheet.name })),
      conditionalFormats: cfs(name),
    }),
    userSorts: (name, first, last, column, descending) =>
      s(name).userSorts(first - 1, last - 1, column - 1, descending),
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

describe('OfficeWorkbook.writeReport: the 达标率 summary and its chart (issue 13, item 6)', () => {
  const withCharts = (): ReportSheet => ({
    ...sampleReport(),
    charts: [
      {
        title: '各年度达标率',
        header: ['年度', '达标率', '达标人数', '人数'],
        rows: [
          [2022, 0.5, 1, 2],
          [2023, 0.6667, 2, 3],
        ],
        percentColumns: [1],
        chart: 'column',
        columnWidths: [90, 55],
      },
      {
        title: '各单位达标率',
        header: ['单位', '达标率', '达标人数', '人数'],
        rows: [
          ['=市立医院', 0, 0, 1],
          ['第二中学', 0.5, 1, 2],
          ['合计', 0.3333, 1, 3],
        ],
        chartRows: 2,
        percentColumns: [1],
      },
    ],
  });

  it('writes the summary tables right of the main table and adds each chart in the formats batch', async () => {
    const plain = setup();
    const plainSync = jest.spyOn(plain.book.context, 'sync');
    await plain.wb.writeReport([sampleReport()]);
    const { book, wb } = setup();
    const sync = jest.spyOn(book.context, 'sync');
    await wb.writeReport([withCharts()]);
    // No extra sync for the tables and charts.
    expect(sync.mock.calls.length).toBe(plainSync.mock.calls.length);
    measured.push(`  writeReport with 2 summary tables + 2 charts: ${sync.mock.calls.length} syncs`);

    const r = book.sheet('合规报告')!;
    // The main table is 4 columns (A:D); the summaries start in F (one blank column).
    const at = (row: number, col: number) => r.cell(row, col)?.value ?? null;
    const block = (row: number, rows: number) =>
      Array.from({ length: rows }, (_, i) => [5, 6, 7, 8].map((c) => at(row + i, c)));
    expect(block(0, 3)).toEqual([
      ['年度', '达标率', '达标人数', '人数'],
      ['2022', 0.5, 1, 2],
      ['2023', 0.6667, 2, 3],
    ]);
    expect(r.cell(1, 5)?.textPrefix).toBe(true); // years as text: the chart's categories
    expect(r.cell(1, 6)?.numberFormat).toBe('0.0%');
    expect(r.cell(0, 5)?.font?.bold).toBe(true);
    expect(r.cell(0, 4)).toBeUndefined(); // the blank column
    expect(r.columnWidths).toMatchObject({ 0: 80, 3: 40, 5: 90, 6: 55 });
    // The second table starts below the first chart (15 rows) and a blank row.
    expect(block(16, 4)).toEqual([
      ['单位', '达标率', '达标人数', '人数'],
      ['=市立医院', 0, 0, 1],
      ['第二中学', 0.5, 1, 2],
      ['合计', 0.3333, 1, 3],
    ]);
    expect(r.cell(17, 5)?.formula).toBeUndefined(); // a unit's name is text, never a formula
    // The Excel table covers the main table only.
    expect(book.tableByName('ceReport')?.box).toEqual({ r0: 0, c0: 0, rows: 9, cols: 4 });

    expect(book.charts).toHaveLength(2);
    const [byYear, byUnit] = book.charts;
    expect(byYear).toMatchObject({
      sheet: r,
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      source: { r0: 0, c0: 5, rows: 3, cols: 2 },
    });
    expect(byYear.props).toMatchObject({
      'title/text': '各年度达标率',
      'legend/visible': false,
      'dataLabels/showValue': true,
      'axes/valueAxis/minimum': 0,
      'axes/valueAxis/maximum': 1,
      position: ['K1', 'R15'],
    });
    expect(byUnit.source).toEqual({ r0: 16, c0: 5, rows: 3, cols: 2 }); // the total is not plotted
    expect(byUnit.props['title/text']).toBe('各单位达标率');
    // Added in the same sync as the table and the other formats, not one of its own.
    const tableSync = book.logSync[book.log.indexOf('call:addTable')];
    expect(book.charts.map((c) => c.sync)).toEqual([tableSync, tableSync]);
    const syncOf = (entry: string) => book.logSync.filter((_, i) => book.log[i] === entry);
    expect(syncOf('call:chart.setPosition')).toEqual([tableSync, tableSync]);

    // What we wrote, tables included, is what the fingerprint remembers.
    expect(await wb.reportWasEdited('合规报告')).toBe(false);
    r.ensure(2, 6).value = 0.9;
    expect(await wb.reportWasEdited('合规报告')).toBe(true);
  });

  it('without charts (below ExcelApi 1.1) still writes the tables, and replacing the report removes the old charts', async () => {
    const { book, wb } = setup(undefined, { apiMinor: 0 });
    await wb.writeReport([withCharts()]);
    expect(book.charts).toEqual([]);
    expect(book.sheet('合规报告')!.cell(1, 6)?.value).toBe(0.5);

    const full = setup();
    await full.wb.writeReport([withCharts()]);
    await full.wb.writeReport([withCharts()]);
    expect(full.book.charts).toHaveLength(2);
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

  // Replaces "falls back to fill only without the comments API": marks no longer use comments or
  // fills; they need conditional formats (ExcelApi 1.6) and nothing else.
  it('marks with ExcelApi 1.6 (no comments API needed); below 1.6 marks nothing and changes nothing', async () => {
    const { book, wb } = setup(undefined, { apiMinor: 6 });
    await wb.markRows([{ sheet: '台账', row: 2, note: 'x', severity: 'error' }]);
    expect(book.comments).toEqual([]);
    expect(book.shownFill('台账', 1, 0)).toBe('#F8CBAD');
    expect(book.sheet('台账')!.cell(1, 0)?.fill).toBeUndefined();
    await wb.clearMarks();
    expect(book.shownFill('台账', 1, 0)).toBeNull();
    expect(book.conditionalFormats).toEqual([]);

    const old = setup(undefined, { apiMinor: 5 });
    const sheets = old.book.sheets.map((x) => x.snapshot());
    await old.wb.markRows([{ sheet: '台账', row: 2, note: 'x', severity: 'error' }]);
    expect(old.book.conditionalFormats).toEqual([]);
    expect(old.book.comments).toEqual([]);
    expect(old.book.sheets.map((x) => x.snapshot())).toEqual(sheets);
    expect(old.wb.getSetting('ce.marks')).toBeUndefined();
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

  // Replaces "keeps a large mark state on a very hidden sheet": new marks keep no fill state; what
  // remains of that path is clearing marks an earlier version left in a workbook.
  it('clears marks an earlier version made (fills and threaded comments, state on the very hidden sheet)', async () => {
    const { book, wb } = setup();
    const l = book.sheet('台账')!;
    for (let c = 0; c < 6; c++) l.ensure(1, c).fill = '#F8CBAD'; // the old mark on row 2
    for (let c = 0; c < 6; c++) l.ensure(2, c).fill = '#00FF00'; // the user's green on row 3, kept
    book.comments.push({ id: 'c-old', sheet: l, row: 1, col: 0, text: '学时不足' });
    book.comments.push({ id: 'c-user', sheet: l, row: 4, col: 0, text: 'user' });
    const state = {
      v: 1,
      sheets: [
        {
          sheet: '台账',
          columns: 6,
          prior: [[2, 1, null]],
          applied: [[2, 1, '#F8CBAD']],
          comments: ['c-old'],
        },
      ],
    };
    const hidden = book.addSheet(MARKS_SHEET, [["'" + JSON.stringify(state)]]);
    hidden.cells[0]![0]!.value = JSON.stringify(state);
    hidden.visibility = 'VeryHidden';
    book.settings.set('ce.marks', JSON.stringify({ v: 1, storage: MARKS_SHEET }));

    await wb.clearMarks();
    expect(l.cell(1, 0)?.fill).toBeUndefined();
    expect(l.cell(2, 5)?.fill).toBe('#00FF00');
    expect(book.comments.map((c) => c.id)).toEqual(['c-user']);
    expect(book.sheet(MARKS_SHEET)).toBeUndefined();
    expect(wb.getSetting('ce.marks')).toBeUndefined();
  });

  it('keeps reasons and keys as text on a hidden helper sheet; rules hold only references, never ledger text', async () => {
    const nasty = ['=HYPERLINK("http://x","y")', 'a"),1)&"b', "'),x", '@SUM(1)', "=cmd|' /C calc'!A0"];
    const values: CellValue[][] = [['姓名', '说明', '学时']];
    nasty.forEach((t, i) => values.push([`人员${i}`, t, i]));
    const { book, wb } = setup([{ name: "张's 台账", values }]);
    await wb.markRows(
      nasty.map((t, i) => ({ sheet: "张's 台账", row: i + 2, note: t, severity: 'error' as const })),
    );
    const helper = book.sheet(MARKS_SHEET)!;
    expect(helper.visibility).toBe('Hidden');
    // Every key and every reason is text exactly as given, never a formula.
    const cells = helper.cells.flatMap((row) => row ?? []).filter((c): c is NonNullable<typeof c> => !!c);
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
    const keys = helper.cells.slice(1).map((row) => row?.[0]?.value);
    expect(keys).toEqual(nasty.map((t, i) => `人员${i}|${t}|${i}`));
    expect(helper.cells.slice(1).map((row) => row?.[1]?.value)).toEqual(nasty);
    // The rule's formula is our fixed shape: our sheet, cell references, the separator.
    expect(book.conditionalFormats.map((f) => f.formula)).toEqual([
      `=SUMPRODUCT(--('${MARKS_SHEET}'!$A$2:$A$6=$A1&"|"&$B1&"|"&$C1))>0`,
    ]);
    for (let r = 1; r <= 5; r++) expect(book.shownFill("张's 台账", r, 1)).toBe('#F8CBAD');
    expect(book.shownFill("张's 台账", 0, 1)).toBeNull();
    expect(book.ledgerWrites).toEqual([]);
    await wb.clearMarks();
    expect(book.sheets.map((x) => x.name)).toEqual(["张's 台账"]);
    expect(book.conditionalFormats).toEqual([]);
  });

  it('puts errors above warnings above notes, and leaves the user’s own rules in place and working', async () => {
    const { book, wb } = setup();
    userFormats(book);
    const before = JSON.parse(
      JSON.stringify(book.conditionalFormats.map((f) => ({ ...f, sheet: f.sheet.name }))),
    );
    await wb.markRows([
      { sheet: '台账', row: 2, note: '', severity: 'info' },
      { sheet: '台账', row: 3, note: '', severity: 'warning' },
      { sheet: '台账', row: 4, note: '', severity: 'error' },
    ]);
    expect(book.conditionalFormats.slice(0, 3).map((f) => f.fill)).toEqual(['#F8CBAD', '#FFE699', '#BDD7EE']);
    // 人员6 (row 7) has 学时 6 > 5: the user's own rule still shows.
    expect(book.shownFill('台账', 6, 3)).toBe('#C6EFCE');
    await wb.clearMarks();
    expect(book.conditionalFormats.map((f) => ({ ...f, sheet: f.sheet.name }))).toEqual(before);
    expect(book.shownFill('台账', 6, 3)).toBe('#C6EFCE');
  });

  it('removes its rules also where the user deleted the helper sheet or copied a marked cell elsewhere', async () => {
    const { book, wb } = setup();
    await wb.markRows([{ sheet: '台账', row: 2, note: '', severity: 'error' }]);
    const ours = book.conditionalFormats[0];
    // The user pastes a marked cell onto another sheet: Excel copies the rule with it.
    book.conditionalFormats.push({
      ...ours,
      id: 'pasted',
      sheet: book.sheet('Offset')!,
      box: { r0: 0, c0: 0, rows: 1, cols: 1 },
    });
    await wb.clearMarks();
    expect(book.conditionalFormats).toEqual([]);

    await wb.markRows([{ sheet: '台账', row: 2, note: '', severity: 'error' }]);
    const helper = book.sheet(MARKS_SHEET)!;
    book.sheets = book.sheets.filter((x) => x !== helper);
    book.conditionalFormats.forEach(
      (f) => (f.formula = f.formula!.replace(/'_ce_marks'!\$A\$2:\$A\$2/, '#REF!')),
    );
    expect(book.shownFill('台账', 1, 0)).toBeNull(); // a #REF! rule shows nothing
    await wb.clearMarks();
    expect(book.conditionalFormats).toEqual([]);
    expect(wb.getSetting('ce.marks')).toBeUndefined();
  });

  it(
    'clearing among 6,000 fragmented user rules deletes only ours, in a bounded number of syncs',
    async () => {
      const { book, wb } = setup();
      const l = book.sheet('台账')!;
      for (let i = 0; i < 6000; i++)
        book.conditionalFormats.push({
          id: `user-${i}`,
          sheet: l,
          box: { r0: 1 + (i % 20), c0: i % 6, rows: 1, cols: 1 },
          type: i % 2 ? 'Custom' : 'CellValue',
          formula: i % 2 ? `=$D${2 + (i % 20)}>${i % 7}` : undefined,
        });
      const before = book.conditionalFormats.map((f) => f.id);
      await wb.markRows([{ sheet: '台账', row: 2, note: '', severity: 'error' }]);
      const sync = jest.spyOn(book.context, 'sync');
      await wb.clearMarks();
      expect(sync.mock.calls.length).toBeLessThanOrEqual(5);
      measured.push(`  clearMarks among 6,000 user rules: ${sync.mock.calls.length} syncs`);
      expect(book.conditionalFormats.map((f) => f.id)).toEqual(before);
    },
    HEAVY,
  );

  it('uses a free helper name when the user has a sheet called _ce_marks, and never touches it', async () => {
    const { book, wb } = setup();
    const mine = book.addSheet(MARKS_SHEET, [['mine']]);
    await wb.markRows([{ sheet: '台账', row: 2, note: '', severity: 'error' }]);
    expect(book.sheet(`${MARKS_SHEET} (2)`)?.visibility).toBe('Hidden');
    expect(book.shownFill('台账', 1, 0)).toBe('#F8CBAD');
    await wb.clearMarks();
    expect(book.sheet(MARKS_SHEET)).toBe(mine);
    expect(mine.values()).toEqual([['mine']]);
    expect(book.sheet(`${MARKS_SHEET} (2)`)).toBeUndefined();
    expect(book.conditionalFormats).toEqual([]);
  });

  it('reads the marked rows within a lowered cell budget, and halves it when Excel reports a payload limit', async () => {
    const book = new MockBook([{ name: 'L', values: ledger(1001, 6), ledger: true }]);
    const wb = new OfficeWorkbook({
      excel: book.excel as never,
      office: book.office as never,
      retry: noSleep,
      limits: { cellBudget: 600 },
    });
    book.payloadFailureAtSync = 3; // the first read of the marked rows
    const rows = Array.from({ length: 1000 }, (_, i) => i + 2).filter((r) => r % 3 !== 0);
    const result = await wb.markRows(
      rows.map((row) => ({ sheet: 'L', row, note: '', severity: 'error' as const })),
    );
    expect(book.syncs).toBeGreaterThan(3);
    expect(result).toEqual({ marked: rows.length, supported: true });
    const perSync = new Map<number, number>();
    for (const l of book.valueLoads) perSync.set(l.sync, (perSync.get(l.sync) ?? 0) + l.rows * l.cols);
    for (const [sync, cells] of perSync) if (sync > 3) expect(cells).toBeLessThanOrEqual(300);
    for (let r = 1; r <= 1000; r++)
      expect([r, book.shownFill('L', r, 0)]).toEqual([r, r % 3 === 2 ? null : '#F8CBAD']);
    await wb.clearMarks();
    expect(book.conditionalFormats).toEqual([]);
  });

  it(
    'marking syncs do not grow with rows (beyond chunks of 5000 rows), and every request stays within budget',
    async () => {
      const counts: number[] = [];
      for (const n of [300, 4000, 12000]) {
        const { book, wb } = setup([{ name: 'L', values: ledger(n + 1, 6) }]);
        const sync = jest.spyOn(book.context, 'sync');
        await wb.markRows(
          Array.from({ length: n }, (_, i) => ({
            sheet: 'L',
            row: i + 2,
            note: `n${i}`,
            severity: (['error', 'warning', 'info'] as const)[i % 3],
          })),
        );
        counts.push(sync.mock.calls.length);
        for (const l of book.valueLoads) expect(l.rows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
        for (const w of book.valueWrites) expect(w.rows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
        const perSync = new Map<number, number>();
        for (const l of book.valueLoads) perSync.set(l.sync, (perSync.get(l.sync) ?? 0) + l.rows * l.cols);
        for (const cells of perSync.values()) expect(cells).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
        expect(book.conditionalFormats).toHaveLength(3);
        expect(book.shownFill('L', n, 0)).not.toBeNull();
        sync.mockClear();
        await wb.clearMarks();
        measured.push(
          `  markRows ${n} rows: ${counts[counts.length - 1]} syncs; clearMarks: ${sync.mock.calls.length}`,
        );
        expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
        expect(book.ledgerWrites).toEqual([]);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBeLessThanOrEqual(counts[0] + 3); // 12,000 rows: ranges of ≤ 5000 rows
    },
    HEAVY,
  );
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
        conditionalFormats: true,
        charts: true,
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
