/**
 * Person-year summaries: the same 成果 counted once (四(三)), yearly caps per
 * group (四(一)1 30, 四(二) 40, 四(三) 30), 公需 / 专业 totals and the verdict of 一
 * (公需 ≥ 30 and 专业 ≥ 60), or deemed complete (四(六)1).
 */
import { dayNumber } from './dates';
import { atLeast, clean } from './exact';
import { ruleIssue } from './issues';
import { YEARLY_REQUIREMENT } from './notice';
import type { ActivityCredit, AppliedCredit, CapGroup, PersonYearSummary, RuleIssue } from './types';

/** Shared by every applied credit without an issue; replaced, never mutated. */
const NO_ISSUES = Object.freeze([]) as unknown as RuleIssue[];

/** The shortfall of every passing year: shared, never mutated. */
const NO_SHORTFALL: PersonYearSummary['shortfall'] = Object.freeze({ public: 0, professional: 0 });

/**
 * A deterministic order so that results never depend on the ledger's row
 * order: by start day, then end day (what ends first comes first), then ref
 * (the row). Days decide most ties without comparing refs, long strings.
 */
export function canonicalOrder(a: ActivityCredit, b: ActivityCredit): number {
  const ka = a.start ?? sortDay(a);
  const kb = b.start ?? sortDay(b);
  if (ka !== kb) return ka - kb;
  const ea = a.end ?? ka;
  const eb = b.end ?? kb;
  if (ea !== eb) return ea - eb;
  if (a.ref !== b.ref) return a.ref < b.ref ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.credited - b.credited;
}

/**
 * Sorts a person's credits in canonical order, in place. A person has tens of
 * records: an insertion sort needs no scratch memory, where the built-in sort
 * allocates a work copy on every call. Long lists use the built-in sort.
 */
export function sortCanonical(credits: ActivityCredit[]): ActivityCredit[] {
  return credits.length > 48 ? credits.sort(canonicalOrder) : insertionSort(credits, canonicalOrder);
}

/** A stable in-place sort for the short lists of one person. */
function insertionSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && compare(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

const ascending = (a: number, b: number): number => a - b;

function sortDay(c: ActivityCredit): number {
  if (c.start !== undefined) return c.start;
  if (c.end !== undefined) return c.end;
  const y = c.shares[0]?.year;
  return y === undefined ? Number.MAX_SAFE_INTEGER : dayNumber(y, 1, 1);
}

/**
 * 四(三) "同一项目成果，不重复计算", across categories and years. Years are summed
 * in ascending order and each year in canonical order; a 成果 keeps a tally of
 * the hours credited to it so far, after caps. A record of a 成果 earns only
 * what its own worth (items × 10) exceeds the hours the 成果 already earned: a duplicate earns nothing, a row of 2 items after a row of 1 item adds
 * 1, and a 成果 whose first record a full yearly cap left at 0 was never counted,
 * so its next record counts.
 */
export class AchievementTally {
  /** Per 成果 key: its first record that earned anything, and the hours all its records earned. */
  private readonly byKey = new Map<string, { first: string | undefined; hours: number }>();

  /**
   * What a share of a 成果's record may earn: what is left of the record's
   * worth after the hours the 成果 earned so far (its other records, and this
   * record's shares of earlier years), with the issue when that is less.
   */
  allow(c: ActivityCredit, hours: number, year: number): { hours: number; issue?: RuleIssue } {
    const tally = c.achievementKey === undefined ? undefined : this.byKey.get(c.achievementKey);
    if (tally === undefined || tally.first === undefined) return { hours };
    const allowed = Math.min(hours, Math.max(0, c.credited - tally.hours));
    if (allowed >= hours - 1e-9) return { hours };
    const issue =
      allowed <= 0
        ? ruleIssue('duplicate-achievement', 'warning', c.clause, { first: tally.first, year }, c.ref)
        : ruleIssue(
            'duplicate-achievement-extra',
            'warning',
            c.clause,
            {
              first: tally.first,
              counted: clean(tally.hours),
              before: clean(hours),
              after: clean(allowed),
              year,
            },
            c.ref,
          );
    return { hours: allowed, issue };
  }

  /** Records what a share of a 成果's record earned after caps. */
  credit(c: ActivityCredit, hours: number): void {
    const key = c.achievementKey;
    if (key === undefined) return;
    let tally = this.byKey.get(key);
    if (tally === undefined) this.byKey.set(key, (tally = { first: undefined, hours: 0 }));
    if (hours > 0 && tally.first === undefined) tally.first = c.ref;
    tally.hours += hours;
  }
}

/**
 * Summarises one person-year from credits in canonical order. A 成果 already
 * counted earns only what is left of it (`achievements`, the tally of the years
 * summarised before, see AchievementTally); then caps are filled in that order:
 * the later records are cut.
 */
export function summariseYear(
  personKey: string,
  year: number,
  ordered: readonly ActivityCredit[],
  capGroups: ReadonlyMap<string, CapGroup>,
  status: PersonYearSummary['status'],
  achievements?: AchievementTally,
): PersonYearSummary {
  // Count first, so the list is allocated once at its size.
  let count = 0;
  for (let c = 0; c < ordered.length; c++) {
    const shares = ordered[c].shares;
    for (let s = 0; s < shares.length; s++) if (shares[s].year === year) count++;
  }
  const credits: AppliedCredit[] = new Array(count);
  let issues: RuleIssue[] | undefined;
  let usedGroups: string[] | undefined;
  let usedHours: number[] | undefined;
  let pub = 0;
  let pro = 0;
  let deemed = false;
  let n = 0;
  for (let ci = 0; ci < ordered.length && n < count; ci++) {
    const c = ordered[ci];
    const shares = c.shares;
    for (let si = 0; si < shares.length; si++) {
      const share = shares[si];
      if (share.year !== year) continue;
      if (share.deemed) deemed = true;
      let sharePublic = share.public;
      let shareProfessional = share.professional;
      const before = sharePublic + shareProfessional;
      let appliedIssues = NO_ISSUES;
      // 四(三): what is left of a 成果 already counted.
      const tally = c.achievementKey === undefined ? undefined : achievements;
      let eligible = before;
      if (tally && before > 0) {
        const allowed = tally.allow(c, before, year);
        if (allowed.issue) {
          eligible = allowed.hours;
          const ratio = eligible / before;
          sharePublic *= ratio;
          shareProfessional *= ratio;
          appliedIssues = [allowed.issue];
          (issues ??= []).push(allowed.issue);
        }
      }
      const group = c.capGroup === undefined ? undefined : capGroups.get(c.capGroup);
      if (group && eligible > 0) {
        // The hours each cap group has taken so far this year (a few groups: a list, not a Map).
        usedGroups ??= [];
        usedHours ??= [];
        let g = usedGroups.indexOf(group.code);
        if (g < 0) {
          g = usedGroups.length;
          usedGroups.push(group.code);
          usedHours.push(0);
        }
        const sofar = usedHours[g];
        const room = Math.max(0, group.yearlyCap - sofar);
        const take = Math.min(eligible, room);
        if (take < eligible) {
          const ratio = take / eligible;
          sharePublic *= ratio;
          shareProfessional *= ratio;
          const issue = ruleIssue(
            'yearly-cap',
            'warning',
            group.clause,
            {
              cap: group.yearlyCap,
              group: group.name,
              groupEn: group.nameEn ?? group.name,
              before: clean(eligible),
              after: clean(take),
              year,
            },
            c.ref,
          );
          appliedIssues = appliedIssues === NO_ISSUES ? [issue] : [...appliedIssues, issue];
          (issues ??= []).push(issue);
        }
        usedHours[g] = sofar + take;
      }
      if (tally) tally.credit(c, sharePublic + shareProfessional);
      credits[n++] = {
        ref: c.ref,
        kind: c.kind,
        clause: c.clause,
        beforeCaps: before,
        public: clean(sharePublic),
        professional: clean(shareProfessional),
        issues: appliedIssues,
      };
      pub += sharePublic;
      pro += shareProfessional;
    }
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
    shortfall:
      deemed || meets
        ? NO_SHORTFALL
        : {
            public: clean(Math.max(0, req.publicHours - publicHours)),
            professional: clean(Math.max(0, req.professionalHours - professionalHours)),
          },
    credits,
    issues: issues ?? [],
  };
}

/**
 * Every year with a share, plus `extraYears` (declared years with no credit),
 * ascending. A person has a handful of years: each is summarised by a pass
 * over the person's credits, with no per-year lists built first.
 */
export function summariseYears(
  personKey: string,
  ordered: readonly ActivityCredit[],
  capGroups: ReadonlyMap<string, CapGroup>,
  status: PersonYearSummary['status'],
  extraYears: Iterable<number> = [],
): PersonYearSummary[] {
  const years: number[] = [];
  for (let c = 0; c < ordered.length; c++) {
    const shares = ordered[c].shares;
    for (let s = 0; s < shares.length; s++) {
      if (years.indexOf(shares[s].year) < 0) years.push(shares[s].year);
    }
  }
  for (const y of extraYears) if (years.indexOf(y) < 0) years.push(y);
  insertionSort(years, ascending);
  // Years ascending, so that a 成果 is counted in the first year that credits it.
  const achievements = ordered.some((c) => c.achievementKey !== undefined)
    ? new AchievementTally()
    : undefined;
  const out: PersonYearSummary[] = new Array(years.length);
  for (let i = 0; i < years.length; i++) {
    out[i] = summariseYear(personKey, years[i], ordered, capGroups, status, achievements);
  }
  return out;
}

/** A year with no record: zeros and a failing verdict. */
export function emptyYear(
  personKey: string,
  year: number,
  status: PersonYearSummary['status'],
): PersonYearSummary {
  return summariseYear(personKey, year, [], new Map(), status);
}
