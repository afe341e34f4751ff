/**
 * The port's contract, as one jest suite run against every implementation
 * (`officeWorkbook.test.ts` with the office-addin-mock Excel, `memoryWorkbook.test.ts`).
 */
import type { CellValue, ReportSheet, WorkbookPort } from '../port';

export interface Harness {
  port: WorkbookPort;
  /** A deep copy of a sheet's raw values. */
  snapshot(sheet: string): unknown;
  /** The uniform fill of the first `columns` cells of a 1-based row (null = none), or 'mixed'. */
  rowFill(sheet: string, row: number, columns: number): string | null | 'mixed';
  setCellFill(sheet: string, row: number, column: number, color: string | null): void;
  /** The user types into a cell (1-based). */
  userEdits(sheet: string, row: number, column: number, value: CellValue): void;
  /** Notes/comments on a sheet as `row:column` keys (1-based). */
  notes(sheet: string): string[];
  addUserNote(sheet: string, row: number, column: number, text: string): void;
  sheetNames(): string[];
  /** The user selects a cell (fires selection handlers). */
  userSelects(sheet: string, row: number, column: number): Promise<void>;
  /** The fill the user sees on a cell (1-based): the add-in's mark where one applies, else the cell's own. */
  shownFill(sheet: string, row: number, column: number): string | null;
  /** Every cell's value and own formats (fills, fonts, number formats, notes), as plain data. */
  cellFormats(sheet: string): unknown;
  /** `cellFormats` plus the sheet's conditional formats (the user's own, and any the add-in left). */
  formats(sheet: string): unknown;
  /** The user sorts rows `first..last` (1-based) by a column (1-based), as Excel's Sort does. */
  userSorts(sheet: string, first: number, last: number, column: number, descending?: boolean): void;
}

/** The ledger fixture: header + 20 rows × 6 columns, plus a sheet whose data starts at C3. */
export function ledgerFixture(): Array<{ name: string; values: CellValue[][] }> {
  const header = ['姓名', '身份证号', '日期', '学时', '类别', '备注'];
  const rows: CellValue[][] = [header];
  for (let i = 1; i <= 20; i++)
    rows.push([
      `人员${i}`,
      `37020219900101${String(1000 + i)}`,
      45000 + i,
      i % 7,
      i % 2 ? '公需' : '专业',
      i === 5 ? '=SUM(A1)' : null,
    ]);
  return [
    { name: '台账', values: rows },
    {
      name: 'Offset',
      values: [[], [], [null, null, 'x', 1], [null, null, null, true]],
    },
  ];
}

export const FORMULA_LIKE = [
  '=SUM(A1)',
  '+86 138 0013 8000',
  '-5',
  '@foo',
  "'quoted",
  '00123',
  '2023-05-01',
  'TRUE',
];

export function sampleReport(name = '合规报告'): ReportSheet {
  return {
    name,
    tableName: 'ceReport',
    header: ['姓名', '结论', '说明', '行'],
    rows: [
      [
        { value: '人员1' },
        { value: '合格' },
        { value: '=SUM(A1)' },
        { value: 2, link: { sheet: '台账', row: 2 } },
      ],
      [
        { value: '人员2' },
        { value: '不合格' },
        { value: '+86 138 0013 8000' },
        { value: 3, link: { sheet: '台账', row: 3 } },
      ],
      [
        { value: '人员3' },
        { value: '不合格' },
        { value: '-5' },
        { value: 4, link: { sheet: '台账', row: 4 } },
      ],
      [{ value: '人员4' }, { value: '合格' }, { value: '@foo' }, { value: null }],
      ...FORMULA_LIKE.slice(4).map((v, i) => [
        { value: `其他${i}` },
        { value: '提示' },
        { value: v },
        { value: i },
      ]),
    ],
    rowFills: ['pass', 'fail', 'fail', 'pass', 'info', 'info', null, null],
    columnWidths: [80, 60, 200, 40],
    freezeHeader: true,
  };
}

export function describeWorkbookContract(label: string, make: () => Harness): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    let h: Harness;
    let ledgerBefore: unknown;
    beforeEach(() => {
      h = make();
      ledgerBefore = h.snapshot('台账');
    });
    afterEach(() => {
      // Never change a value in the user's ledger, whatever the test did.
      expect(h.snapshot('台账')).toEqual(ledgerBefore);
    });

    it('lists sheets with A1-anchored sizes', async () => {
      const sheets = await h.port.listSheets();
      expect(sheets.find((s) => s.name === '台账')).toEqual({
        name: '台账',
        rowCount: 21,
        columnCount: 6,
        visible: true,
      });
      expect(sheets.find((s) => s.name === 'Offset')).toMatchObject({ rowCount: 4, columnCount: 4 });
    });

    it('reads values anchored at A1, empty cells as null', async () => {
      const values = await h.port.readSheetValues('台账');
      expect(values).toHaveLength(21);
      expect(values[0]).toEqual(['姓名', '身份证号', '日期', '学时', '类别', '备注']);
      expect(values[1][5]).toBeNull();
      const offset = await h.port.readSheetValues('Offset');
      expect(offset).toEqual([
        [null, null, null, null],
        [null, null, null, null],
        [null, null, 'x', 1],
        [null, null, null, true],
      ]);
    });

    it('reports progress and can be cancelled', async () => {
      const progress: Array<[number, number]> = [];
      await h.port.readSheetValues('台账', { blockRows: 5, onProgress: (d, t) => progress.push([d, t]) });
      expect(progress[progress.length - 1]).toEqual([21, 21]);
      const ac = new AbortController();
      ac.abort();
      await expect(h.port.readSheetValues('台账', { signal: ac.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    });

    it('writes a report whose formula-looking text stays exactly text', async () => {
      const res = await h.port.writeReport([sampleReport()]);
      expect(res).toEqual({ written: true, editedPreviousReport: false, sheets: ['合规报告'] });
      const values = await h.port.readSheetValues('合规报告');
      expect(values[0]).toEqual(['姓名', '结论', '说明', '行']);
      expect(values.slice(1).map((r) => r[2])).toEqual(FORMULA_LIKE);
      expect(await h.port.reportWasEdited('合规报告')).toBe(false);
    });

    it('replaces an unedited report silently, an edited one only with replaceEdited', async () => {
      await h.port.writeReport([sampleReport()]);
      expect(await h.port.writeReport([sampleReport()])).toEqual({
        written: true,
        editedPreviousReport: false,
        sheets: ['合规报告'],
      });
      expect(h.sheetNames().filter((n) => n.startsWith('合规报告'))).toEqual(['合规报告']);

      h.userEdits('合规报告', 2, 3, '我改过');
      expect(await h.port.reportWasEdited('合规报告')).toBe(true);
      expect(await h.port.writeReport([sampleReport()])).toEqual({
        written: false,
        editedPreviousReport: true,
        sheets: [],
      });
      expect((await h.port.readSheetValues('合规报告'))[1][2]).toBe('我改过');

      expect(await h.port.writeReport([sampleReport()], { replaceEdited: true })).toEqual({
        written: true,
        editedPreviousReport: true,
        sheets: ['合规报告'],
      });
      expect((await h.port.readSheetValues('合规报告'))[1][2]).toBe('=SUM(A1)');
      expect(await h.port.reportWasEdited('合规报告')).toBe(false);
    });

    it('never replaces a sheet it did not create', async () => {
      const res = await h.port.writeReport([sampleReport('台账')]);
      expect(res.sheets).toEqual(['台账 (2)']);
      expect(h.sheetNames()).toContain('台账');
      expect(await h.port.reportWasEdited('台账')).toBe(false);
    });

    // Marks (issue 13, item 4): highlighting owned by the add-in, keyed on row content, removed in
    // one step. These replace the tests of the old static fills and threaded comments.
    const MARK = { error: '#F8CBAD', warning: '#FFE699', info: '#BDD7EE' };
    const colour = (row: number) => [1, 6].map((c) => h.shownFill('台账', row, c));

    it('marks rows without changing any value or format of the ledger, and clearMarks leaves it exactly as before', async () => {
      for (let c = 1; c <= 6; c++) h.setCellFill('台账', 3, c, '#FFFF00'); // row 3: the user's yellow
      h.setCellFill('台账', 6, 2, '#00B0F0'); // row 6: one blue cell
      h.addUserNote('台账', 7, 1, 'user note');
      const cellsBefore = h.cellFormats('台账');
      const formatsBefore = h.formats('台账');
      const notesBefore = h.notes('台账');
      const sheetsBefore = h.sheetNames();

      await h.port.markRows([
        { sheet: '台账', row: 3, note: '学时不足', severity: 'error' },
        { sheet: '台账', row: 4, note: '重复', severity: 'warning' },
        { sheet: '台账', row: 6, note: '日期', severity: 'warning' },
        { sheet: '台账', row: 7, note: '类别', severity: 'info' },
        { sheet: '台账', row: 8, note: '', severity: 'info' },
        { sheet: '台账', row: 4, note: '另一条', severity: 'error' },
        { sheet: 'missing', row: 2, note: 'x', severity: 'error' },
      ]);
      expect(colour(3)).toEqual([MARK.error, MARK.error]); // the mark shows over the user's fill
      expect(colour(4)).toEqual([MARK.error, MARK.error]); // the worst severity of the row
      expect(colour(6)).toEqual([MARK.warning, MARK.warning]);
      expect(colour(7)).toEqual([MARK.info, MARK.info]);
      expect(colour(8)).toEqual([MARK.info, MARK.info]);
      for (const row of [1, 2, 5, 9, 21]) expect(colour(row)).toEqual([null, null]);
      // While marked, nothing of the user's cells changed: values, fills, notes.
      expect(h.cellFormats('台账')).toEqual(cellsBefore);
      expect(h.notes('台账')).toEqual(notesBefore);

      await h.port.clearMarks();
      expect(colour(3)).toEqual(['#FFFF00', '#FFFF00']);
      expect(h.shownFill('台账', 6, 2)).toBe('#00B0F0');
      for (const row of [1, 2, 4, 5, 7, 8, 9, 21]) expect(colour(row)).toEqual([null, null]);
      expect(h.formats('台账')).toEqual(formatsBefore);
      expect(h.notes('台账')).toEqual(notesBefore);
      expect(h.sheetNames()).toEqual(sheetsBefore);
      await h.port.clearMarks(); // idempotent
      expect(h.formats('台账')).toEqual(formatsBefore);
      expect(h.sheetNames()).toEqual(sheetsBefore);
    });

    it('marks follow a sort; mark → sort → clear leaves what the sort alone leaves', async () => {
      for (let c = 1; c <= 6; c++) h.setCellFill('台账', 4, c, '#FFFF00'); // 人员3's row is yellow
      const formatsBefore = h.formats('台账');
      await h.port.markRows([
        { sheet: '台账', row: 4, note: '人员3', severity: 'error' },
        { sheet: '台账', row: 11, note: '人员10', severity: 'warning' },
      ]);
      // The user sorts the data rows by 学时, descending.
      h.userSorts('台账', 2, 21, 4, true);
      const values = await h.port.readSheetValues('台账');
      const rowOf = (name: string) => values.findIndex((r) => r[0] === name) + 1;
      expect(rowOf('人员3')).not.toBe(4);
      expect(rowOf('人员10')).not.toBe(11);
      for (let row = 1; row <= 21; row++) {
        const name = values[row - 1][0];
        const expected = name === '人员3' ? MARK.error : name === '人员10' ? MARK.warning : null;
        expect([name, colour(row)]).toEqual([name, [expected, expected]]);
      }

      await h.port.clearMarks();
      // What a sort alone does to the same workbook (a twin, never marked).
      const twin = make();
      for (let c = 1; c <= 6; c++) twin.setCellFill('台账', 4, c, '#FFFF00');
      twin.userSorts('台账', 2, 21, 4, true);
      expect(h.formats('台账')).toEqual(twin.formats('台账'));
      expect(colour(rowOf('人员3'))).toEqual(['#FFFF00', '#FFFF00']);
      expect(colour(rowOf('人员10'))).toEqual([null, null]);

      // Sorting back by 日期 restores the original order: values and formats exactly as before.
      h.userSorts('台账', 2, 21, 3);
      expect(h.formats('台账')).toEqual(formatsBefore);
    });

    it('marking again replaces the previous marks, and a fill the user set meanwhile is kept', async () => {
      await h.port.markRows([
        { sheet: '台账', row: 2, note: 'a', severity: 'error' },
        { sheet: '台账', row: 3, note: 'b', severity: 'error' },
      ]);
      await h.port.markRows([{ sheet: '台账', row: 3, note: 'b', severity: 'warning' }]);
      expect(colour(2)).toEqual([null, null]);
      expect(colour(3)).toEqual([MARK.warning, MARK.warning]);
      for (let c = 1; c <= 6; c++) h.setCellFill('台账', 3, c, '#00FF00');
      await h.port.clearMarks();
      expect(colour(3)).toEqual(['#00FF00', '#00FF00']);
      expect(h.notes('台账')).toEqual([]);
    });

    it('a marked row whose content the user changes is no longer marked (the key is the content)', async () => {
      await h.port.markRows([{ sheet: '台账', row: 5, note: 'x', severity: 'error' }]);
      expect(colour(5)).toEqual([MARK.error, MARK.error]);
      const before = h.snapshot('台账');
      h.userEdits('台账', 5, 4, 8);
      expect(colour(5)).toEqual([null, null]);
      h.userEdits('台账', 5, 4, (before as CellValue[][])[4][3]);
      expect(colour(5)).toEqual([MARK.error, MARK.error]);
      await h.port.clearMarks();
    });

    it('selects cells and reports selection changes until removed', async () => {
      // The event only signals; the selection is read with getSelection (after a debounce, in the pane).
      const seen: unknown[] = [];
      const remove = await h.port.onSelectionChanged(() => seen.push('changed'));
      await h.port.selectCell('台账', 12, 2);
      expect(await h.port.getSelection()).toEqual({ sheet: '台账', row: 12, column: 2 });
      await h.userSelects('台账', 5, 3);
      expect(seen.length).toBeGreaterThan(0);
      expect(await h.port.getSelection()).toEqual({ sheet: '台账', row: 5, column: 3 });
      const before = seen.length;
      await remove();
      await h.userSelects('台账', 6, 3);
      expect(seen.length).toBe(before);
      expect(await h.port.getSelection()).toEqual({ sheet: '台账', row: 6, column: 3 });
    });

    it('reads chosen rows and columns, as readSheetValues has them', async () => {
      const all = await h.port.readSheetValues('台账');
      const rows = await h.port.readRows('台账', [3, 1, 3, all.length + 5]);
      expect(rows).toEqual([all[2], all[0], all[2], []]);
      const cols = await h.port.readColumns('台账', [2, 1]);
      expect(cols).toEqual(all.map((r) => [r[1] ?? null, r[0] ?? null]));
    });

    it('keeps settings', async () => {
      expect(h.port.getSetting('x')).toBeUndefined();
      await h.port.setSetting('x', { a: [1, '二'] });
      expect(h.port.getSetting('x')).toEqual({ a: [1, '二'] });
      await h.port.setSetting('x', undefined);
      expect(h.port.getSetting('x')).toBeUndefined();
    });
  });
}
