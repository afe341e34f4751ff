/** The row-origin index reads as the Map of ref → origin it replaces. */
import fc from 'fast-check';
import { activityRef } from './findings';
import { refPrefix, RowOriginIndex } from './origins';
import type { RowOrigin } from './types';

describe('RowOriginIndex', () => {
  it('gives each recorded row its origin under its activityRef, and nothing else', () => {
    const index = new RowOriginIndex();
    index.add({ file: 'a.xlsx', sheet: '台账!2' }, 12);
    index.add({ sheet: '2023年' }, 8);
    expect(index.get('a.xlsx|台账!2!12')).toEqual({ file: 'a.xlsx', sheet: '台账!2', row: 12 });
    expect(index.get('2023年!8')).toEqual({ sheet: '2023年', row: 8 });
    for (const ref of ['2023年!9', '2023年!08', '2023年!8.0', '2023年!', 'a.xlsx|台账!2', '台账!2!12', ''])
      expect(index.get(ref)).toBeUndefined();
    expect(index.has('2023年!8')).toBe(true);
    expect(index.size).toBe(2);
  });

  it('builds the ref prefix activityRef uses', () => {
    expect(refPrefix({ file: 'd/a.xlsx', sheet: 'S' }) + 7).toBe(
      activityRef({ file: 'd/a.xlsx', sheet: 'S', row: 7 }),
    );
    expect(refPrefix({ sheet: 'S' }) + 7).toBe(activityRef({ sheet: 'S', row: 7 }));
  });

  const sourceArb = fc.record({
    file: fc.option(fc.constantFrom('a.xlsx', 'b|c.csv'), { nil: undefined }),
    sheet: fc.constantFrom('台账', '2023年', 'x!1', 'S'),
  });
  const addsArb = fc.array(fc.tuple(sourceArb, fc.integer({ min: 1, max: 3000 })), { maxLength: 60 });

  function asMap(adds: Array<[{ file?: string; sheet: string }, number]>): Map<string, RowOrigin> {
    const m = new Map<string, RowOrigin>();
    for (const [s, row] of adds) {
      const o: RowOrigin =
        s.file !== undefined ? { file: s.file, sheet: s.sheet, row } : { sheet: s.sheet, row };
      m.set(activityRef(o), o);
    }
    return m;
  }

  it('equals a Map filled with the same rows: lookups, size and, rows ascending per source, order', () => {
    fc.assert(
      fc.property(addsArb, (adds) => {
        // A reader records rows ascending within each source, sources one after another.
        const sorted = [...adds].sort(
          (x, y) => sourceRank(adds, x[0]) - sourceRank(adds, y[0]) || x[1] - y[1],
        );
        const index = new RowOriginIndex();
        for (const [s, row] of sorted) index.add(s, row);
        const map = asMap(sorted);
        expect(index.size).toBe(map.size);
        expect([...index]).toEqual([...map]);
        for (const [ref, o] of map) expect(index.get(ref)).toEqual(o);
        expect(index.get(`${[...map.keys()][0] ?? 'S!1'}0`)).toEqual(
          map.get(`${[...map.keys()][0] ?? 'S!1'}0`),
        );
      }),
    );
  });

  it('merges indexes as joining their Maps (lookups and size)', () => {
    fc.assert(
      fc.property(addsArb, addsArb, (a, b) => {
        const ia = new RowOriginIndex();
        const ib = new RowOriginIndex();
        for (const [s, row] of a) ia.add(s, row);
        for (const [s, row] of b) ib.add(s, row);
        const merged = RowOriginIndex.merge([ia, ib]);
        const map = asMap([...a, ...b]);
        expect(merged.size).toBe(map.size);
        for (const [ref, o] of map) expect(merged.get(ref)).toEqual(o);
        expect(new Set(merged.keys())).toEqual(new Set(map.keys()));
      }),
    );
  });
});

function sourceRank(
  adds: Array<[{ file?: string; sheet: string }, number]>,
  s: { file?: string; sheet: string },
): number {
  return adds.findIndex(([t]) => refPrefix(t) === refPrefix(s));
}
