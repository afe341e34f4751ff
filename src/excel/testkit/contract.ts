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

    it('marks rows and clearMarks restores prior fills exactly', async () => {
      h.setCellFill('台账', 3, 1, '#FFFF00'); // row 3: yellow across the used columns
      for (let c = 2; c <= 6; c++) h.setCellFill('台账', 3, c, '#FFFF00');
      h.setCellFill('台账', 6, 2, '#00B0F0'); // row 6: mixed
      h.addUserNote('台账', 7, 1, 'user note');
      const before = [3, 4, 6, 7, 8].map((r) => h.rowFill('台账', r, 6));
      expect(before).toEqual(['#FFFF00', null, 'mixed', null, null]);

      await h.port.markRows([
        { sheet: '台账', row: 3, note: '学时不足', severity: 'error' },
        { sheet: '台账', row: 4, note: '重复', severity: 'error' },
        { sheet: '台账', row: 6, note: '日期', severity: 'warning' },
        { sheet: '台账', row: 7, note: '类别', severity: 'info' },
        { sheet: '台账', row: 8, note: '', severity: 'info' },
        { sheet: '台账', row: 4, note: '另一条', severity: 'warning' },
        { sheet: 'missing', row: 2, note: 'x', severity: 'error' },
      ]);
      expect([3, 4, 6, 7].map((r) => h.rowFill('台账', r, 6))).toEqual([
        '#F8CBAD',
        '#F8CBAD',
        '#FFE699',
        '#BDD7EE',
      ]);
      expect(h.notes('台账').sort()).toEqual(['3:1', '4:1', '6:1', '7:1']);

      await h.port.clearMarks();
      expect([3, 4, 6, 7, 8].map((r) => h.rowFill('台账', r, 6))).toEqual(before);
      expect(h.rowFill('台账', 6, 1)).toBeNull();
      expect(h.notes('台账')).toEqual(['7:1']); // the user's note stays
      await h.port.clearMarks(); // idempotent
      expect(h.notes('台账')).toEqual(['7:1']);
    });

    it('marking again first restores, and a fill the user set after marking is kept', async () => {
      await h.port.markRows([
        { sheet: '台账', row: 2, note: 'a', severity: 'error' },
        { sheet: '台账', row: 3, note: 'b', severity: 'error' },
      ]);
      await h.port.markRows([{ sheet: '台账', row: 3, note: 'b', severity: 'warning' }]);
      expect(h.rowFill('台账', 2, 6)).toBeNull();
      expect(h.rowFill('台账', 3, 6)).toBe('#FFE699');
      for (let c = 1; c <= 6; c++) h.setCellFill('台账', 3, c, '#00FF00');
      await h.port.clearMarks();
      expect(h.rowFill('台账', 3, 6)).toBe('#00FF00');
      expect(h.notes('台账')).toEqual([]);
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
