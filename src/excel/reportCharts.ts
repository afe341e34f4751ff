/**
 * Where a report's summary tables and their charts go (issue 13, item 6). Pure; shared by both
 * workbook implementations and by the fingerprint (the tables are part of what we wrote).
 *
 * Layout: the first table starts in row 1, one blank column right of the main table; each chart sits
 * right of its table, 8 columns wide and 15 rows tall; the next table starts below the taller of the
 * two, after one blank row.
 */
import type { CellValue, ReportChartTable, ReportSheet } from './port';

export const CHART_WIDTH_COLUMNS = 8;
export const CHART_HEIGHT_ROWS = 15;

export interface ChartBlock {
  table: ReportChartTable;
  /** 0-based top-left of the table (its header row). */
  row: number;
  column: number;
  /** Table size including the header row. */
  rows: number;
  columns: number;
  /** The chart's source: header + plotted rows, categories and values (the table's first two columns). */
  source: { row: number; column: number; rows: number; columns: number };
  /** The chart's place: 0-based top-left and bottom-right cells. */
  place: { row: number; column: number; endRow: number; endColumn: number };
}

/** The table's grid as written: categories as text, empty cells null. */
export function chartTableGrid(table: ReportChartTable): CellValue[][] {
  const width = Math.max(2, table.header.length, ...table.rows.map((r) => r.length));
  const line = (r: readonly CellValue[], header: boolean) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c] ?? null;
      return c === 0 && !header && typeof v === 'number' ? String(v) : v;
    });
  return [line(table.header, true), ...table.rows.map((r) => line(r, false))];
}

export function chartBlocks(sheet: ReportSheet, mainWidth: number): ChartBlock[] {
  const out: ChartBlock[] = [];
  let top = 0;
  const column = mainWidth + 1;
  for (const table of sheet.charts ?? []) {
    if (!table.rows.length) continue;
    const grid = chartTableGrid(table);
    const plotted = Math.max(1, Math.min(table.chartRows ?? table.rows.length, table.rows.length));
    const chartColumn = column + grid[0].length + 1;
    out.push({
      table,
      row: top,
      column,
      rows: grid.length,
      columns: grid[0].length,
      source: { row: top, column, rows: 1 + plotted, columns: 2 },
      place: {
        row: top,
        column: chartColumn,
        endRow: top + CHART_HEIGHT_ROWS - 1,
        endColumn: chartColumn + CHART_WIDTH_COLUMNS - 1,
      },
    });
    top += Math.max(grid.length, CHART_HEIGHT_ROWS) + 1;
  }
  return out;
}
