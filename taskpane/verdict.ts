/**
 * One line per person for the pane's list: passes, falls short (and by how
 * much), sector rules, or no records — from the report model, never recomputed.
 */
import type { ReportPerson, ReportYear } from '../src/report/types';
import type { Hours } from '../src/rules/types';

export type VerdictKind = 'pass' | 'fail' | 'sector' | 'none';

export interface PersonVerdict {
  kind: VerdictKind;
  /** Years that fall short (of the window when there is one, else the last year). */
  failingYears: number[];
  /** Summed shortfall over the failing years (each-year), or the window's (pooled). */
  shortfall: Hours;
  /** The window's span, when judged by one. */
  window: { from: number; to: number } | null;
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

export function personVerdict(p: ReportPerson): PersonVerdict {
  const w = p.window;
  if (p.status === 'sector') {
    return {
      kind: 'sector',
      failingYears: [],
      shortfall: { ...ZERO },
      window: w ? { from: w.from, to: w.to } : null,
    };
  }
  if (w) {
    if (w.compliant)
      return { kind: 'pass', failingYears: [], shortfall: { ...ZERO }, window: { from: w.from, to: w.to } };
    const shortfall =
      w.policy === 'pooled'
        ? {
            public: Math.max(0, w.required.public - w.totals.public),
            professional: Math.max(0, w.required.professional - w.totals.professional),
          }
        : sumShortfallsOfWindow(p, w.failingYears);
    return { kind: 'fail', failingYears: [...w.failingYears], shortfall, window: { from: w.from, to: w.to } };
  }
  const last = p.years[p.years.length - 1];
  if (!last) return { kind: 'none', failingYears: [], shortfall: { ...ZERO }, window: null };
  if (last.compliant || last.deemed)
    return { kind: 'pass', failingYears: [], shortfall: { ...ZERO }, window: null };
  return { kind: 'fail', failingYears: [last.year], shortfall: { ...last.shortfall }, window: null };
}

/** A failing year with no activity at all is short by the full 30 and 60. */
function sumShortfallsOfWindow(p: ReportPerson, failing: readonly number[]): Hours {
  const byYear = new Map(p.years.map((y) => [y.year, y]));
  const known = failing.map((y) => byYear.get(y)).filter((y): y is ReportYear => y !== undefined);
  const missing = failing.length - known.length;
  const s = sumShortfalls(known);
  return { public: s.public + 30 * missing, professional: s.professional + 60 * missing };
}
