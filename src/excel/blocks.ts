/**
 * Block planning: how many rows go into one range request and how many requests go into one
 * `context.sync()`. Pure; shared by the Office and the in-memory workbook.
 *
 * Payload estimate (Excel on the web rejects a request or response over 5 MB with
 * `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`):
 *
 *   bytes per sync ≈ Σ blocks (rows × columns × average JSON bytes per cell) + envelope
 *
 * A ledger cell is mostly a date serial (5–6 bytes), hours (1–4), an ID number or a short CJK name
 * (≈ 10–20 bytes as UTF-8 JSON with quotes and a comma); course titles are longer, empty cells are
 * `"",` (3 bytes). We assume 16 bytes per cell on average and aim at 4 MB per sync (20 % headroom
 * for the envelope and for estimation error): 4 MB / 16 B ≈ 262k, rounded down to 250,000 cells per
 * sync (`DEFAULT_CELL_BUDGET`).
 * A 200-column sheet therefore reads 1,250 rows per block, not 5,000.
 *
 * Reads adapt: after each sync the caller measures the bytes actually received
 * (`estimateJsonBytes`) and lowers the cell budget when cells are fatter than assumed
 * (`adaptCellBudget`); writes know their values in advance and plan by their estimated bytes
 * (`planWeightedSyncs`).
 */
import type { CellValue } from './port';

export const MAX_BLOCK_ROWS = 5000;
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const TARGET_SYNC_BYTES = 4 * 1024 * 1024;
export const ASSUMED_CELL_BYTES = 16;
/** 4 MB / 16 B ≈ 262k cells, rounded down. */
export const DEFAULT_CELL_BUDGET = 250_000;

export interface Limits {
  /** Max rows per block (range request); clamped to 1..5000. */
  maxBlockRows?: number;
  /** Max cells per sync (all blocks of one sync together). */
  cellBudget?: number;
  /** Max estimated bytes per sync (writes). */
  byteBudget?: number;
}

/** A run of rows: `start` is 0-based, relative to whatever the caller counts from. */
export interface Block {
  start: number;
  count: number;
}

/** Rows per block for a sheet `columns` wide: ≤ maxBlockRows and rows × columns ≤ cellBudget (≥ 1). */
export function blockRowsFor(columns: number, limits: Limits = {}): number {
  const maxRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(limits.maxBlockRows ?? MAX_BLOCK_ROWS)));
  const budget = Math.max(1, limits.cellBudget ?? DEFAULT_CELL_BUDGET);
  return Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(1, columns))));
}

/**
 * The blocks of the next sync when reading from row `start` of `totalRows`: as many whole blocks as fit
 * in the cell budget (at least one). Queuing several blocks per sync keeps the sync count low while each
 * range request stays ≤ 5000 rows.
 */
export function nextSyncBlocks(
  start: number,
  totalRows: number,
  columns: number,
  limits: Limits = {},
): Block[] {
  const blockRows = blockRowsFor(columns, limits);
  const budget = Math.max(1, limits.cellBudget ?? DEFAULT_CELL_BUDGET);
  const blocksPerSync = Math.max(1, Math.floor(budget / (blockRows * Math.max(1, columns))));
  const blocks: Block[] = [];
  let row = start;
  while (row < totalRows && blocks.length < blocksPerSync) {
    const count = Math.min(blockRows, totalRows - row);
    blocks.push({ start: row, count });
    row += count;
  }
  return blocks;
}

/** The whole read plan (with a fixed budget): one inner array per sync. */
export function planReadSyncs(totalRows: number, columns: number, limits: Limits = {}): Block[][] {
  const syncs: Block[][] = [];
  let row = 0;
  while (row < totalRows) {
    const blocks = nextSyncBlocks(row, totalRows, columns, limits);
    syncs.push(blocks);
    row = blocks[blocks.length - 1].start + blocks[blocks.length - 1].count;
  }
  return syncs;
}

/**
 * Plans writes whose per-row byte estimates are known: blocks of ≤ maxBlockRows rows and ≤ cellBudget
 * cells, grouped into syncs of ≤ cellBudget cells and ≤ byteBudget bytes (a single row heavier than the
 * byte budget still gets its own sync — Excel cells are capped at 32,767 characters, so that is bounded).
 */
export function planWeightedSyncs(rowBytes: number[], columns: number, limits: Limits = {}): Block[][] {
  const blockRows = blockRowsFor(columns, limits);
  const cellBudget = Math.max(1, limits.cellBudget ?? DEFAULT_CELL_BUDGET);
  const byteBudget = Math.max(1, limits.byteBudget ?? TARGET_SYNC_BYTES);
  const cols = Math.max(1, columns);
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let syncCells = 0;
  let syncBytes = 0;
  let block: Block | null = null;
  const closeBlock = () => {
    if (block) current.push(block);
    block = null;
  };
  const closeSync = () => {
    closeBlock();
    if (current.length) syncs.push(current);
    current = [];
    syncCells = 0;
    syncBytes = 0;
  };
  for (let r = 0; r < rowBytes.length; r++) {
    const bytes = rowBytes[r];
    if (syncCells + cols > cellBudget || (syncBytes > 0 && syncBytes + bytes > byteBudget)) closeSync();
    if (block && block.count >= blockRows) closeBlock();
    if (!block) block = { start: r, count: 0 };
    block.count++;
    syncCells += cols;
    syncBytes += bytes;
  }
  closeSync();
  return syncs;
}

/** Approximate JSON size of a value as Office.js sends it (UTF-8; CJK ≈ 3 bytes). */
export function estimateCellBytes(v: unknown): number {
  if (v === null || v === undefined || v === '') return 3;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  const s = String(v);
  let bytes = s.length + 3;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff ? 2 : 1;
    else if (c === 0x22 || c === 0x5c || c < 0x20) bytes += 1;
  }
  return bytes;
}

export function estimateJsonBytes(rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const v of row) bytes += estimateCellBytes(v);
  }
  return bytes;
}

/** Lowers the cell budget when the observed bytes per cell exceed the assumption (never raises it). */
export function adaptCellBudget(current: number, observedBytes: number, observedCells: number): number {
  if (observedCells <= 0) return current;
  const perCell = observedBytes / observedCells;
  if (perCell <= ASSUMED_CELL_BYTES) return current;
  return Math.max(1, Math.min(current, Math.floor(TARGET_SYNC_BYTES / perCell)));
}

/** Consecutive runs of items for which `same(prev, next)` holds. */
export function runsOf<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && same(last[last.length - 1], item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** Bands of equal, non-null value: `[{ start, count, value }]` over a per-row array (0-based). */
export function bands<V>(
  values: ReadonlyArray<V | null | undefined>,
): Array<{ start: number; count: number; value: V }> {
  const out: Array<{ start: number; count: number; value: V }> = [];
  values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const last = out[out.length - 1];
    if (last && last.value === value && last.start + last.count === i) last.count++;
    else out.push({ start: i, count: 1, value });
  });
  return out;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}

/** Pads a block read from the used range to an A1-anchored grid row. */
export function padRow(row: readonly CellValue[], leftPad: number): CellValue[] {
  const out: CellValue[] = new Array(leftPad).fill(null);
  for (const v of row) out.push(v === '' || v === undefined ? null : v);
  return out;
}
