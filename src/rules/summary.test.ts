/**
 * The engine's hand-written fast paths against the plain versions they replace:
 * the insertion sort of a person's credits, the one-pass overlap pre-check and
 * the 成果 key's shortcut for text that needs no folding.
 */
import fc from 'fast-check';
import { achievementKeyOf } from './credit';
import { overlapIssues } from './overlap';
import { canonicalOrder, sortCanonical } from './summary';
import { normaliseText } from './text';
import type { ActivityCredit } from './types';

const creditArb = fc
  .record({
    row: fc.integer({ min: 2, max: 60 }),
    start: fc.option(fc.integer({ min: 18_000, max: 18_060 }), { nil: undefined }),
    length: fc.integer({ min: -3, max: 12 }),
    year: fc.integer({ min: 2019, max: 2023 }),
    credited: fc.integer({ min: 0, max: 80 }),
    daily: fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
    kind: fc.constantFrom('job-training', 'public-course', 'publication'),
  })
  .map((r): ActivityCredit => ({
    ref: `S!${r.row}`,
    personKey: 'p',
    kind: r.kind,
    clause: '四(一)2',
    claimed: r.credited,
    shares: [{ year: r.year, public: 0, professional: r.credited }],
    credited: r.credited,
    issues: [],
    pendingReview: false,
    capGroup: undefined,
    achievementKey: undefined,
    start: r.start,
    end: r.start === undefined ? undefined : r.start + r.length,
    dailyHours: r.daily,
  }));

describe('sortCanonical', () => {
  it('orders any list exactly as the built-in sort with canonicalOrder does, short or long', () => {
    fc.assert(
      fc.property(fc.array(creditArb, { maxLength: 120 }), (credits) => {
        const expected = [...credits].sort(canonicalOrder);
        expect(sortCanonical([...credits])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('overlapIssues', () => {
  it('finds the same overlaps whatever the order of the credits (one pass when ordered, pairs otherwise)', () => {
    fc.assert(
      fc.property(fc.array(creditArb, { maxLength: 30 }), (credits) => {
        const ordered = sortCanonical([...credits]);
        const reversed = [...ordered].reverse();
        expect(overlapIssues(reversed)).toEqual(overlapIssues(ordered));
        expect(overlapIssues(credits)).toEqual(overlapIssues(ordered));
      }),
      { numRuns: 300 },
    );
  });

  it('warns when two ordered records of 6 hours a day share a day, and not when they only touch', () => {
    const at = (row: number, start: number, end: number): ActivityCredit => ({
      ref: `S!${row}`,
      personKey: 'p',
      kind: 'job-training',
      clause: '四(一)2',
      claimed: 6 * (end - start + 1),
      shares: [{ year: 2023, public: 0, professional: 6 * (end - start + 1) }],
      credited: 6 * (end - start + 1),
      issues: [],
      pendingReview: false,
      capGroup: undefined,
      achievementKey: undefined,
      start,
      end,
      dailyHours: 6,
    });
    expect(overlapIssues([at(2, 19_000, 19_003), at(3, 19_003, 19_004)]).map((i) => i.code)).toEqual([
      'overlap-over-daily-cap',
    ]);
    expect(overlapIssues([at(2, 19_000, 19_003), at(3, 19_004, 19_005)])).toEqual([]);
  });

  it('a record spread thin over more than a week (20 hours online in a year) tips no day over 8', () => {
    const credit = (row: number, start: number, end: number, hours: number): ActivityCredit => ({
      ref: `S!${row}`,
      personKey: 'p',
      kind: 'job-training',
      clause: '四(一)2',
      claimed: hours,
      shares: [{ year: 2024, public: 0, professional: hours }],
      credited: hours,
      issues: [],
      pendingReview: false,
      capGroup: undefined,
      achievementKey: undefined,
      start,
      end,
      dailyHours: hours / (end - start + 1),
    });
    const training = credit(2, 19_800, 19_802, 24);
    expect(overlapIssues([credit(1, 19_720, 20_085, 20), training])).toEqual([]);
    // a week's course of 2 hours a day still counts
    expect(overlapIssues([credit(1, 19_796, 19_805, 20), training]).map((i) => i.code)).toEqual([
      'overlap-over-daily-cap',
    ]);
  });
});

describe('achievementKeyOf', () => {
  const slowKey = (title: string) =>
    normaliseText(title).replace(/[《》"“”'‘’.,，。:：;；!！?？、()[\]【】-]/g, '') || undefined;

  it('gives the folded key for any title, with or without the shortcut', () => {
    const chars = fc.constantFrom(...'论文研究ABCabc012３４《》（） 　-、.:'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const title = list.join('');
        expect(achievementKeyOf({ ref: 'S!2', personKey: 'p', kind: 'publication', title })).toBe(
          slowKey(title),
        );
      }),
      { numRuns: 500 },
    );
  });
});
