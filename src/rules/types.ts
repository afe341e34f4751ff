/**
 * Types of the rules core: the notice 青人社字〔2023〕14号 as data, and what the
 * engine takes and returns. Nothing here touches Office.js, the DOM or files.
 */
import type { RULE_ISSUE_CODES } from './codes';

/** 公需 (public) or 专业 (professional), 三(一). */
export type Subject = 'public' | 'professional';

/** A citation of the notice, e.g. `四(一)2`, `四(四)4⑴`, `三(二)3`. */
export type Clause = string;

/**
 * A calendar day as an integer: days since 1970-01-01 (UTC). Cheap to compare
 * and subtract; see `./dates.ts` for conversions.
 */
export type DayNumber = number;

/** Hours split by subject. */
export interface Hours {
  public: number;
  professional: number;
}

/** How a kind of activity earns hours. One variant per credit mechanism. */
export type CreditMode =
  /** Actual hours, at most `perDayCap` × days (四(一)2, 四(一)3, 四(四)1, 三(二)3). */
  | { type: 'hoursPerDay'; perDayCap: number }
  /** Hours as registered; with `passRequired`, 0 unless passed (四(一)1); 六(二) 导师制. */
  | { type: 'registeredHours'; passRequired: boolean }
  /** Fixed hours per item (篇、本、项、门、模块) (四(一)4, 四(三), 四(四)3, 四(五) computer). */
  | { type: 'perItem'; hoursPerItem: number }
  /** Fixed hours per programme for each calendar year its term touches (四(二)). */
  | { type: 'perProgrammeYear'; hoursPerYear: number }
  /**
   * A year's worth of hours (`yearly`), prorated by months in each year
   * (四(四)2, 四(四)4). With `minMonthsExclusive`, a year with no more than that many
   * months earns nothing (四(四)4⑴⑵: "超过6个月").
   */
  | { type: 'monthsProrated'; yearly: Hours; minMonthsExclusive?: number }
  /** Exam with levels, credited in the exam year when the score reaches `passScore` (四(五) 职称外语). */
  | { type: 'examLevel'; levels: Record<string, number>; passScore: number }
  /** The year is deemed complete (四(六)1). */
  | { type: 'deemedComplete' };

/** How the subject of an activity is decided. */
export type SubjectRule =
  /** The notice fixes the subject; a contradicting ledger label is warned about. */
  | { type: 'fixed'; subject: Subject }
  /** The credit mode itself gives both subjects (四(四)2, 四(四)4). */
  | { type: 'both' }
  /** The ledger's subject column decides; where it is empty, `fallback` (专业). */
  | { type: 'declared'; fallback: Subject };

/** Groups whose credit is capped per person per calendar year. */
export interface CapGroup {
  code: string;
  clause: Clause;
  name: string;
  /** The name in English, for the en locale (a user's group may have none). */
  nameEn?: string;
  /** Yearly cap in hours, both subjects together. */
  yearlyCap: number;
}

/** Which year a fixed-credit item belongs to when no 归属年度 is declared. */
export type YearRule =
  /** Hours spanning New Year are split by days in each year. */
  | 'splitByDays'
  /** Month-based credit is split by months in each year. */
  | 'splitByMonths'
  /** The year of the evidence (certificate, publication, grant): the end date, else the start date. */
  | 'evidenceYear'
  /** Each calendar year the term touches (四(二)). */
  | 'eachYearOfTerm';

/** One kind of activity the notice credits. */
export interface ActivityKind {
  /** Stable code, e.g. `job-training`. */
  code: string;
  /** Chinese name, as the notice says it. */
  name: string;
  /** English name for the en locale. */
  nameEn: string;
  /** A short name for narrow places (a printed archive, a card): 学术会议、讲座 for the clause's five activities. */
  shortName?: string;
  /** The notice's own words and the words ledgers use. Matched after normalisation. */
  aliases: string[];
  /**
   * Aliases that real ledgers use for this kind but also for something else
   * (获奖 is usually a 科研成果奖励, sometimes a skills-contest prize): matched,
   * and the match is noted for the officer to check, like a keyword match.
   */
  uncertainAliases?: readonly string[];
  /**
   * The kind a row of this form is credited as when its subject is 公需: a 公需
   * course taken as an online course or a training is still 公需科目学习 (四(一)1,
   * organised by HRSS in those forms, 三(二)1), with its 30-hour yearly cap.
   */
  publicAs?: string;
  /**
   * A single date on a row of this kind is the day it was recorded or finished,
   * not a one-day activity: an online course (三(二)3) runs over weeks. Its days
   * are then unknown (no daily cap) unless a days column or a range gives them.
   */
  oneDateIsRecordDate?: boolean;
  clause: Clause;
  /** The clause's sentence, quoted from the notice. */
  clauseText: string;
  credit: CreditMode;
  subject: SubjectRule;
  /** Code of the yearly cap group, if any. */
  capGroup?: string;
  /** How credit is attributed to years when no 归属年度 is declared. */
  yearRule: YearRule;
  /** The evidence the notice names. */
  evidence: string[];
  /** Always flagged for review (六(二) 导师制). */
  alwaysReview?: boolean;
  /** Needs employer approval (四(四)4). */
  needsApproval?: boolean;
  /** Counts a 成果 once across categories and years (四(三)). */
  dedupeAchievements?: boolean;
  /** Maternity leave: a warning on a male ID (四(四)4⑶). */
  femaleOnly?: boolean;
  /** First day the rule applies (the notice's date, 2023-02-20), ISO. */
  effectiveFrom: string;
  /** True for kinds defined by the user under 四(四)5. */
  userDefined?: boolean;
}

/** A series whose staff follow their own sector's rules (四(六)2, 五). */
export interface SectorRule {
  code: string;
  name: string;
  nameEn: string;
  aliases: string[];
  clause: Clause;
  clauseText: string;
  /** Who registers their hours (五). */
  authority: string;
  /** The authority in English, for the en locale. */
  authorityEn: string;
}

/** The product decisions of interpretations.md, each a named option. */
export interface Policy {
  /** `each-year`: every year in the window passes; `pooled`: the window's totals reach 30·n / 60·n. */
  windowPolicy: 'each-year' | 'pooled';
  /** `complete`: the application year must pass; `in-progress`: its shortfall is only a warning. */
  applicationYear: 'complete' | 'in-progress';
  /** With a qualification year Q, the window starts at Q+1 (`after`) or at Q (`same`). */
  qualificationYearStart: 'after' | 'same';
  /** Exclude rows with no evidence instead of crediting them as 待核验. */
  strictEvidence: boolean;
  /** Judge 卫生/教师/会计/社工 staff by this notice anyway. */
  judgeSectorStaff: boolean;
  /**
   * Read by the ledger layer: an unknown form word that names a way of training or
   * studying (单位内训, 集中轮训, 外出学习) on a row whose 公需 / 专业 subject is given is
   * credited as that subject without a form column (四(一)1; 四(一)2–3), with a warning;
   * false: it is an unknown kind, an error that earns nothing.
   */
  trainingWordBySubject: boolean;
}

/** An issue raised by the core: data, not an exception. Messages come from the locale tables. */
export interface RuleIssue {
  code: RuleIssueCode;
  severity: 'error' | 'warning' | 'info';
  clause: Clause | null;
  params: Record<string, string | number>;
  /** The activity it is about, when there is one. */
  activityRef?: string;
}

/** Codes of cuts, refusals and issues raised by the core; the list is in ./codes.ts. */
export type RuleIssueCode = (typeof RULE_ISSUE_CODES)[number];

/**
 * One activity as the ledger layer parsed it: typed, never raw cells.
 * Every field but `ref`, `personKey` and `kind` is optional: the engine says
 * what it could not credit for lack of it.
 */
export interface Activity {
  /** Where it came from, e.g. `2023年!12`: used in explanations and findings. */
  ref: string;
  /** The person it belongs to (ID number where known, else name). */
  personKey: string;
  /** Code of an `ActivityKind`. */
  kind: string;
  /** Subject as the ledger labelled it. */
  declaredSubject?: Subject;
  claimedHours?: number;
  days?: number;
  /** 往返及休息天数: excluded from the daily cap (四(一)2). */
  travelDays?: number;
  start?: DayNumber;
  end?: DayNumber;
  /** 归属年度 declared by the ledger: wins over dates. */
  year?: number;
  months?: number;
  /** Items, courses or modules (default 1). */
  count?: number;
  /** 职称外语 level A/B/C. */
  level?: string;
  score?: number;
  /** 考核结果: passed or not, where the ledger says. */
  passed?: boolean;
  /** Evidence as written (certificate number, file...). Empty means none given. */
  evidence?: string;
  /** Title or content (课程名称、成果名称). */
  title?: string;
  /** Explicit key for "the same 成果" (四(三)); else the normalised title is used. */
  achievementKey?: string;
}

/** A person as the ledger knows them. */
export interface Person {
  key: string;
  name?: string;
  /** Normalised 18-digit ID number, if valid. */
  idNumber?: string;
  /**
   * An 18-character ID cell that fails its check (wrong check digit, impossible
   * birth date): shown masked beside its finding, never used to key the person.
   */
  unverifiedId?: string;
  /** 职称系列, to tell sector staff. */
  series?: string;
  /**
   * 职称 / 现职称 as the ledger writes it (会计师, 主管护师): tells sector staff
   * when the ledger has no 职称系列, as a title names its series.
   */
  rank?: string;
  /** Year the current qualification was obtained (取得现职称时间). */
  qualificationYear?: number;
  /** From the ID's 17th digit, for 四(四)4⑶. */
  sex?: 'male' | 'female';
}

/** Credit of one activity for one year, before yearly caps. */
export interface YearShare extends Hours {
  year: number;
  /** The year is deemed complete (四(六)1). */
  deemed?: boolean;
}

/** What the engine made of one activity: claimed, credited, by year, with reasons. */
export interface ActivityCredit {
  ref: string;
  personKey: string;
  kind: string;
  clause: Clause;
  /** What the ledger claimed, in hours where that means anything (else null). */
  claimed: number | null;
  /** Credit before yearly caps, split by year. */
  shares: YearShare[];
  /** Sum of `shares` (public + professional). */
  credited: number;
  /** Cuts, refusals and warnings about this activity. */
  issues: RuleIssue[];
  /** Credited but to be checked: evidence missing, review required. */
  pendingReview: boolean;
  /** Cap group, for the summary. */
  capGroup?: string;
  /** 成果 identity after normalisation, for 四(三). */
  achievementKey?: string;
  /** First day, for ordering and overlap checks. */
  start?: DayNumber;
  end?: DayNumber;
  /** Hours per day claimed over its days, for the overlap check. */
  dailyHours?: number;
}

/** What an activity contributes to one person-year after caps. */
export interface AppliedCredit extends Hours {
  ref: string;
  kind: string;
  clause: Clause;
  /** Before yearly caps. */
  beforeCaps: number;
  issues: RuleIssue[];
}

/** The verdict of one person-year. */
export interface PersonYearSummary {
  personKey: string;
  year: number;
  /** 公需 credited after caps. */
  publicHours: number;
  /** 专业 credited after caps. */
  professionalHours: number;
  totalHours: number;
  /** 四(六)1: the year is deemed complete. */
  deemed: boolean;
  /** `sector`: 按行业规定 (四(六)2, 五) and not judged here. */
  status: 'evaluated' | 'sector';
  /** By this notice's figures: 公需 ≥ 30 and 专业 ≥ 60, or deemed. */
  compliant: boolean;
  shortfall: Hours;
  /** Each activity's part in this year. */
  credits: AppliedCredit[];
  issues: RuleIssue[];
}

/** The years a title application looks at (四, preamble). */
export interface TitleWindow {
  titleYear: number;
  from: number;
  to: number;
  years: number[];
  /** How the start was chosen: the full five years, or shortened by the qualification year. */
  reading: 'five-years' | 'qualification-after' | 'qualification-same';
}

export interface WindowResult extends TitleWindow {
  policy: Policy['windowPolicy'];
  status: 'evaluated' | 'sector';
  compliant: boolean;
  failingYears: number[];
  /** Pooled totals over the window (deemed years count as at least 30/60). */
  totals: Hours;
  required: Hours;
  issues: RuleIssue[];
}
