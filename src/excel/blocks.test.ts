import {
  adaptCellBudget,
  bands,
  blockRowsFor,
  chunk,
  DEFAULT_CELL_BUDGET,
  estimateCellBytes,
  planReadSyncs,
  planWeightedSyncs,
  runsOf,
  TARGET_SYNC_BYTES,
} from './blocks';

describe('block planning', () => {
  it('caps blocks at 5000 rows and at the cell budget', () => {
    expect(blockRowsFor(12)).toBe(5000);
    expect(blockRowsFor(200)).toBe(1250); // 200 × 1250 = 250,000 cells
    expect(blockRowsFor(20000)).toBe(12);
    expect(blockRowsFor(10, { maxBlockRows: 99999 })).toBe(5000);
    expect(blockRowsFor(1e9)).toBe(1);
  });

  it.each([
    [1, 12, 1],
    [5000, 12, 1],
    [5001, 12, 1],
    [23456, 12, 2],
    [23456, 200, 19],
  ])('plans %i rows × %i columns in %i syncs', (rows, cols, syncs) => {
    const plan = planReadSyncs(rows, cols);
    expect(plan).toHaveLength(syncs);
    expect(plan.length).toBeLessThanOrEqual(Math.ceil(rows / Math.min(5000, blockRowsFor(cols))) + 1);
    const blocks = plan.flat();
    expect(blocks.reduce((n, b) => n + b.count, 0)).toBe(rows);
    for (const b of blocks) expect(b.count).toBeLessThanOrEqual(5000);
    for (const s of plan)
      expect(s.reduce((n, b) => n + b.count * cols, 0)).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
  });

  it('plans writes by estimated bytes', () => {
    const heavy = new Array(100).fill(TARGET_SYNC_BYTES / 10);
    const plan = planWeightedSyncs(heavy, 5);
    expect(plan).toHaveLength(10);
    const light = planWeightedSyncs(new Array(12001).fill(30), 3);
    expect(light.flat().map((b) => b.count)).toEqual([5000, 5000, 2001]);
    expect(light).toHaveLength(1);
  });

  it('lowers the budget when cells are fatter than assumed, never raises it', () => {
    expect(adaptCellBudget(250_000, 1_000_000, 100_000)).toBe(250_000); // 10 B/cell
    expect(adaptCellBudget(250_000, 6_400_000, 100_000)).toBe(65_536); // 64 B/cell → 4 MB / 64
  });

  it('estimates UTF-8 JSON bytes', () => {
    expect(estimateCellBytes('abc')).toBe(6);
    expect(estimateCellBytes('学时')).toBe(2 * 3 + 3);
    expect(estimateCellBytes(null)).toBe(3);
    expect(estimateCellBytes(12.5)).toBe(5);
  });

  it('groups bands and runs', () => {
    expect(bands(['a', 'a', null, 'b', 'b', 'a'])).toEqual([
      { start: 0, count: 2, value: 'a' },
      { start: 3, count: 2, value: 'b' },
      { start: 5, count: 1, value: 'a' },
    ]);
    expect(runsOf([1, 2, 3, 5, 6], (a, b) => b === a + 1)).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
