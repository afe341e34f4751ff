/**
 * One line per person for the pane's list: passes, falls short (and by how
 * much), sector rules, or no records — from the report model, never recomputed.
 */
import type { ReportOptions, ReportPerson, ReportYear } from '../src/report/types';
import { personStanding, personVerdict as sharedVerdict } from '../src/report/verdict';
import type { Hours } from '../src/rules/types';

export type VerdictKind = 'pass' | 'fail' | 'review' | 'sector' | 'none';

export interface PersonVerdict {
  kind: VerdictKind;
  /** Years that fall short (of the window when there is one, else the last year). */
  failingYears: number[];
  /** Summed shortfall over the failing years (each-year), or the window's (pooled). */
  shortfall: Hours;
  /** The window's span, when judged by one. */
  window: { from: number; to: number } | null;
  /** 待核实: the rows the verdict rests on that carry an error (`台账!12`). */
  reviewRows?: string[];
}

const ZERO: Hours = { public: 0, professional: 0 };

function sumShortfalls(years: readonly ReportYear[]): Hours {
  return years.reduce(
    (acc, y) => ({
      public: acc.public + y.shortfall.public,
      professional: acc.professional + y.shortfall.professional,
    }),
    { ...ZERO },
  );
}

/**
 * The pass/fail itself is the shared rule of src/report/verdict.ts (the one the
 * summary counts and the CLI's exit status use); this adds what the list shows.
 */
export function personVerdict(
  p: ReportPerson,
  options: Pick<ReportOptions, 'year' | 'titleYear'> = {},
): PersonVerdict {
  const w = p.window;
  const span = w ? { from: w.from, to: w.to } : null;
  const verdict = sharedVerdict(p, options);
  if (verdict === null) return { kind: 'sector', failingYears: [], shortfall: { ...ZERO }, window: span };
  if (p.years.length === 0 && !w)
    return { kind: 'none', failingYears: [], shortfall: { ...ZERO }, window: null };
  if (verdict) return { kind: 'pass', failingYears: [], shortfall: { ...ZERO }, window: span };
  if (personStanding(p, options) === 'review') {
    const rows = new Set<string>();
    for (const y of p.years) for (const r of y.review ?? []) rows.add(r);
    for (const r of w?.review ?? []) rows.add(r);
    return { kind: 'review', failingYears: [], shortfall: { ...ZERO }, window: span, reviewRows: [...rows] };
  }
  if (w && !w.compliant) {
    const shortfall =
      w.policy === 'pooled'
        ? {
            public: Math.max(0, w.required.public - w.totals.public),
            professional: Math.max(0, w.required.professional - w.totals.professional),
          }
        : sumShortfallsOfWindow(p, w.failingYears);
    return { kind: 'fail', failingYears: [...w.failingYears], shortfall, window: span };
  }
  // A year to verify that passes with its suspect rows is not short; one that fails beside
  // rows an error left at nothing still is.
  const failing = p.years.filter(
    (y) => !y.compliant && (!y.review || y.shortfall.public + y.shortfall.professional > 0),
  );
  return {
    kind: 'fail',
    failingYears: failing.map((y) => y.year),
    shortfall: sumShortfalls(failing),
    window: span,
  };
}

/** A failing year with no activity at all is short by the full 30 and 60. */
function sumShortfallsOfWindow(p: ReportPerson, failing: readonly number[]): Hours {
  const byYear = new Map(p.years.map((y) => [y.year, y]));
  const known = failing.map((y) => byYear.get(y)).filter((y): y is ReportYear => y !== undefined);
  const missing = failing.length - known.length;
  const s = sumShortfalls(known);
  return { public: s.public + 30 * missing, professional: s.professional + 60 * missing };
}
