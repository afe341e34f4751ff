import { MemoryWorkbook } from './memoryWorkbook';
import type { MemorySheet } from './memoryWorkbook';
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
});
