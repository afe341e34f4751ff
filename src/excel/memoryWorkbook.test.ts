import { MemoryWorkbook } from './memoryWorkbook';
import type { MemorySheet } from './memoryWorkbook';
import type { CellValue } from './port';
import { describeWorkbookContract, ledgerFixture } from './testkit/contract';

describeWorkbookContract('MemoryWorkbook', () => {
  const wb = new MemoryWorkbook({ sheets: ledgerFixture().map((s) => ({ ...s })) });
  const sheet = (name: string) => wb.data.sheets.find((s) => s.name === name) as MemorySheet;
  return {
    port: wb,
    snapshot: (name) => JSON.parse(JSON.stringify(sheet(name).values)),
    rowFill: (name, row, columns) => {
      const cells = Array.from({ length: columns }, (_, c) => sheet(name).fills?.[row - 1]?.[c] ?? null);
      return cells.every((x) => x === cells[0]) ? cells[0] : 'mixed';
    },
    setCellFill: (name, row, column, color) => {
      const s = sheet(name);
      s.fills ??= [];
      (s.fills[row - 1] ??= [])[column - 1] = color;
    },
    userEdits: (name, row, column, value) => {
      const s = sheet(name);
      (s.values[row - 1] ??= [])[column - 1] = value;
    },
    notes: (name) => Object.keys(sheet(name).notes ?? {}),
    addUserNote: (name, row, column, text) => {
      const s = sheet(name);
      (s.notes ??= {})[`${row}:${column}`] = { id: 'user', text };
    },
    sheetNames: () => wb.data.sheets.map((s) => s.name),
    userSelects: async (name, row, column) => wb.setSelection({ sheet: name, row, column }),
    shownFill: (name, row, column) =>
      wb.markFill(name, row, column) ?? sheet(name).fills?.[row - 1]?.[column - 1] ?? null,
    cellFormats: (name) =>
      JSON.parse(
        JSON.stringify({
          values: sheet(name).values,
          fills: sheet(name).fills ?? [],
          notes: sheet(name).notes ?? {},
        }),
      ),
    formats: (name) =>
      JSON.parse(
        JSON.stringify({
          values: sheet(name).values,
          fills: sheet(name).fills ?? [],
          notes: sheet(name).notes ?? {},
          rules: (wb.data.markRules ?? []).filter((r) => r.sheet === name),
        }),
      ),
    userSorts: (name, first, last, column, descending) => {
      const s = sheet(name);
      const rows: Array<{ v: CellValue[]; f: Array<string | null> | undefined; i: number }> = [];
      for (let r = first - 1; r <= last - 1; r++) rows.push({ v: s.values[r], f: s.fills?.[r], i: r });
      const key = (x: (typeof rows)[number]) => x.v?.[column - 1] ?? '';
      rows.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const cmp =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : typeof x === 'number'
              ? -1
              : typeof y === 'number'
                ? 1
                : String(x).localeCompare(String(y));
        return (descending ? -cmp : cmp) || a.i - b.i;
      });
      rows.forEach((x, i) => {
        s.values[first - 1 + i] = x.v;
        if (s.fills) s.fills[first - 1 + i] = x.f;
      });
      // A sparse fill array stays as sparse as before (no trailing empty rows).
      while (s.fills?.length && s.fills[s.fills.length - 1] === undefined) s.fills.length--;
    },
  };
});

describe('MemoryWorkbook specifics', () => {
  it('keeps report formatting metadata and activates the report', async () => {
    const wb = new MemoryWorkbook({ sheets: ledgerFixture() });
    await wb.writeReport([
      {
        name: 'R',
        tableName: 'T',
        header: ['a'],
        rows: [[{ value: 1, link: { sheet: '台账', row: 12 } }]],
        rowFills: ['fail'],
      },
    ]);
    const r = wb.data.sheets.find((s) => s.name === 'R')!;
    expect(r.report?.links).toEqual({ '2:1': "'台账'!A12" });
    expect(r.fills?.[1]?.[0]).toBe('#FCE4D6');
    expect(r.tables).toEqual(['T']);
    expect(wb.data.activeSheet).toBe('R');
  });

  it('writes the 达标率 summary tables beside the report and keeps their charts (issue 13, item 6)', async () => {
    const wb = new MemoryWorkbook({ sheets: ledgerFixture() });
    await wb.writeReport([
      {
        name: 'R',
        tableName: 'T',
        header: ['a', 'b'],
        rows: [[{ value: 1 }, { value: 2 }]],
        charts: [
          {
            title: 'Share passing by year',
            header: ['Year', 'Share passing', 'Passing', 'People'],
            rows: [
              [2022, 0.5, 1, 2],
              [2023, 1, 3, 3],
            ],
            percentColumns: [1],
          },
        ],
      },
    ]);
    const r = wb.data.sheets.find((s) => s.name === 'R')!;
    const values = await wb.readSheetValues('R');
    expect(values.map((row) => row.slice(3, 7))).toEqual([
      ['Year', 'Share passing', 'Passing', 'People'],
      ['2022', 0.5, 1, 2],
      ['2023', 1, 3, 3],
    ]);
    expect(values.map((row) => row[2])).toEqual([null, null, null]);
    expect(r.report?.charts).toEqual([
      {
        title: 'Share passing by year',
        type: 'column',
        source: { row: 0, column: 3, rows: 3, columns: 2 },
        place: { row: 0, column: 8, endRow: 14, endColumn: 15 },
      },
    ]);
    expect(await wb.reportWasEdited('R')).toBe(false);
  });
});
