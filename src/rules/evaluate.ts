/**
 * Evaluating one person: credit every activity, count each 成果 once, sum each
 * year under the caps, and decide whether the notice judges them at all
 * (sector staff, 四(六)2 and 五).
 */
import { creditsAsOf } from './asOf';
import { creditActivity } from './credit';
import { isoDate, yearOf as yearOfDay } from './dates';
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
  DayNumber,
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

export interface WindowOptions {
  /**
   * The day the window is judged on (the command line's as-of day): only what
   * has happened by then counts (`asOf.ts`): records that begin after it, and
   * credit in years after its year, count nothing, and a month-prorated record
   * counts its months up to it. Without it, every credit of the window's years.
   */
  asOf?: DayNumber;
  /** The book the evaluation used (its cap groups and kinds); the default book otherwise. */
  book?: RuleBook;
}

/**
 * The title-application window ending in `titleYear`, judged under `policy`,
 * as of `options.asOf` when given.
 * @example as of 2026-12-03, a 2027 window's 2027 counts nothing, even with a row dated 2027-03-01
 */
export function evaluateWindow(
  evaluation: PersonEvaluation,
  titleYear: number,
  policy: Policy = DEFAULT_POLICY,
  options: WindowOptions = {},
): WindowResult {
  const span = titleWindow(titleYear, evaluation.person.qualificationYear, policy);
  const { asOf } = options;
  if (asOf === undefined) return checkWindow(span, (y) => yearOf(evaluation, y), policy, evaluation.status);
  const book = options.book ?? defaultRuleBook();
  const cut = creditsAsOf(
    evaluation.credits,
    asOf,
    (kind) => book.kindByCode.get(kind)?.credit.type === 'monthsProrated',
  );
  const years = cut
    ? summariseYears(evaluation.person.key, cut.credits, book.capGroups, evaluation.status)
    : evaluation.years;
  const result = checkWindow(
    span,
    (y) => years.find((s) => s.year === y) ?? emptyYear(evaluation.person.key, y, evaluation.status),
    policy,
    evaluation.status,
  );
  const date = isoDate(asOf);
  if (cut) result.issues.push(ruleIssue('window-after-as-of', 'info', '四', { asOf: date, count: cut.cut }));
  const notBegun = span.years.filter((y) => y > yearOfDay(asOf));
  if (notBegun.length > 0)
    result.issues.push(
      ruleIssue('window-years-not-begun', 'info', '四', {
        years: notBegun.join('、'),
        yearsEn: notBegun.join(', '),
        asOf: date,
      }),
    );
  return result;
}
