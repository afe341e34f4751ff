/**
 * Person-year summaries: the same 成果 counted once (四(三)), yearly caps per
 * group (四(一)1 30, 四(二) 40, 四(三) 30), 公需 / 专业 totals and the verdict of 一
 * (公需 ≥ 30 and 专业 ≥ 60), or deemed complete (四(六)1).
 */
import { dayNumber } from './dates';
import { atLeast, clean } from './exact';
import { ruleIssue } from './issues';
import { YEARLY_REQUIREMENT } from './notice';
import type {
  ActivityCredit,
  AppliedCredit,
  CapGroup,
  PersonYearSummary,
  RuleIssue,
  YearShare,
} from './types';

/** Shared by every applied credit without an issue; replaced, never mutated. */
const NO_ISSUES = Object.freeze([]) as unknown as RuleIssue[];

/** A deterministic order so that results never depend on the ledger's row order. */
export function canonicalOrder(a: ActivityCredit, b: ActivityCredit): number {
  const ka = a.start ?? sortDay(a);
  const kb = b.start ?? sortDay(b);
  if (ka !== kb) return ka - kb;
  if (a.ref !== b.ref) return a.ref < b.ref ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.credited - b.credited;
}

function sortDay(c: ActivityCredit): number {
  if (c.start !== undefined) return c.start;
  if (c.end !== undefined) return c.end;
  const y = c.shares[0]?.year;
  return y === undefined ? Number.MAX_SAFE_INTEGER : dayNumber(y, 1, 1);
}

/**
 * 四(三) "同一项目成果，不重复计算": across categories and years, the first record
 * (in canonical order) of a 成果 counts; later ones are refused with a reason.
 * Returns new credits; the input is not changed.
 */
export function dedupeAchievements(ordered: readonly ActivityCredit[]): ActivityCredit[] {
  if (!ordered.some((c) => c.achievementKey !== undefined)) return ordered.slice();
  const firstRef = new Map<string, string>();
  return ordered.map((c) => {
    if (c.achievementKey === undefined || c.shares.length === 0) return c;
    const first = firstRef.get(c.achievementKey);
    if (first === undefined) {
      firstRef.set(c.achievementKey, c.ref);
      return c;
    }
    return {
      ...c,
      shares: [],
      credited: 0,
      issues: [...c.issues, ruleIssue('duplicate-achievement', 'warning', c.clause, { first }, c.ref)],
    };
  });
}

/**
 * Summarises one person-year from credits already in canonical order and
 * deduplicated. Caps are filled in that order: the later records are cut.
 */
export function summariseYear(
  personKey: string,
  year: number,
  ordered: readonly ActivityCredit[],
  capGroups: ReadonlyMap<string, CapGroup>,
  status: PersonYearSummary['status'],
): PersonYearSummary {
  const credits: ActivityCredit[] = [];
  const shares: YearShare[] = [];
  for (const credit of ordered) {
    for (const share of credit.shares) {
      if (share.year !== year) continue;
      credits.push(credit);
      shares.push(share);
    }
  }
  return summariseEntries(personKey, year, credits, shares, capGroups, status);
}

/**
 * Every year with a share, plus `extraYears` (declared years with no credit),
 * ascending: one pass over the credits instead of one per year.
 */
export function summariseYears(
  personKey: string,
  ordered: readonly ActivityCredit[],
  capGroups: ReadonlyMap<string, CapGroup>,
  status: PersonYearSummary['status'],
  extraYears: Iterable<number> = [],
): PersonYearSummary[] {
  // Per year, the credits and their shares side by side (no entry object per share).
  const byYear = new Map<number, { credits: ActivityCredit[]; shares: YearShare[] }>();
  for (const credit of ordered) {
    for (const share of credit.shares) {
      const list = byYear.get(share.year);
      if (list) {
        list.credits.push(credit);
        list.shares.push(share);
      } else byYear.set(share.year, { credits: [credit], shares: [share] });
    }
  }
  for (const y of extraYears) if (!byYear.has(y)) byYear.set(y, { credits: [], shares: [] });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.map((y) => {
    const list = byYear.get(y) as { credits: ActivityCredit[]; shares: YearShare[] };
    return summariseEntries(personKey, y, list.credits, list.shares, capGroups, status);
  });
}

function summariseEntries(
  personKey: string,
  year: number,
  shareCredits: readonly ActivityCredit[],
  shares: readonly YearShare[],
  capGroups: ReadonlyMap<string, CapGroup>,
  status: PersonYearSummary['status'],
): PersonYearSummary {
  let used: Map<string, number> | undefined;
  const credits: AppliedCredit[] = [];
  const issues: RuleIssue[] = [];
  let pub = 0;
  let pro = 0;
  let deemed = false;
  for (let i = 0; i < shares.length; i++) {
    const c = shareCredits[i];
    const share = shares[i];
    if (share.deemed) deemed = true;
    let sharePublic = share.public;
    let shareProfessional = share.professional;
    const before = sharePublic + shareProfessional;
    const applied: AppliedCredit = {
      ref: c.ref,
      kind: c.kind,
      clause: c.clause,
      beforeCaps: before,
      public: 0,
      professional: 0,
      issues: NO_ISSUES,
    };
    const group = c.capGroup === undefined ? undefined : capGroups.get(c.capGroup);
    if (group && before > 0) {
      used ??= new Map();
      const sofar = used.get(group.code) ?? 0;
      const room = Math.max(0, group.yearlyCap - sofar);
      const take = Math.min(before, room);
      if (take < before) {
        const ratio = take / before;
        sharePublic *= ratio;
        shareProfessional *= ratio;
        const issue = ruleIssue(
          'yearly-cap',
          'warning',
          group.clause,
          { cap: group.yearlyCap, group: group.name, before: clean(before), after: clean(take), year },
          c.ref,
        );
        applied.issues = [issue];
        issues.push(issue);
      }
      used.set(group.code, sofar + take);
    }
    applied.public = clean(sharePublic);
    applied.professional = clean(shareProfessional);
    pub += sharePublic;
    pro += shareProfessional;
    credits.push(applied);
  }
  const publicHours = clean(pub);
  const professionalHours = clean(pro);
  const req = YEARLY_REQUIREMENT;
  const meets = atLeast(publicHours, req.publicHours) && atLeast(professionalHours, req.professionalHours);
  return {
    personKey,
    year,
    publicHours,
    professionalHours,
    totalHours: clean(pub + pro),
    deemed,
    status,
    compliant: deemed || meets,
    shortfall: deemed
      ? { public: 0, professional: 0 }
      : {
          public: clean(Math.max(0, req.publicHours - publicHours)),
          professional: clean(Math.max(0, req.professionalHours - professionalHours)),
        },
    credits,
    issues,
  };
}

/** A year with no record: zeros and a failing verdict. */
export function emptyYear(
  personKey: string,
  year: number,
  status: PersonYearSummary['status'],
): PersonYearSummary {
  return summariseYear(personKey, year, [], new Map(), status);
}
