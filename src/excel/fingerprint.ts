/**
 * Report fingerprints: a cheap hash of the values we wrote, stored in settings, compared with the values
 * read back to tell whether the user edited a report. Pure; shared by both workbook implementations.
 *
 * Canonical form (what survives a write/read round trip in Excel): empty string and null are the same,
 * trailing empty rows/columns do not count (the used range drops them), and a cell is compared by its
 * text (`12` and `"12"` are the same — a hyperlink's `textToDisplay` may read back as either).
 * Formatting changes are not detected, only values.
 */
import type { CellValue, ReportSheet } from './port';
import { chartBlocks, chartTableGrid } from './reportCharts';
import { displayedValue } from './safeText';

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Text grid without trailing empty rows and columns. */
export function canonicalGrid(values: ReadonlyArray<ReadonlyArray<CellValue>>): string[][] {
  const rows = values.map((r) => r.map(cellText));
  let height = rows.length;
  while (height > 0 && rows[height - 1].every((c) => c === '')) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    for (let c = rows[r].length - 1; c >= width; c--) {
      if (rows[r][c] !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return rows.slice(0, height).map((r) => {
    const out = r.slice(0, width);
    while (out.length < width) out.push('');
    return out;
  });
}

/** 32-bit FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `v1:<rows>x<cols>:<two 32-bit FNV-1a hashes>` of the canonical grid. */
export function fingerprint(values: ReadonlyArray<ReadonlyArray<CellValue>>): string {
  const grid = canonicalGrid(values);
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (const row of grid) {
    for (const cell of row) {
      // Length-prefix each cell so that ["ab",""] and ["a","b"] differ.
      const s = `${cell.length}:${cell}`;
      a = fnv1a(s, a);
      b = fnv1a(s, b ^ 0x5bd1e995);
    }
    a = fnv1a('\n', a);
    b = fnv1a('\n', b);
  }
  const width = grid[0]?.length ?? 0;
  return `v1:${grid.length}x${width}:${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/**
 * Header cells as we write them: Excel tables need non-empty, case-insensitively unique header texts
 * (it would rename them itself and so change the values we fingerprinted).
 */
export function tableHeader(header: readonly string[], width: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    const base = (header[i] ?? '').trim() === '' ? `列${i + 1}` : String(header[i]);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** Width of a report: the longest of header and rows (at least 1). */
export function reportWidth(sheet: ReportSheet): number {
  let w = Math.max(1, sheet.header.length);
  for (const row of sheet.rows) w = Math.max(w, row.length);
  return w;
}

/** The grid a report shows once written (header + rows, and its summary tables), as it reads back. */
export function reportGrid(sheet: ReportSheet): CellValue[][] {
  const width = reportWidth(sheet);
  const grid: CellValue[][] = [tableHeader(sheet.header, width)];
  for (const row of sheet.rows) {
    const out: CellValue[] = [];
    for (let c = 0; c < width; c++) out.push(displayedValue(row[c]?.value ?? null));
    grid.push(out);
  }
  for (const block of chartBlocks(sheet, width)) {
    chartTableGrid(block.table).forEach((line, i) => {
      const r = block.row + i;
      while (grid.length <= r) grid.push(new Array(width).fill(null));
      line.forEach((v, j) => {
        const row = grid[r];
        while (row.length < block.column + j) row.push(null);
        row[block.column + j] = displayedValue(v);
      });
    });
  }
  return grid;
}

/** The main table's part of `reportGrid` (header + rows, `reportWidth` columns). */
export function mainGrid(sheet: ReportSheet): CellValue[][] {
  const width = reportWidth(sheet);
  return reportGrid(sheet)
    .slice(0, 1 + sheet.rows.length)
    .map((row) => {
      const out = row.slice(0, width);
      while (out.length < width) out.push(null);
      return out;
    });
}
