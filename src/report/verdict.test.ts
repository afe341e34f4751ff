import { personVerdict } from './verdict';
import type { ReportPerson, ReportYear, ReportWindow } from './types';

const year = (y: number, compliant: boolean): ReportYear => ({
  year: y,
  public: compliant ? 30 : 10,
  professional: 60,
  total: compliant ? 90 : 70,
  compliant,
  deemed: false,
  shortfall: { public: compliant ? 0 : 20, professional: 0 },
  status: 'evaluated',
  pendingReview: 0,
});
const window = (compliant: boolean): ReportWindow => ({
  titleYear: 2023,
  from: 2019,
  to: 2023,
  policy: 'pooled',
  compliant,
  failingYears: [],
  reading: 'five-years',
  totals: { public: 150, professional: 300 },
  required: { public: 150, professional: 300 },
});
const person = (years: ReportYear[], w: ReportWindow | null, status: 'evaluated' | 'sector' = 'evaluated') =>
  ({ key: 'k', name: '甲', id: null, status, years, window: w, evaluation: {} }) as unknown as ReportPerson;

describe('personVerdict: one rule for the exit status, the counts and the pane', () => {
  test.each([
    ['every year passes', person([year(2022, true), year(2023, true)], null), {}, true],
    ['one year fails', person([year(2022, false), year(2023, true)], null), {}, false],
    ['nothing recorded', person([], null), {}, false],
    [
      'a weak year inside a passing pooled window',
      person([year(2022, false)], window(true)),
      { titleYear: 2023 },
      true,
    ],
    ['a failing window', person([year(2022, true)], window(false)), { titleYear: 2023 }, false],
    [
      'window passes but the asked year fails',
      person([year(2023, false)], window(true)),
      { titleYear: 2023, year: 2023 },
      false,
    ],
    ['sector staff get no verdict', person([year(2023, false)], null, 'sector'), {}, null],
  ])('%s', (_name, p, options, expected) => {
    expect(personVerdict(p, options)).toBe(expected);
  });
});
