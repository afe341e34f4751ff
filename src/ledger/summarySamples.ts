/**
 * A small 汇总 sheet and the checked person-years it is set against, for the
 * tests of `summarySheet.ts`, `../report/summaryCheck.ts` and the code table.
 */
import { readSummarySheet, type SummarySheet } from './summarySheet';

/** GB 11643 IDs of the sample (check digits computed). */
export const SUMMARY_IDS = {
  wang: '370203198003123517',
  li: '370212198507261426',
  chen: '370281198308082591',
};

/** The sample rows: a title, the header, three people, a signature line. */
export const SUMMARY_ROWS: unknown[][] = [
  ['某医院2024年度继续教育学时汇总表'],
  ['序号', '姓名', '身份证号', '年度', '公需科目学时', '专业科目学时', '合计学时', '是否达标'],
  [1, '王建国', SUMMARY_IDS.wang, 2024, { formula: 'SUMIFS(…)', result: 30 }, 60, 90, '达标'],
  [2, '李秀英', SUMMARY_IDS.li, 2024, 30, 62, { formula: 'E4+F4', result: 92 }, '达标'],
  [3, '陈磊', SUMMARY_IDS.chen, 2024, 30, 60, 90, '达标'],
  ['填表人：王丽娟'],
];

export const SUMMARY_SAMPLE = (): SummarySheet => readSummarySheet('汇总', SUMMARY_ROWS, '医院.xlsx')!;

const year = (pub: number, pro: number, compliant: boolean) => ({
  year: 2024,
  public: pub,
  professional: pro,
  total: pub + pro,
  compliant,
  deemed: false,
  shortfall: { public: Math.max(0, 30 - pub), professional: Math.max(0, 60 - pro) },
  status: 'evaluated' as const,
  pendingReview: 0,
});

/** 王建国 as the 汇总 says; 李秀英 with 52 专业 (the 汇总 says 62); no 陈磊. */
export const SUMMARY_PEOPLE = [
  {
    key: SUMMARY_IDS.wang,
    name: '王建国',
    id: null,
    status: 'evaluated' as const,
    years: [year(30, 60, true)],
    window: null,
  },
  {
    key: SUMMARY_IDS.li,
    name: '李秀英',
    id: null,
    status: 'evaluated' as const,
    years: [year(30, 52, false)],
    window: null,
  },
];
