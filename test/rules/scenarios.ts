/**
 * Scenario tables for the rules core (青人社字〔2023〕14号 + ../shared/docs/interpretations.md).
 * Tests are data: every scenario below is run by ONE generic runner
 * (./scenarios.test.ts). Expected values come from the notice and the product
 * decisions, never from the code.
 *
 * Conventions:
 * - dates are ISO `YYYY-MM-DD` (converted with `dates.dayNumber`);
 * - `evidence` defaults to 'cert' so that evidence warnings do not muddy a case,
 *   except where a scenario sets it (evidence scenarios);
 * - `years` are read with `yearOf` (a year without records is 0 / 0, failing);
 * - `codes` must appear among the activity, year, person or window issues;
 *   `absentCodes` must not.
 * - `clause` is the notice's clause, or `interp:<Section>` for a decision of
 *   interpretations.md ("Yearly", "Caps", "Window", "Subject", "8h", "WhichYear",
 *   "Months", "SelfStudy", "SameAchievement", "OneRecord", "AddUp", "Evidence",
 *   "Maternity", "DataQuality").
 */
import type { Policy, RuleIssueCode, Subject } from '../../src/rules';

export interface ScenarioActivity {
  kind: string;
  claimedHours?: number;
  days?: number;
  travelDays?: number;
  start?: string;
  end?: string;
  year?: number;
  months?: number;
  count?: number;
  level?: string;
  score?: number;
  passed?: boolean;
  evidence?: string;
  declaredSubject?: Subject;
  title?: string;
  achievementKey?: string;
}

export interface YearExpectation {
  public: number;
  professional: number;
  compliant: boolean;
  deemed?: boolean;
  status?: 'evaluated' | 'sector';
}

export interface WindowExpectation {
  titleYear: number;
  from: number;
  to: number;
  compliant: boolean;
  failingYears?: number[];
  totals?: { public: number; professional: number };
  required?: { public: number; professional: number };
  status?: 'evaluated' | 'sector';
}

export interface Scenario {
  name: string;
  clause: string;
  person?: { series?: string; rank?: string; qualificationYear?: number; sex?: 'male' | 'female' };
  policy?: Partial<Policy>;
  activities: ScenarioActivity[];
  expect: {
    years?: Record<number, YearExpectation>;
    /** Sum over every year of the evaluation (where the split by year is not the point). */
    sum?: { public: number; professional: number };
    window?: WindowExpectation;
    /** Person-level status (sector staff, 四(六)2 / 五). */
    status?: 'evaluated' | 'sector';
    codes?: RuleIssueCode[];
    absentCodes?: RuleIssueCode[];
  };
}

export const SCENARIOS: Scenario[] = [
  // ───────────── 一: the yearly requirement (30 公需 AND 60 专业) ─────────────
  {
    name: '30 public + 60 professional passes exactly',
    clause: '一',
    activities: [
      { kind: 'public-course', claimedHours: 30, year: 2023 },
      { kind: 'job-training', claimedHours: 60, days: 8, year: 2023 },
    ],
    expect: {
      years: { 2023: { public: 30, professional: 60, compliant: true, deemed: false, status: 'evaluated' } },
    },
  },
  {
    name: '29.5 public + 70 professional fails (99.5 in total is not enough: public < 30)',
    clause: '一',
    activities: [
      { kind: 'public-course', claimedHours: 29.5, year: 2023 },
      { kind: 'job-training', claimedHours: 70, days: 9, year: 2023 },
    ],
    expect: { years: { 2023: { public: 29.5, professional: 70, compliant: false } } },
  },
  {
    name: '100 professional + 0 public fails (neither subject makes up for the other)',
    clause: '一',
    activities: [{ kind: 'job-training', claimedHours: 100, days: 13, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 100, compliant: false } } },
  },
  {
    name: '30 public + 59.5 professional fails',
    clause: '一',
    activities: [
      { kind: 'public-course', claimedHours: 30, year: 2023 },
      { kind: 'job-training', claimedHours: 59.5, days: 8, year: 2023 },
    ],
    expect: { years: { 2023: { public: 30, professional: 59.5, compliant: false } } },
  },
  {
    name: 'a year without any record is 0 / 0 and fails',
    clause: '一',
    activities: [{ kind: 'posting', year: 2022, months: 12 }],
    expect: {
      years: {
        2022: { public: 30, professional: 60, compliant: true },
        2023: { public: 0, professional: 0, compliant: false, deemed: false },
      },
    },
  },
  {
    name: 'caps apply per calendar year: 20 + 20 public-course hours in two years are both kept',
    clause: 'interp:Caps',
    activities: [
      { kind: 'public-course', claimedHours: 20, year: 2022 },
      { kind: 'public-course', claimedHours: 20, year: 2023 },
    ],
    expect: {
      years: {
        2022: { public: 20, professional: 0, compliant: false },
        2023: { public: 20, professional: 0, compliant: false },
      },
      absentCodes: ['yearly-cap'],
    },
  },

  // ───────────── 四(一)1: 公需科目, passed, ≤ 30 a year (this clause only) ─────────────
  {
    name: 'two 20-hour public courses in one year are capped at 30',
    clause: '四(一)1',
    activities: [
      { kind: 'public-course', claimedHours: 20, start: '2023-03-01', end: '2023-03-01' },
      { kind: 'public-course', claimedHours: 20, start: '2023-06-01', end: '2023-06-01' },
    ],
    expect: { years: { 2023: { public: 30, professional: 0, compliant: false } }, codes: ['yearly-cap'] },
  },
  {
    name: 'a public course not passed earns 0',
    clause: '四(一)1',
    activities: [{ kind: 'public-course', claimedHours: 24, year: 2023, passed: false }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['not-passed'] },
  },
  {
    name: 'a public course labelled 专业 is counted public, with a warning',
    clause: '四(一)1',
    activities: [{ kind: 'public-course', claimedHours: 10, year: 2023, declaredSubject: 'professional' }],
    expect: {
      years: { 2023: { public: 10, professional: 0, compliant: false } },
      codes: ['subject-overridden'],
    },
  },
  {
    name: 'the 30 cap is of this clause only: 40 course hours (→30) + 职称外语 A (30) = 60 public',
    clause: '四(一)1',
    activities: [
      { kind: 'public-course', claimedHours: 40, year: 2023 },
      { kind: 'foreign-language', level: 'A', score: 75, year: 2023 },
    ],
    expect: { years: { 2023: { public: 60, professional: 0, compliant: false } }, codes: ['yearly-cap'] },
  },
  {
    name: 'a passed public course is credited its registered hours exactly (12.5)',
    clause: '四(一)1',
    activities: [{ kind: 'public-course', claimedHours: 12.5, year: 2023, passed: true }],
    expect: {
      years: { 2023: { public: 12.5, professional: 0, compliant: false } },
      absentCodes: ['not-passed', 'yearly-cap'],
    },
  },

  // ───────────── 四(一)2: training, ≤ 8 h × days, travel excluded ─────────────
  {
    name: '30 hours in 3 days (days column) are cut to 24',
    clause: '四(一)2',
    activities: [{ kind: 'job-training', claimedHours: 30, days: 3, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 24, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'days from inclusive dates: 2023-05-08..2023-05-13 is 6 days, 50 claimed → 48',
    clause: '四(一)2',
    activities: [{ kind: 'job-training', claimedHours: 50, start: '2023-05-08', end: '2023-05-13' }],
    expect: { years: { 2023: { public: 0, professional: 48, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: '48 claimed over 2023-05-08..2023-05-13 (6 days) is not cut',
    clause: '四(一)2',
    activities: [{ kind: 'job-training', claimedHours: 48, start: '2023-05-08', end: '2023-05-13' }],
    expect: {
      years: { 2023: { public: 0, professional: 48, compliant: false } },
      absentCodes: ['per-day-cap', 'days-unknown'],
    },
  },
  {
    name: 'travel/rest days are subtracted: 6 days − 2 = 4 days, 40 claimed → 32',
    clause: '四(一)2',
    activities: [
      { kind: 'job-training', claimedHours: 40, start: '2023-05-08', end: '2023-05-13', travelDays: 2 },
    ],
    expect: { years: { 2023: { public: 0, professional: 32, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'days unknown: credited as claimed, with a warning',
    clause: '四(一)2',
    activities: [{ kind: 'job-training', claimedHours: 50, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 50, compliant: false } },
      codes: ['days-unknown'],
      absentCodes: ['per-day-cap'],
    },
  },
  {
    name: 'a training across New Year is split by its days: 2022-12-30..2023-01-02, 32 h → 16 + 16',
    clause: 'interp:WhichYear',
    activities: [{ kind: 'job-training', claimedHours: 32, start: '2022-12-30', end: '2023-01-02' }],
    expect: {
      years: {
        2022: { public: 0, professional: 16, compliant: false },
        2023: { public: 0, professional: 16, compliant: false },
      },
      absentCodes: ['per-day-cap'],
    },
  },
  {
    name: 'across New Year with a cut: 2022-12-31..2023-01-02 (3 days), 40 → 24 → 8 + 16',
    clause: 'interp:WhichYear',
    activities: [{ kind: 'job-training', claimedHours: 40, start: '2022-12-31', end: '2023-01-02' }],
    expect: {
      years: {
        2022: { public: 0, professional: 8, compliant: false },
        2023: { public: 0, professional: 16, compliant: false },
      },
      codes: ['per-day-cap'],
    },
  },
  {
    name: 'an uneven split stays exact: 10 h over 2022-12-31..2023-01-02 → 10/3 + 20/3',
    clause: 'interp:WhichYear',
    activities: [{ kind: 'job-training', claimedHours: 10, start: '2022-12-31', end: '2023-01-02' }],
    expect: {
      years: {
        2022: { public: 0, professional: 10 / 3, compliant: false },
        2023: { public: 0, professional: 20 / 3, compliant: false },
      },
      sum: { public: 0, professional: 10 },
    },
  },
  {
    name: 'a 归属年度 column wins over the dates',
    clause: 'interp:WhichYear',
    activities: [
      { kind: 'job-training', claimedHours: 16, start: '2022-06-01', end: '2022-06-02', year: 2023 },
    ],
    expect: {
      years: {
        2022: { public: 0, professional: 0, compliant: false },
        2023: { public: 0, professional: 16, compliant: false },
      },
    },
  },
  {
    name: 'a training labelled 公需 counts as public (the ledger decides)',
    clause: 'interp:Subject',
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023, declaredSubject: 'public' }],
    expect: {
      years: { 2023: { public: 16, professional: 0, compliant: false } },
      absentCodes: ['subject-overridden'],
    },
  },
  {
    name: 'a training without a subject label counts as professional',
    clause: 'interp:Subject',
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 16, compliant: false } } },
  },
  {
    name: 'travel days covering the whole span leave no working day: 0',
    clause: '四(一)2',
    activities: [
      { kind: 'job-training', claimedHours: 16, start: '2023-05-08', end: '2023-05-09', travelDays: 2 },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['travel-days-exceed'],
    },
  },
  {
    name: 'a training without hours earns nothing',
    clause: '四(一)2',
    activities: [{ kind: 'job-training', days: 2, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['hours-missing'] },
  },

  // ───────────── 四(一)3: conferences, lectures… ≤ 8 h × days ─────────────
  {
    name: 'an academic conference of 2 days claiming 20 → 16',
    clause: '四(一)3',
    activities: [{ kind: 'academic-event', claimedHours: 20, start: '2023-09-14', end: '2023-09-15' }],
    expect: { years: { 2023: { public: 0, professional: 16, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'a half-day lecture of 3.5 hours is kept exactly',
    clause: '四(一)3',
    activities: [{ kind: 'academic-event', claimedHours: 3.5, start: '2023-10-10', end: '2023-10-10' }],
    expect: {
      years: { 2023: { public: 0, professional: 3.5, compliant: false } },
      absentCodes: ['per-day-cap', 'days-unknown'],
    },
  },

  // ───────────── 四(一)4: 进修 / study abroad, 10 per item ─────────────
  {
    name: '业务进修 claiming 40 hours over 10 days earns 10 (fixed credit)',
    clause: '四(一)4',
    activities: [{ kind: 'study-visit', claimedHours: 40, start: '2023-04-03', end: '2023-04-12' }],
    expect: { years: { 2023: { public: 0, professional: 10, compliant: false } }, codes: ['fixed-credit'] },
  },
  {
    name: 'one record, one clause: a 30-day 进修 claiming 240 earns 10, not hours, and is not day-capped',
    clause: 'interp:OneRecord',
    activities: [{ kind: 'study-visit', claimedHours: 240, days: 30, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 10, compliant: false } },
      codes: ['fixed-credit'],
      absentCodes: ['per-day-cap'],
    },
  },
  {
    name: 'a study visit abroad over New Year goes to the year of its evidence (end date)',
    clause: '四(一)4',
    activities: [{ kind: 'study-visit', claimedHours: 10, start: '2022-12-20', end: '2023-01-10' }],
    expect: {
      years: {
        2022: { public: 0, professional: 0, compliant: false },
        2023: { public: 0, professional: 10, compliant: false },
      },
      absentCodes: ['fixed-credit'],
    },
  },

  // ───────────── 四(二): self-study, 10 per programme per calendar year, ≤ 40 ─────────────
  {
    name: 'a term 2021-09..2023-06 earns 10 in each of 2021, 2022 and 2023',
    clause: '四(二)',
    activities: [{ kind: 'self-study', start: '2021-09-01', end: '2023-06-30' }],
    expect: {
      years: {
        2021: { public: 0, professional: 10, compliant: false },
        2022: { public: 0, professional: 10, compliant: false },
        2023: { public: 0, professional: 10, compliant: false },
      },
    },
  },
  {
    name: 'five programmes in one year are capped at 40',
    clause: '四(二)',
    activities: [
      { kind: 'self-study', year: 2023, title: '课程班一' },
      { kind: 'self-study', year: 2023, title: '课程班二' },
      { kind: 'self-study', year: 2023, title: '课程班三' },
      { kind: 'self-study', year: 2023, title: '课程班四' },
      { kind: 'self-study', year: 2023, title: '课程班五' },
    ],
    expect: { years: { 2023: { public: 0, professional: 40, compliant: false } }, codes: ['yearly-cap'] },
  },
  {
    name: 'one programme is one item whatever the hours claimed: 10 a year',
    clause: 'interp:SelfStudy',
    activities: [{ kind: 'self-study', claimedHours: 120, start: '2023-03-01', end: '2023-12-31' }],
    expect: { years: { 2023: { public: 0, professional: 10, compliant: false } }, codes: ['fixed-credit'] },
  },

  // ───────────── 四(三): results and publications, 10 each, ≤ 30 together ─────────────
  {
    name: 'four papers in one year are capped at 30',
    clause: '四(三)',
    activities: [
      { kind: 'publication', year: 2023, title: '论文甲' },
      { kind: 'publication', year: 2023, title: '论文乙' },
      { kind: 'publication', year: 2023, title: '论文丙' },
      { kind: 'publication', year: 2023, title: '论文丁' },
    ],
    expect: { years: { 2023: { public: 0, professional: 30, compliant: false } }, codes: ['yearly-cap'] },
  },
  {
    name: 'results and publications share one cap: 2 patents + 2 papers → 30',
    clause: '四(三)',
    activities: [
      { kind: 'research-result', year: 2023, title: '专利甲' },
      { kind: 'research-result', year: 2023, title: '专利乙' },
      { kind: 'publication', year: 2023, title: '论文甲' },
      { kind: 'publication', year: 2023, title: '论文乙' },
    ],
    expect: { years: { 2023: { public: 0, professional: 30, compliant: false } }, codes: ['yearly-cap'] },
  },
  {
    name: 'two different papers earn 20',
    clause: '四(三)',
    activities: [
      { kind: 'publication', year: 2023, title: '论文甲' },
      { kind: 'publication', year: 2023, title: '论文乙' },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 20, compliant: false } },
      absentCodes: ['duplicate-achievement', 'yearly-cap'],
    },
  },
  {
    name: 'the same 成果 as a patent and a paper (same key) is counted once',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'research-result', year: 2023, title: '一种储能装置', achievementKey: 'K-001' },
      { kind: 'publication', year: 2023, title: '储能装置的设计与实现', achievementKey: 'K-001' },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 10, compliant: false } },
      codes: ['duplicate-achievement'],
    },
  },
  {
    name: 'the same title in two years is counted once (the first year)',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'publication', year: 2022, title: '城市供水管网优化研究' },
      { kind: 'research-result', year: 2023, title: '城市供水管网优化研究' },
    ],
    expect: {
      years: {
        2022: { public: 0, professional: 10, compliant: false },
        2023: { public: 0, professional: 0, compliant: false },
      },
      codes: ['duplicate-achievement'],
    },
  },
  {
    name: 'a later row of 2 items of a 成果 already counted with 1 item adds only the second item',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'publication', year: 2022, title: '系列论文：海洋腐蚀防护', count: 1 },
      { kind: 'publication', year: 2023, title: '系列论文：海洋腐蚀防护', count: 2 },
    ],
    expect: {
      years: {
        2022: { public: 0, professional: 10, compliant: false },
        2023: { public: 0, professional: 10, compliant: false },
      },
      codes: ['duplicate-achievement-extra'],
      absentCodes: ['duplicate-achievement'],
    },
  },
  {
    name: 'a 成果 that a full 四(三) cap left at 0 was not counted: its record of the next year counts',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'publication', start: '2022-01-10', end: '2022-01-10', title: '论文一' },
      { kind: 'publication', start: '2022-02-10', end: '2022-02-10', title: '论文二' },
      { kind: 'research-result', start: '2022-03-10', end: '2022-03-10', title: '专利三' },
      { kind: 'publication', start: '2022-11-10', end: '2022-11-10', title: '论文四' },
      { kind: 'publication', year: 2023, title: '论文四' },
    ],
    expect: {
      years: {
        2022: { public: 0, professional: 30, compliant: false },
        2023: { public: 0, professional: 10, compliant: false },
      },
      codes: ['yearly-cap'],
      absentCodes: ['duplicate-achievement', 'duplicate-achievement-extra'],
    },
  },
  {
    name: 'a 成果 left at 0 by a full cap counts once in the next year, not twice',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'publication', start: '2022-01-10', end: '2022-01-10', title: '论文一', count: 3 },
      { kind: 'publication', start: '2022-11-10', end: '2022-11-10', title: '论文四' },
      { kind: 'publication', year: 2023, title: '论文四' },
      { kind: 'research-result', year: 2023, title: '《论文四》' },
    ],
    expect: {
      years: {
        2022: { public: 0, professional: 30, compliant: false },
        2023: { public: 0, professional: 10, compliant: false },
      },
      codes: ['yearly-cap', 'duplicate-achievement'],
    },
  },
  {
    name: 'titles are normalised: 《智能电网研究》 and 智能电网研究 are the same 成果',
    clause: 'interp:SameAchievement',
    activities: [
      { kind: 'publication', year: 2023, title: '《智能电网研究》' },
      { kind: 'publication', year: 2023, title: '智能电网研究' },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 10, compliant: false } },
      codes: ['duplicate-achievement'],
    },
  },

  // ───────────── 四(四)1: invited expert work, ≤ 8 h × days ─────────────
  {
    name: 'expert work over 2 days claiming 20 → 16',
    clause: '四(四)1',
    activities: [{ kind: 'expert-service', claimedHours: 20, start: '2023-07-03', end: '2023-07-04' }],
    expect: { years: { 2023: { public: 0, professional: 16, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'expert work: 3 days with 1 travel day, 24 claimed → 16',
    clause: '四(四)1',
    activities: [
      { kind: 'expert-service', claimedHours: 24, start: '2023-07-03', end: '2023-07-05', travelDays: 1 },
    ],
    expect: { years: { 2023: { public: 0, professional: 16, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'expert work with days unknown is credited as claimed, with a warning',
    clause: '四(四)1',
    activities: [{ kind: 'expert-service', claimedHours: 12, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 12, compliant: false } }, codes: ['days-unknown'] },
  },

  // ───────────── 四(四)2: postings, 30 + 60 a year, × months/12 ─────────────
  {
    name: 'a posting 2022-09-01..2023-03-31: 2022 4 months = 10 + 20; 2023 3 months = 7.5 + 15',
    clause: '四(四)2',
    activities: [{ kind: 'posting', start: '2022-09-01', end: '2023-03-31' }],
    expect: {
      years: {
        2022: { public: 10, professional: 20, compliant: false },
        2023: { public: 7.5, professional: 15, compliant: false },
      },
    },
  },
  {
    name: 'a whole-year posting alone gives 30 + 60 and passes',
    clause: '四(四)2',
    activities: [{ kind: 'posting', start: '2023-01-01', end: '2023-12-31' }],
    expect: { years: { 2023: { public: 30, professional: 60, compliant: true } } },
  },
  {
    name: 'months from dates: 15 Mar – 14 Sep is 6 months → 15 + 30',
    clause: 'interp:Months',
    activities: [{ kind: 'posting', start: '2023-03-15', end: '2023-09-14' }],
    expect: { years: { 2023: { public: 15, professional: 30, compliant: false } } },
  },
  {
    name: 'the months column wins over the dates: 8 months → 20 + 40',
    clause: 'interp:Months',
    activities: [{ kind: 'posting', start: '2023-03-15', end: '2023-09-14', months: 8 }],
    expect: { years: { 2023: { public: 20, professional: 40, compliant: false } } },
  },
  {
    name: 'fractions are exact: 7 months → 17.5 + 35',
    clause: 'interp:Months',
    activities: [{ kind: 'posting', year: 2023, months: 7 }],
    expect: { years: { 2023: { public: 17.5, professional: 35, compliant: false } } },
  },
  {
    name: 'the months column wins over dates across New Year too: 6 months in 2022-09-01..2023-03-31 → 15 + 30 in all',
    clause: 'interp:Months',
    activities: [{ kind: 'posting', start: '2022-09-01', end: '2023-03-31', months: 6 }],
    expect: { sum: { public: 15, professional: 30 } },
  },
  {
    name: 'a posting labelled 公需 still gives both subjects',
    clause: 'interp:Subject',
    activities: [{ kind: 'posting', year: 2023, months: 12, declaredSubject: 'public' }],
    expect: { years: { 2023: { public: 30, professional: 60, compliant: true } } },
  },
  {
    name: 'a posting with neither months nor dates earns nothing and says why',
    clause: '四(四)2',
    activities: [{ kind: 'posting', year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['months-unknown'] },
  },

  // ───────────── 四(四)3: qualification / registration exams, 16 each ─────────────
  {
    name: 'a national professional-qualification exam passed earns 16',
    clause: '四(四)3',
    activities: [{ kind: 'qualification-exam', year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 16, compliant: false } } },
  },
  {
    name: 'two qualifications earn 16 each: 32',
    clause: '四(四)3',
    activities: [
      { kind: 'qualification-exam', year: 2023, title: '一级建造师' },
      { kind: 'qualification-exam', year: 2023, title: '注册安全工程师' },
    ],
    expect: { years: { 2023: { public: 0, professional: 32, compliant: false } } },
  },
  {
    name: 'a registration exam counts 16 per course: 3 courses → 48',
    clause: '四(四)3',
    activities: [{ kind: 'registration-exam', year: 2023, count: 3 }],
    expect: { years: { 2023: { public: 0, professional: 48, compliant: false } } },
  },

  // ───────────── 四(四)4: abroad, sick leave (> 6 months), maternity ─────────────
  {
    name: 'abroad exactly 6 months in the year earns nothing',
    clause: '四(四)4⑴',
    activities: [{ kind: 'abroad-work', start: '2023-01-01', end: '2023-06-30' }],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['months-not-over-threshold'],
    },
  },
  {
    name: 'abroad 7 months → 17.5 + 35, employer approval noted',
    clause: '四(四)4⑴',
    activities: [{ kind: 'abroad-work', start: '2023-01-01', end: '2023-07-31' }],
    expect: {
      years: { 2023: { public: 17.5, professional: 35, compliant: false } },
      codes: ['approval-required'],
      absentCodes: ['months-not-over-threshold'],
    },
  },
  {
    name: 'abroad 2022-04-01..2023-06-30: 2022 has 9 months (22.5 + 45), 2023 only 6 (nothing)',
    clause: '四(四)4⑴',
    activities: [{ kind: 'abroad-work', start: '2022-04-01', end: '2023-06-30' }],
    expect: {
      years: {
        2022: { public: 22.5, professional: 45, compliant: false },
        2023: { public: 0, professional: 0, compliant: false },
      },
      codes: ['months-not-over-threshold'],
    },
  },
  {
    name: 'abroad with a months column of 6 earns nothing',
    clause: '四(四)4⑴',
    activities: [{ kind: 'abroad-work', year: 2023, months: 6 }],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['months-not-over-threshold'],
    },
  },
  {
    name: 'sick leave of 8 months → 20 + 40',
    clause: '四(四)4⑵',
    activities: [{ kind: 'sick-leave', start: '2023-02-01', end: '2023-09-30' }],
    expect: {
      years: { 2023: { public: 20, professional: 40, compliant: false } },
      codes: ['approval-required'],
    },
  },
  {
    name: 'sick leave of 5 months earns nothing',
    clause: '四(四)4⑵',
    activities: [{ kind: 'sick-leave', year: 2023, months: 5 }],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['months-not-over-threshold'],
    },
  },
  // Issue 11: "超过6个月" is measured on the days of the period in that year, not on whole months rounded down.
  {
    name: 'sick leave 2023-01-01..2023-07-15 (six and a half months) is more than 6: 6 whole months → 15 + 30',
    clause: '四(四)4⑵',
    activities: [{ kind: 'sick-leave', start: '2023-01-01', end: '2023-07-15' }],
    expect: {
      years: { 2023: { public: 15, professional: 30, compliant: false } },
      absentCodes: ['months-not-over-threshold'],
    },
  },
  {
    name: 'sick leave 2023-01-01..2023-07-01 is one day more than 6 months: 15 + 30',
    clause: '四(四)4⑵',
    activities: [{ kind: 'sick-leave', start: '2023-01-01', end: '2023-07-01' }],
    expect: { years: { 2023: { public: 15, professional: 30, compliant: false } } },
  },
  {
    name: 'abroad 2022-06-20..2023-06-19: 195 days in 2022 are more than 6 months (6 whole months → 15 + 30); 2023 is not',
    clause: '四(四)4⑴',
    activities: [{ kind: 'abroad-work', start: '2022-06-20', end: '2023-06-19' }],
    expect: {
      years: {
        2022: { public: 15, professional: 30, compliant: false },
        2023: { public: 0, professional: 0, compliant: false },
      },
      codes: ['months-not-over-threshold'],
    },
  },
  // Issue 11: the 职称系列 is a whole series name; a bracket names the speciality.
  {
    name: '农业（兽医师） is the 农业 series, judged by this notice (not 卫生)',
    clause: '四(六)2',
    person: { series: '农业（兽医师）' },
    activities: [
      { kind: 'public-course', claimedHours: 30, year: 2023 },
      { kind: 'job-training', claimedHours: 60, days: 8, year: 2023 },
    ],
    expect: {
      status: 'evaluated',
      years: { 2023: { public: 30, professional: 60, compliant: true, status: 'evaluated' } },
    },
  },
  {
    name: '工程（环境卫生） is the 工程 series, judged by this notice',
    clause: '五',
    person: { series: '工程（环境卫生）' },
    activities: [{ kind: 'public-course', claimedHours: 30, year: 2023 }],
    expect: {
      status: 'evaluated',
      years: { 2023: { public: 30, professional: 0, compliant: false, status: 'evaluated' } },
    },
  },
  {
    name: '卫生（护理） is the 卫生 series: 按行业规定',
    clause: '五',
    person: { series: '卫生（护理）' },
    activities: [{ kind: 'public-course', claimedHours: 30, year: 2023 }],
    expect: { status: 'sector' },
  },
  {
    name: 'maternity leave of 4 months → 10 + 20, no 6-month threshold',
    clause: '四(四)4⑶',
    person: { sex: 'female' },
    activities: [{ kind: 'maternity-leave', start: '2023-03-01', end: '2023-06-30' }],
    expect: {
      years: { 2023: { public: 10, professional: 20, compliant: false } },
      absentCodes: ['months-not-over-threshold', 'maternity-male-id'],
    },
  },
  {
    name: 'maternity leave across New Year: 2022-11-01..2023-02-28 → 5 + 10 in each year',
    clause: '四(四)4⑶',
    person: { sex: 'female' },
    activities: [{ kind: 'maternity-leave', start: '2022-11-01', end: '2023-02-28' }],
    expect: {
      years: {
        2022: { public: 5, professional: 10, compliant: false },
        2023: { public: 5, professional: 10, compliant: false },
      },
    },
  },
  {
    name: 'maternity leave on a male ID raises a warning',
    clause: 'interp:Maternity',
    person: { sex: 'male' },
    activities: [{ kind: 'maternity-leave', year: 2023, months: 4 }],
    expect: { codes: ['maternity-male-id'] },
  },

  // ───────────── 四(四)5: conversions of the annual notice ─────────────
  {
    name: 'a conversion under the annual notice: hours as registered, always reviewed',
    clause: '四(四)5',
    activities: [{ kind: 'annual-conversion', claimedHours: 12, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 12, compliant: false } },
      codes: ['review-required'],
    },
  },

  // ───────────── 四(五): title foreign-language and computer exams (公需) ─────────────
  {
    name: '职称外语 A, B, C in three years → 30, 20, 10 public in each exam year',
    clause: '四(五)',
    activities: [
      { kind: 'foreign-language', level: 'A', score: 70, year: 2021 },
      { kind: 'foreign-language', level: 'B', score: 70, year: 2022 },
      { kind: 'foreign-language', level: 'C', score: 70, year: 2023 },
    ],
    expect: {
      years: {
        2021: { public: 30, professional: 0, compliant: false },
        2022: { public: 20, professional: 0, compliant: false },
        2023: { public: 10, professional: 0, compliant: false },
      },
    },
  },
  {
    name: '职称外语 score 59 earns nothing',
    clause: '四(五)',
    activities: [{ kind: 'foreign-language', level: 'A', score: 59, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['score-below-pass'],
    },
  },
  {
    name: '职称外语 score exactly 60 passes: B → 20',
    clause: '四(五)',
    activities: [{ kind: 'foreign-language', level: 'B', score: 60, year: 2023 }],
    expect: {
      years: { 2023: { public: 20, professional: 0, compliant: false } },
      absentCodes: ['score-below-pass'],
    },
  },
  {
    name: '职称外语 without a score: credited, with a warning to check the score',
    clause: '四(五)',
    activities: [{ kind: 'foreign-language', level: 'B', year: 2023 }],
    expect: { years: { 2023: { public: 20, professional: 0, compliant: false } }, codes: ['score-missing'] },
  },
  {
    name: '职称外语 level D is unknown: nothing',
    clause: '四(五)',
    activities: [{ kind: 'foreign-language', level: 'D', score: 80, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['level-unknown'] },
  },
  {
    name: '职称外语 labelled 专业 is counted public, with a warning',
    clause: '四(五)',
    activities: [
      { kind: 'foreign-language', level: 'C', score: 65, year: 2023, declaredSubject: 'professional' },
    ],
    expect: {
      years: { 2023: { public: 10, professional: 0, compliant: false } },
      codes: ['subject-overridden'],
    },
  },
  {
    name: '职称外语 in the exam year (the date of the result)',
    clause: '四(五)',
    activities: [{ kind: 'foreign-language', level: 'A', score: 88, start: '2022-11-20', end: '2022-11-20' }],
    expect: {
      years: {
        2022: { public: 30, professional: 0, compliant: false },
        2023: { public: 0, professional: 0, compliant: false },
      },
    },
  },
  {
    name: 'computer exam: 3 modules → 15 public',
    clause: '四(五)',
    activities: [{ kind: 'computer', count: 3, year: 2023 }],
    expect: { years: { 2023: { public: 15, professional: 0, compliant: false } } },
  },
  {
    name: 'computer exam not passed: nothing',
    clause: '四(五)',
    activities: [{ kind: 'computer', count: 2, year: 2023, passed: false }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['not-passed'] },
  },

  // ───────────── 四(六)1: COVID front line, deemed complete ─────────────
  {
    name: 'a COVID front-line year is deemed complete with zero hours',
    clause: '四(六)1',
    activities: [{ kind: 'covid-frontline', year: 2022 }],
    expect: {
      years: { 2022: { public: 0, professional: 0, compliant: true, deemed: true } },
      codes: ['deemed-complete'],
    },
  },
  {
    name: 'a deemed year keeps its real hours and still passes',
    clause: '四(六)1',
    activities: [
      { kind: 'covid-frontline', year: 2022 },
      { kind: 'job-training', claimedHours: 10, days: 2, year: 2022 },
    ],
    expect: { years: { 2022: { public: 0, professional: 10, compliant: true, deemed: true } } },
  },
  {
    name: 'a COVID deemed year does not deem the next year',
    clause: '四(六)1',
    activities: [{ kind: 'covid-frontline', start: '2022-04-01', end: '2022-05-31' }],
    expect: {
      years: {
        2022: { public: 0, professional: 0, compliant: true, deemed: true },
        2023: { public: 0, professional: 0, compliant: false, deemed: false },
      },
    },
  },

  // ───────────── 四(六)2 / 五: sector staff ─────────────
  {
    name: '会计 series: 按行业规定 (sector), not judged here',
    clause: '四(六)2',
    person: { series: '会计' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: 'no 职称系列, 职称 会计师: the title names the 会计 series, 按行业规定',
    clause: '四(六)2',
    person: { rank: '会计师' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: 'a 职称系列 wins over the 职称: 工程 series with 职称 会计师 is judged here',
    clause: '四(六)2',
    person: { series: '工程', rank: '会计师' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: { status: 'evaluated' },
  },
  {
    name: '中小学教师 series: sector',
    clause: '四(六)2',
    person: { series: '中小学教师' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: '社会工作者: sector',
    clause: '四(六)2',
    person: { series: '社会工作者' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: '卫生 series: sector (市卫生健康委)',
    clause: '五',
    person: { series: '卫生' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: '护理 series: sector (health)',
    clause: '五',
    person: { series: '护理' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'sector',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'sector' } },
      codes: ['sector-staff'],
    },
  },
  {
    name: '会计 series with judgeSectorStaff: judged by this notice',
    clause: '四(六)2',
    person: { series: '会计' },
    policy: { judgeSectorStaff: true },
    activities: [{ kind: 'posting', year: 2023, months: 12 }],
    expect: {
      status: 'evaluated',
      years: { 2023: { public: 30, professional: 60, compliant: true, status: 'evaluated' } },
    },
  },
  {
    name: '卫生 series with judgeSectorStaff: evaluated',
    clause: '五',
    person: { series: '卫生' },
    policy: { judgeSectorStaff: true },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'evaluated',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'evaluated' } },
    },
  },
  {
    name: 'an engineering series is judged by this notice',
    clause: '五',
    person: { series: '工程技术' },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      status: 'evaluated',
      years: { 2023: { public: 0, professional: 16, compliant: false, status: 'evaluated' } },
      absentCodes: ['sector-staff'],
    },
  },
  {
    name: 'a sector person’s window is reported with status sector',
    clause: '五',
    person: { series: '中小学教师' },
    activities: [{ kind: 'posting', start: '2019-01-01', end: '2023-12-31' }],
    expect: {
      window: { titleYear: 2023, from: 2019, to: 2023, compliant: true, status: 'sector' },
      codes: ['sector-staff'],
    },
  },

  // ───────────── 六(二): 导师制 ─────────────
  {
    name: 'a mentorship is credited its registered hours and always flagged for review',
    clause: '六(二)',
    activities: [{ kind: 'mentorship', claimedHours: 20, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 20, compliant: false } },
      codes: ['review-required'],
    },
  },

  // ───────────── 三(二)3: online learning ─────────────
  {
    name: 'online learning with no days is credited as claimed, without days-unknown',
    clause: '三(二)3',
    activities: [{ kind: 'online-learning', claimedHours: 20, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 20, compliant: false } },
      absentCodes: ['days-unknown', 'per-day-cap'],
    },
  },
  {
    name: 'online learning with known days is day-capped: 12 in one day → 8',
    clause: '三(二)3',
    activities: [{ kind: 'online-learning', claimedHours: 12, start: '2023-08-08', end: '2023-08-08' }],
    expect: { years: { 2023: { public: 0, professional: 8, compliant: false } }, codes: ['per-day-cap'] },
  },
  {
    name: 'online public-subject learning labelled 公需 counts public',
    clause: '三(二)3',
    activities: [{ kind: 'online-learning', claimedHours: 30, year: 2023, declaredSubject: 'public' }],
    expect: { years: { 2023: { public: 30, professional: 0, compliant: false } } },
  },

  // ───────────── interpretations.md: adding up, evidence, overlaps, data quality ─────────────
  {
    name: 'posting + maternity leave + ordinary activities in one year add up to 30 + 60',
    clause: 'interp:AddUp',
    person: { sex: 'female' },
    activities: [
      { kind: 'posting', year: 2023, months: 6 },
      { kind: 'maternity-leave', year: 2023, months: 4 },
      { kind: 'public-course', claimedHours: 5, year: 2023 },
      { kind: 'job-training', claimedHours: 10, days: 2, year: 2023 },
    ],
    expect: { years: { 2023: { public: 30, professional: 60, compliant: true } } },
  },
  {
    name: 'sick leave 7 months + public course 12.5 + online 25: 30 + 60',
    clause: 'interp:AddUp',
    activities: [
      { kind: 'sick-leave', year: 2023, months: 7 },
      { kind: 'public-course', claimedHours: 12.5, year: 2023 },
      { kind: 'online-learning', claimedHours: 25, year: 2023 },
    ],
    expect: { years: { 2023: { public: 30, professional: 60, compliant: true } } },
  },
  {
    name: 'missing evidence: credited, marked 待核验',
    clause: 'interp:Evidence',
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023, evidence: '' }],
    expect: {
      years: { 2023: { public: 0, professional: 16, compliant: false } },
      codes: ['evidence-missing'],
      absentCodes: ['evidence-excluded'],
    },
  },
  {
    name: 'missing evidence with strictEvidence: excluded',
    clause: 'interp:Evidence',
    policy: { strictEvidence: true },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023, evidence: '' }],
    expect: {
      years: { 2023: { public: 0, professional: 0, compliant: false } },
      codes: ['evidence-excluded'],
    },
  },
  {
    name: 'blank (whitespace) evidence counts as missing',
    clause: 'interp:Evidence',
    activities: [{ kind: 'publication', year: 2023, title: '论文甲', evidence: '   ' }],
    expect: {
      years: { 2023: { public: 0, professional: 10, compliant: false } },
      codes: ['evidence-missing'],
    },
  },
  {
    name: 'strictEvidence keeps rows that have evidence',
    clause: 'interp:Evidence',
    policy: { strictEvidence: true },
    activities: [{ kind: 'job-training', claimedHours: 16, days: 2, year: 2023 }],
    expect: {
      years: { 2023: { public: 0, professional: 16, compliant: false } },
      absentCodes: ['evidence-excluded', 'evidence-missing'],
    },
  },
  {
    name: 'a COVID proof missing under strictEvidence: the year is not deemed',
    clause: '四(六)1',
    policy: { strictEvidence: true },
    activities: [{ kind: 'covid-frontline', year: 2022, evidence: '' }],
    expect: {
      years: { 2022: { public: 0, professional: 0, compliant: false, deemed: false } },
      codes: ['evidence-excluded'],
    },
  },
  {
    name: 'overlapping records over 8 hours on a day: a warning, not a cut',
    clause: 'interp:8h',
    activities: [
      { kind: 'job-training', claimedHours: 6, start: '2023-05-08', end: '2023-05-08' },
      { kind: 'academic-event', claimedHours: 6, start: '2023-05-08', end: '2023-05-08' },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 12, compliant: false } },
      codes: ['overlap-over-daily-cap'],
      absentCodes: ['per-day-cap'],
    },
  },
  {
    name: 'overlapping records of 4 + 4 hours on a day: no warning',
    clause: 'interp:8h',
    activities: [
      { kind: 'job-training', claimedHours: 4, start: '2023-05-08', end: '2023-05-08' },
      { kind: 'academic-event', claimedHours: 4, start: '2023-05-08', end: '2023-05-08' },
    ],
    expect: {
      years: { 2023: { public: 0, professional: 8, compliant: false } },
      absentCodes: ['overlap-over-daily-cap'],
    },
  },
  {
    name: 'an unknown kind earns nothing and says so',
    clause: 'interp:DataQuality',
    activities: [{ kind: 'karaoke-night', claimedHours: 8, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['kind-unknown'] },
  },
  {
    name: 'negative hours are refused',
    clause: 'interp:DataQuality',
    activities: [{ kind: 'job-training', claimedHours: -8, days: 1, year: 2023 }],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['negative-value'] },
  },
  {
    name: 'a negative travel-days value is refused',
    clause: 'interp:DataQuality',
    activities: [
      { kind: 'job-training', claimedHours: 8, start: '2023-05-08', end: '2023-05-08', travelDays: -1 },
    ],
    expect: { years: { 2023: { public: 0, professional: 0, compliant: false } }, codes: ['negative-value'] },
  },
  {
    name: 'a fixed-credit item with no date and no year cannot be placed',
    clause: 'interp:WhichYear',
    activities: [{ kind: 'publication', title: '论文甲' }],
    expect: { sum: { public: 0, professional: 0 }, codes: ['year-unknown'] },
  },

  // ───────────── 四 (preamble): the title window ─────────────
  {
    name: 'title 2023 looks at 2019–2023; all five years full → compliant',
    clause: '四',
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: true,
        failingYears: [],
        totals: { public: 150, professional: 300 },
        required: { public: 150, professional: 300 },
      },
      absentCodes: ['window-shortened'],
    },
  },
  {
    name: 'a full 2018 does not help a 2023 application (outside the window)',
    clause: '四',
    activities: [
      { kind: 'posting', year: 2018, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: { window: { titleYear: 2023, from: 2019, to: 2023, compliant: false, failingYears: [2019] } },
  },
  {
    name: 'each-year (default): one empty year fails the window though the totals reach 150/300',
    clause: 'interp:Window',
    activities: [
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2020, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2020 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2021, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2021 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2022, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2022 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2023, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2023 },
    ],
    expect: { window: { titleYear: 2023, from: 2019, to: 2023, compliant: false, failingYears: [2019] } },
  },
  {
    name: 'pooled: the same record passes, totals 160/320 ≥ 150/300',
    clause: 'interp:Window',
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2020, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2020 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2021, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2021 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2022, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2022 },
      { kind: 'job-training', claimedHours: 40, days: 5, year: 2023, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2023 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: true,
        totals: { public: 160, professional: 320 },
        required: { public: 150, professional: 300 },
      },
    },
  },
  {
    name: 'pooled fails: four full years and one empty → 120/240 < 150/300',
    clause: 'interp:Window',
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: false,
        totals: { public: 120, professional: 240 },
      },
    },
  },
  {
    name: 'pooled: surplus public never makes up for professional (270 public, 240 professional fails)',
    clause: 'interp:Window',
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'job-training', claimedHours: 150, days: 20, year: 2023, declaredSubject: 'public' },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: false,
        totals: { public: 270, professional: 240 },
      },
    },
  },
  {
    name: 'qualification obtained in 2020: the window is 2021–2023 (shortened)',
    clause: 'interp:Window',
    person: { qualificationYear: 2020 },
    activities: [
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: { titleYear: 2023, from: 2021, to: 2023, compliant: true, failingYears: [] },
      codes: ['window-shortened'],
    },
  },
  {
    name: 'qualification 2020 with qualificationYearStart same: 2020–2023, and the empty 2020 fails',
    clause: 'interp:Window',
    person: { qualificationYear: 2020 },
    policy: { qualificationYearStart: 'same' },
    activities: [
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: { titleYear: 2023, from: 2020, to: 2023, compliant: false, failingYears: [2020] },
      codes: ['window-shortened'],
    },
  },
  {
    name: 'qualification 2020 pooled over the shortened window: required 90/180',
    clause: 'interp:Window',
    person: { qualificationYear: 2020 },
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2021,
        to: 2023,
        compliant: true,
        totals: { public: 90, professional: 180 },
        required: { public: 90, professional: 180 },
      },
    },
  },
  {
    name: 'qualification 2018: the five years are not shortened',
    clause: 'interp:Window',
    person: { qualificationYear: 2018 },
    activities: [{ kind: 'posting', year: 2023, months: 12 }],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: false,
        failingYears: [2019, 2020, 2021, 2022],
      },
      absentCodes: ['window-shortened'],
    },
  },
  {
    name: 'application year complete (default): a short 2023 fails the window',
    clause: 'interp:Window',
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'public-course', claimedHours: 10, year: 2023 },
    ],
    expect: {
      window: { titleYear: 2023, from: 2019, to: 2023, compliant: false, failingYears: [2023] },
      absentCodes: ['application-year-in-progress'],
    },
  },
  {
    name: 'applicationYear in-progress (each-year): 2023’s shortfall is only a warning',
    clause: 'interp:Window',
    policy: { applicationYear: 'in-progress' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'public-course', claimedHours: 10, year: 2023 },
    ],
    expect: {
      window: { titleYear: 2023, from: 2019, to: 2023, compliant: true, failingYears: [] },
      codes: ['application-year-in-progress'],
    },
  },
  {
    name: 'applicationYear in-progress (each-year): another failing year still fails',
    clause: 'interp:Window',
    policy: { applicationYear: 'in-progress' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
    ],
    expect: {
      window: { titleYear: 2023, from: 2019, to: 2023, compliant: false, failingYears: [2021] },
      codes: ['application-year-in-progress'],
    },
  },
  {
    name: 'applicationYear in-progress (pooled): requires 30·4 / 60·4 = 120/240',
    clause: 'interp:Window',
    policy: { applicationYear: 'in-progress', windowPolicy: 'pooled' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: true,
        totals: { public: 120, professional: 240 },
        required: { public: 120, professional: 240 },
      },
      codes: ['application-year-in-progress'],
    },
  },
  {
    name: 'applicationYear in-progress (pooled) fails below 120/240',
    clause: 'interp:Window',
    policy: { applicationYear: 'in-progress', windowPolicy: 'pooled' },
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 6 },
      { kind: 'public-course', claimedHours: 5, year: 2023 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: false,
        totals: { public: 110, professional: 210 },
        required: { public: 120, professional: 240 },
      },
    },
  },
  {
    name: 'a deemed (COVID) year inside a pooled window counts as 30/60',
    clause: 'interp:Window',
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'covid-frontline', year: 2019 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: true,
        totals: { public: 150, professional: 300 },
      },
    },
  },
  {
    name: 'a deemed year with some hours counts at least 30/60, its real hours when higher',
    clause: 'interp:Window',
    policy: { windowPolicy: 'pooled' },
    activities: [
      { kind: 'covid-frontline', year: 2019 },
      { kind: 'job-training', claimedHours: 20, days: 3, year: 2019, declaredSubject: 'public' },
      { kind: 'job-training', claimedHours: 80, days: 10, year: 2019 },
      { kind: 'posting', year: 2020, months: 12 },
      { kind: 'posting', year: 2021, months: 12 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: {
      window: {
        titleYear: 2023,
        from: 2019,
        to: 2023,
        compliant: true,
        totals: { public: 150, professional: 320 },
      },
    },
  },
  {
    name: 'a deemed year passes on its own in an each-year window',
    clause: '四(六)1',
    activities: [
      { kind: 'posting', year: 2019, months: 12 },
      { kind: 'covid-frontline', year: 2020 },
      { kind: 'covid-frontline', year: 2021 },
      { kind: 'posting', year: 2022, months: 12 },
      { kind: 'posting', year: 2023, months: 12 },
    ],
    expect: { window: { titleYear: 2023, from: 2019, to: 2023, compliant: true, failingYears: [] } },
  },
  {
    name: 'a posting over the whole window passes each year',
    clause: '四(四)2',
    activities: [{ kind: 'posting', start: '2019-01-01', end: '2023-12-31' }],
    expect: {
      years: {
        2019: { public: 30, professional: 60, compliant: true },
        2021: { public: 30, professional: 60, compliant: true },
        2023: { public: 30, professional: 60, compliant: true },
      },
      window: { titleYear: 2023, from: 2019, to: 2023, compliant: true, failingYears: [] },
    },
  },
];
