/**
 * Evaluating one person: credit every activity, count each 成果 once, sum each
 * year under the caps, and decide whether the notice judges them at all
 * (sector staff, 四(六)2 and 五).
 */
import { creditActivity } from './credit';
import { ruleIssue } from './issues';
import { overlapIssues } from './overlap';
import { isSound, sanitiseActivity } from './sanitise';
import { DEFAULT_POLICY } from './policy';
import { defaultRuleBook, type RuleBook } from './rulebook';
import { matchSector } from './sectors';
import { emptyYear, sortCanonical, summariseYears } from './summary';
import type {
  Activity,
  ActivityCredit,
  Person,
  PersonYearSummary,
  Policy,
  RuleIssue,
  SectorRule,
  WindowResult,
} from './types';
import { checkWindow, titleWindow } from './window';

export interface PersonEvaluation {
  person: Person;
  /** `sector`: 按行业规定, not judged by this notice (unless `judgeSectorStaff`). */
  status: 'evaluated' | 'sector';
  sector?: SectorRule;
  /** Every activity, in canonical order, with its explanation. */
  credits: ActivityCredit[];
  /** Each year with credit or activity, ascending. */
  years: PersonYearSummary[];
  /** Person-level issues (overlaps, maternity on a male ID, sector status). */
  issues: RuleIssue[];
}

export interface EvaluateOptions {
  book?: RuleBook;
  policy?: Policy;
}

function creditOrRefuse(raw: Activity, book: RuleBook, policy: Policy): ActivityCredit {
  // Sound activities (nearly all) pass through without a copy or an issue list.
  let issues: RuleIssue[] | undefined;
  let activity = raw;
  if (!isSound(raw)) {
    issues = [];
    activity = sanitiseActivity(raw, issues);
  }
  let kind = book.kindByCode.get(activity.kind);
  if (kind?.publicAs !== undefined && activity.declaredSubject === 'public')
    kind = book.kindByCode.get(kind.publicAs) ?? kind;
  if (kind) {
    const credit = creditActivity(activity, kind, policy);
    if (issues) credit.issues.unshift(...issues);
    return credit;
  }
  return {
    ref: activity.ref,
    personKey: activity.personKey,
    kind: activity.kind,
    clause: '四',
    claimed: activity.claimedHours ?? null,
    shares: [],
    credited: 0,
    issues: [
      ...(issues ?? []),
      ruleIssue('kind-unknown', 'error', null, { kind: String(activity.kind) }, activity.ref),
    ],
    pendingReview: false,
    capGroup: undefined,
    achievementKey: undefined,
    start: activity.start,
    end: activity.end,
    dailyHours: undefined,
  };
}

export function evaluatePerson(
  person: Person,
  activities: readonly Activity[],
  options: EvaluateOptions = {},
): PersonEvaluation {
  const book = options.book ?? defaultRuleBook();
  const policy = options.policy ?? DEFAULT_POLICY;
  // 职称系列 decides; without one, the 职称 (会计师 is the 会计 series).
  const seriesText = person.series ?? person.rank;
  const sector = matchSector(seriesText, book.sectors);
  const status = sector && !policy.judgeSectorStaff ? 'sector' : 'evaluated';

  const credits: ActivityCredit[] = new Array(activities.length);
  for (let i = 0; i < activities.length; i++) credits[i] = creditOrRefuse(activities[i], book, policy);
  // The same 成果 is counted once as the years are summed (四(三), see AchievementTally).
  sortCanonical(credits);

  // Years with activity but no credit (e.g. a refused row with a 年度) are listed too.
  const declaredYears: number[] = [];
  for (let i = 0; i < activities.length; i++) {
    const y = activities[i].year;
    if (typeof y === 'number' && Number.isInteger(y) && declaredYears.indexOf(y) < 0) declaredYears.push(y);
  }
  const years = summariseYears(person.key, credits, book.capGroups, status, declaredYears);

  const issues: RuleIssue[] = overlapIssues(credits);
  if (sector) {
    issues.push(
      ruleIssue('sector-staff', 'info', sector.clause, {
        series: seriesText ?? '',
        sector: sector.name,
        sectorEn: sector.nameEn,
        authority: sector.authority,
        authorityEn: sector.authorityEn,
      }),
    );
  }
  if (person.sex === 'male') {
    for (const a of activities) {
      const kind = book.kindByCode.get(a.kind);
      if (kind?.femaleOnly) issues.push(ruleIssue('maternity-male-id', 'warning', kind.clause, {}, a.ref));
    }
  }
  return { person, status, sector, credits, years, issues };
}

/** The summary of one year, or zeros and a failing verdict when the person did nothing in it. */
export function yearOf(evaluation: PersonEvaluation, year: number): PersonYearSummary {
  return (
    evaluation.years.find((y) => y.year === year) ?? emptyYear(evaluation.person.key, year, evaluation.status)
  );
}

/** The title-application window ending in `titleYear`, judged under `policy`. */
export function evaluateWindow(
  evaluation: PersonEvaluation,
  titleYear: number,
  policy: Policy = DEFAULT_POLICY,
): WindowResult {
  const span = titleWindow(titleYear, evaluation.person.qualificationYear, policy);
  return checkWindow(span, (y) => yearOf(evaluation, y), policy, evaluation.status);
}
