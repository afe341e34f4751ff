/**
 * The title-application window (四, preamble): "近五年（申报职称年限少于五年的按照
 * 实际年限）滚动管理…2023年申报职称的，其近五年就是2019—2023年".
 */
import { atLeast, clean } from './exact';
import { ruleIssue } from './issues';
import { TITLE_WINDOW_YEARS, YEARLY_REQUIREMENT } from './notice';
import type { Policy, PersonYearSummary, RuleIssue, TitleWindow, WindowResult } from './types';

/**
 * The years Y−4 … Y, starting later when the qualification was obtained later
 * (the year after it by default, or that year with `qualificationYearStart: 'same'`).
 * @example titleWindow(2023) → 2019–2023; titleWindow(2023, 2020) → 2021–2023
 */
export function titleWindow(
  titleYear: number,
  qualificationYear?: number,
  policy: Pick<Policy, 'qualificationYearStart'> = { qualificationYearStart: 'after' },
): TitleWindow {
  let from = titleYear - (TITLE_WINDOW_YEARS - 1);
  let reading: TitleWindow['reading'] = 'five-years';
  if (qualificationYear !== undefined) {
    const start = policy.qualificationYearStart === 'after' ? qualificationYear + 1 : qualificationYear;
    if (start > from) {
      from = Math.min(start, titleYear);
      reading = policy.qualificationYearStart === 'after' ? 'qualification-after' : 'qualification-same';
    }
  }
  const years: number[] = [];
  for (let y = from; y <= titleYear; y++) years.push(y);
  return { titleYear, from, to: titleYear, years, reading };
}

/**
 * The window's verdict. `each-year`: every year passes (deemed years pass).
 * `pooled`: the window's totals reach 30·n 公需 and 60·n 专业, a deemed year
 * counting as at least 30/60. With `applicationYear: 'in-progress'` the
 * application year's shortfall is a warning: each-year skips it; pooled asks
 * 30·(n−1) / 60·(n−1) while still counting the hours earned in it so far.
 */
export function checkWindow(
  span: TitleWindow,
  yearSummary: (year: number) => PersonYearSummary,
  policy: Pick<Policy, 'windowPolicy' | 'applicationYear'>,
  status: WindowResult['status'] = 'evaluated',
): WindowResult {
  const issues: RuleIssue[] = [];
  const req = YEARLY_REQUIREMENT;
  if (span.reading !== 'five-years') {
    issues.push(
      ruleIssue('window-shortened', 'info', '四', { from: span.from, to: span.to, reading: span.reading }),
    );
  }
  const summaries = span.years.map(yearSummary);
  const inProgress = policy.applicationYear === 'in-progress';
  const failingYears: number[] = [];
  let pub = 0;
  let pro = 0;
  for (const s of summaries) {
    pub += s.deemed ? Math.max(s.publicHours, req.publicHours) : s.publicHours;
    pro += s.deemed ? Math.max(s.professionalHours, req.professionalHours) : s.professionalHours;
    if (!s.compliant) {
      if (inProgress && s.year === span.titleYear) {
        issues.push(
          ruleIssue('application-year-in-progress', 'warning', '四', {
            year: s.year,
            public: s.shortfall.public,
            professional: s.shortfall.professional,
          }),
        );
      } else {
        failingYears.push(s.year);
      }
    }
  }
  const countedYears = span.years.length - (inProgress ? 1 : 0);
  const required = {
    public: req.publicHours * countedYears,
    professional: req.professionalHours * countedYears,
  };
  const totals = { public: clean(pub), professional: clean(pro) };
  const compliant =
    policy.windowPolicy === 'each-year'
      ? failingYears.length === 0
      : atLeast(totals.public, required.public) && atLeast(totals.professional, required.professional);
  // Written out, not spread from `span`: a spread here cost microseconds per person.
  return {
    titleYear: span.titleYear,
    from: span.from,
    to: span.to,
    years: span.years,
    reading: span.reading,
    policy: policy.windowPolicy,
    status,
    compliant,
    failingYears,
    totals,
    required,
    issues,
  };
}
