/**
 * The range cache: one parse per distinct content, a changed range gives a
 * new answer, at most 8 ledgers kept, failures cached, frozen ranges by identity.
 */
import { CECOMPLIANT, CESTATUS, CESUMMARY } from '../../functions/functions';
import { fingerprintRange } from '../../functions/fingerprint';
import { ledgerViewCache } from '../../functions/ledgerView';
import { createRangeCache } from '../../functions/rangeCache';
import { errorOf } from './helpers';
import { ledgerA } from './ledgers';

/** A fresh deep copy, as Excel hands every call its own array. */
const copy = (rows: unknown[][]): unknown[][] => rows.map((r) => [...r]);

/** The row and column of a cell of `range` holding `text` in a row that also holds `rowText`. */
function locate(range: unknown[][], rowText: string, value: unknown): [number, number] {
  const r = range.findIndex((row) => row.includes(rowText) && row.includes(value));
  return [r, range[r].indexOf(value)];
}

beforeEach(() => {
  ledgerViewCache.setEnabled(true);
  ledgerViewCache.clear();
});

describe('one parse per distinct range content', () => {
  it('answers 1,000 calls over copies of one range with one parse', () => {
    const range = ledgerA();
    for (let i = 0; i < 1000; i++)
      expect(CECOMPLIANT(copy(range), i % 2 ? '张三' : '李四', 2023)).toBe(i % 2 === 1);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 1, hits: 999, size: 1 });
  });

  it('gives a new answer when one cell deep in the range changes, and the old one when it changes back', () => {
    const before = ledgerA();
    expect(CESTATUS(before, '李四', 2023)).toEqual([[20, 50, 70, false, '公需缺10学时，专业缺10学时']]);
    const after = copy(before);
    const [r, c] = locate(after, '公需课', 20);
    after[r][c] = 30;
    expect(CESTATUS(after, '李四', 2023)).toEqual([[30, 50, 80, false, '专业缺10学时']]);
    expect(CESTATUS(copy(before), '李四', 2023)).toEqual([[20, 50, 70, false, '公需缺10学时，专业缺10学时']]);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 2, hits: 1 });
  });

  it('sees an edit made in place to an unfrozen array', () => {
    const range = ledgerA();
    expect(CESTATUS(range, '李四', 2023)[0].slice(0, 2)).toEqual([20, 50]);
    const [r, c] = locate(range, '研修', 20);
    range[r][c] = 24; // 24 h over 3 days: within 8 a day
    expect(CESTATUS(range, '李四', 2023)[0].slice(0, 2)).toEqual([20, 54]);
    range[r][c] = 30; // 30 h over 3 days: capped at 24
    expect(CESTATUS(range, '李四', 2023)[0].slice(0, 2)).toEqual([20, 54]);
    expect(ledgerViewCache.stats().builds).toBe(3);
  });

  it('keeps at most 8 ledgers, least recently used out first', () => {
    const base = ledgerA();
    const variants = Array.from({ length: 9 }, (_, i) => {
      const v = copy(base);
      v[0][0] = `台账 ${i}`;
      return v;
    });
    for (const v of variants) CESUMMARY(v, 2023);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 9, size: 8 });
    CESUMMARY(copy(variants[8]), 2023); // still there
    expect(ledgerViewCache.stats().builds).toBe(9);
    CESUMMARY(copy(variants[0]), 2023); // evicted: parsed again
    expect(ledgerViewCache.stats().builds).toBe(10);
  });

  it('caches an unreadable range as its error', () => {
    const bad = [
      ['a', 'b'],
      [1, 2],
    ];
    const first = errorOf(() => CESUMMARY(copy(bad)));
    expect(errorOf(() => CESUMMARY(copy(bad)))).toEqual(first);
    expect(first.code).toBe('#VALUE!');
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 1, hits: 1 });
  });

  it('recognises a deeply frozen range by identity, without fingerprinting it again', () => {
    const range = Object.freeze(ledgerA().map((r) => Object.freeze(r))) as unknown as unknown[][];
    expect(CECOMPLIANT(range, '张三', 2023)).toBe(true);
    expect(CECOMPLIANT(range, '李四', 2023)).toBe(false);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 1, hits: 1, identityHits: 1 });
    // A copy with the same content shares the parse, by fingerprint.
    expect(CECOMPLIANT(copy(range), '张三', 2023)).toBe(true);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 1, hits: 2, identityHits: 1 });
  });

  it("parses on every call when turned off (the bench's baseline)", () => {
    ledgerViewCache.setEnabled(false);
    const range = ledgerA();
    CECOMPLIANT(range, '张三', 2023);
    CECOMPLIANT(range, '张三', 2023);
    expect(ledgerViewCache.stats()).toMatchObject({ builds: 2, hits: 0, size: 0 });
  });
});

describe('createRangeCache', () => {
  it('builds once per content and rethrows a cached failure', () => {
    let builds = 0;
    const cache = createRangeCache((rows) => {
      builds++;
      if (rows.length === 0) throw new Error('empty');
      return rows.length;
    }, 2);
    expect(cache.get([[1], [2]])).toBe(2);
    expect(cache.get([[1], [2]])).toBe(2);
    expect(() => cache.get([])).toThrow('empty');
    expect(() => cache.get([])).toThrow('empty');
    expect(builds).toBe(2);
  });
});

describe('fingerprintRange', () => {
  const differ: Array<[string, unknown[][], unknown[][]]> = [
    ['a number and its digits as text', [[1]], [['1']]],
    ['TRUE and 1', [[true]], [[1]]],
    ['blank and empty text', [[null]], [['']]],
    ['cells split differently', [['ab', '']], [['a', 'b']]],
    ['rows split differently', [[1, 2]], [[1], [2]]],
    ['one character changed', [['张三', 8]], [['张四', 8]]],
    ['a fraction changed', [[17.5]], [[17.25]]],
    ['zero and a tiny fraction', [[0]], [[1e-300]]],
    ['a trailing empty row', [[1]], [[1], []]],
    ['an error object', [[{ code: '#N/A' }]], [[{ code: '#REF!' }]]],
  ];
  it.each(differ)('tells apart %s', (_label, a, b) => {
    expect(fingerprintRange(a)).not.toBe(fingerprintRange(b));
  });

  it('is the same for equal content and starts with the shape', () => {
    const a = ledgerA();
    expect(fingerprintRange(copy(a))).toBe(fingerprintRange(a));
    expect(fingerprintRange(a)).toMatch(new RegExp(`^${a.length}x${a[2].length}:[0-9a-f]{16}$`));
  });
});
