/**
 * Properties of the engine over random ledgers (fast-check): what must hold
 * whatever the activities are.
 */
import fc from 'fast-check';
import { BUILT_IN_KINDS } from './kinds';
import { CAP_GROUPS } from './caps';
import { dayNumber } from './dates';
import { evaluatePerson, yearOf } from './evaluate';
import type { Activity, Policy } from './types';
import { checkWindow, titleWindow } from './window';

const KIND_CODES = BUILT_IN_KINDS.map((k) => k.code);
const HOUR_KINDS = BUILT_IN_KINDS.filter(
  (k) => k.credit.type === 'hoursPerDay' || k.credit.type === 'registeredHours',
).map((k) => k.code);

const day = fc
  .record({ y: fc.integer({ min: 2019, max: 2023 }), doy: fc.integer({ min: 0, max: 364 }) })
  .map(({ y, doy }) => dayNumber(y, 1, 1) + doy);

const activityArb = fc
  .record({
    kind: fc.constantFrom(...KIND_CODES),
    claimedHours: fc.option(
      fc.integer({ min: 0, max: 400 }).map((n) => n / 2),
      { nil: undefined },
    ),
    days: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    start: fc.option(day, { nil: undefined }),
    length: fc.integer({ min: 0, max: 500 }),
    year: fc.option(fc.integer({ min: 2019, max: 2023 }), { nil: undefined }),
    months: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    count: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    level: fc.option(fc.constantFrom('A', 'B', 'C', 'D'), { nil: undefined }),
    score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    passed: fc.option(fc.boolean(), { nil: undefined }),
    evidence: fc.constantFrom('证书', ''),
    declaredSubject: fc.option(fc.constantFrom('public' as const, 'professional' as const), {
      nil: undefined,
    }),
    title: fc.option(fc.constantFrom('论文甲', '论文乙', '专利丙'), { nil: undefined }),
  })
  .map((r): Omit<Activity, 'ref'> => {
    const a: Omit<Activity, 'ref'> = { personKey: 'p', kind: r.kind, evidence: r.evidence };
    if (r.claimedHours !== undefined) a.claimedHours = r.claimedHours;
    if (r.days !== undefined) a.days = r.days;
    if (r.start !== undefined) {
      a.start = r.start;
      a.end = r.start + (r.length % 400);
    } else if (r.year !== undefined) a.year = r.year;
    if (r.start !== undefined && r.year !== undefined && r.length % 3 === 0) a.year = r.year;
    if (r.months !== undefined) a.months = r.months;
    if (r.count !== undefined) a.count = r.count;
    if (r.level !== undefined) a.level = r.level;
    if (r.score !== undefined) a.score = r.score;
    if (r.passed !== undefined) a.passed = r.passed;
    if (r.declaredSubject !== undefined) a.declaredSubject = r.declaredSubject;
    if (r.title !== undefined) a.title = r.title;
    return a;
  });

const ledgerArb = fc
  .array(activityArb, { minLength: 0, maxLength: 25 })
  .map((list) => list.map((a, i) => ({ ...a, ref: `S!${i + 2}` }) as Activity));

const policyArb: fc.Arbitrary<Policy> = fc.record({
  windowPolicy: fc.constantFrom('each-year' as const, 'pooled' as const),
  applicationYear: fc.constantFrom('complete' as const, 'in-progress' as const),
  qualificationYearStart: fc.constantFrom('after' as const, 'same' as const),
  strictEvidence: fc.boolean(),
  judgeSectorStaff: fc.boolean(),
  // Read by the ledger layer only: the engine never looks at it.
  trainingWordBySubject: fc.constant(true),
});

const person = { key: 'p', name: '甲' };
const RUNS = { numRuns: 300 };

describe('engine properties', () => {
  test('credited never exceeds claimed for hour-based kinds', () => {
    fc.assert(
      fc.property(ledgerArb, (activities) => {
        const ev = evaluatePerson(person, activities);
        for (const c of ev.credits) {
          if (HOUR_KINDS.includes(c.kind) && c.claimed !== null)
            expect(c.credited).toBeLessThanOrEqual(c.claimed + 1e-9);
        }
      }),
      RUNS,
    );
  });

  test('no yearly cap is ever exceeded', () => {
    fc.assert(
      fc.property(ledgerArb, policyArb, (activities, policy) => {
        const ev = evaluatePerson(person, activities, { policy });
        const groupOf = new Map(BUILT_IN_KINDS.map((k) => [k.code, k.capGroup]));
        for (const y of ev.years) {
          for (const g of CAP_GROUPS) {
            const sum = y.credits
              .filter((c) => groupOf.get(c.kind) === g.code)
              .reduce((s, c) => s + c.public + c.professional, 0);
            expect(sum).toBeLessThanOrEqual(g.yearlyCap + 1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  test('the order of activities does not change any result', () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((l) =>
          fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length })),
        ),
        policyArb,
        ([a, b], policy) => {
          const ea = evaluatePerson(person, a, { policy });
          const eb = evaluatePerson(person, b, { policy });
          expect(eb.years).toEqual(ea.years);
          expect(eb.credits).toEqual(ea.credits);
          expect(eb.issues).toEqual(ea.issues);
        },
      ),
      RUNS,
    );
  });

  test('adding an activity never lowers a person-year, nor the total beyond what its own 成果 had', () => {
    fc.assert(
      fc.property(ledgerArb, activityArb, policyArb, (activities, extra, policy) => {
        const before = evaluatePerson(person, activities, { policy });
        const added = { ...extra, ref: 'S!999' } as Activity;
        const after = evaluatePerson(person, [...activities, added], { policy });
        // 四(三): "同一项目成果，不重复计算". An earlier record of a 成果 takes its credit
        // to that earlier year (where a full cap may leave it nothing): only then may
        // a year lose hours, and the total lose no more than that 成果's other
        // records had. Any other record, a 成果 included, lowers nothing.
        const key = after.credits.find((c) => c.ref === 'S!999')?.achievementKey;
        const sameAchievement = new Set(
          before.credits.filter((c) => key !== undefined && c.achievementKey === key).map((c) => c.ref),
        );
        let atStake = 0;
        for (const y of before.years) {
          for (const c of y.credits) if (sameAchievement.has(c.ref)) atStake += c.public + c.professional;
        }
        if (atStake === 0) {
          for (const y of before.years) {
            expect(yearOf(after, y.year).totalHours).toBeGreaterThanOrEqual(y.totalHours - 1e-9);
          }
        }
        const total = (e: typeof before) => e.years.reduce((s, y) => s + y.totalHours, 0);
        expect(total(after)).toBeGreaterThanOrEqual(total(before) - atStake - 1e-9);
      }),
      RUNS,
    );
  });

  test('四(三): a 成果 earns, over all its records and years, no more than its worthiest record', () => {
    fc.assert(
      fc.property(ledgerArb, policyArb, (activities, policy) => {
        const ev = evaluatePerson(person, activities, { policy });
        const keyOf = new Map(ev.credits.map((c) => [c.ref, c.achievementKey]));
        const worth = new Map<string, number>();
        for (const c of ev.credits) {
          if (c.achievementKey !== undefined)
            worth.set(c.achievementKey, Math.max(worth.get(c.achievementKey) ?? 0, c.credited));
        }
        const earned = new Map<string, number>();
        for (const y of ev.years) {
          for (const a of y.credits) {
            const key = keyOf.get(a.ref);
            if (key !== undefined) earned.set(key, (earned.get(key) ?? 0) + a.public + a.professional);
          }
        }
        for (const [key, hours] of earned) expect(hours).toBeLessThanOrEqual(worth.get(key)! + 1e-9);
      }),
      RUNS,
    );
  });

  test('a window that passes each-year also passes pooled', () => {
    fc.assert(
      fc.property(
        ledgerArb,
        policyArb,
        fc.integer({ min: 2019, max: 2024 }),
        fc.option(fc.integer({ min: 2015, max: 2024 }), { nil: undefined }),
        (activities, policy, titleYear, q) => {
          const ev = evaluatePerson({ ...person, qualificationYear: q }, activities, { policy });
          const w = titleWindow(titleYear, q, policy);
          const each = checkWindow(w, (y) => yearOf(ev, y), { ...policy, windowPolicy: 'each-year' });
          const pooled = checkWindow(w, (y) => yearOf(ev, y), { ...policy, windowPolicy: 'pooled' });
          if (each.compliant) expect(pooled.compliant).toBe(true);
        },
      ),
      RUNS,
    );
  });

  test('bad input never throws out of the core', () => {
    const anyValue = fc.oneof(fc.constant(undefined), fc.double(), fc.integer(), fc.string());
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.oneof(fc.constantFrom(...KIND_CODES), fc.string()),
            claimedHours: anyValue,
            days: anyValue,
            start: anyValue,
            end: anyValue,
            year: anyValue,
            months: anyValue,
            count: anyValue,
            level: anyValue,
            score: anyValue,
          }),
          { maxLength: 10 },
        ),
        (raw) => {
          const acts = raw.map((r, i) => ({ ...r, ref: `S!${i}`, personKey: 'p' }) as unknown as Activity);
          expect(() => evaluatePerson(person, acts)).not.toThrow();
        },
      ),
      RUNS,
    );
  });
});
