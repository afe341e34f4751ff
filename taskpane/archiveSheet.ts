/**
 * 继续教育档案 inside Excel (issue 14): the archive of `src/report/archive.ts`
 * as one table on a sheet of its own, written through the port like the
 * report: for each person their activities with the five fields of 二(三),
 * then a subtotal row per year (filled 达标 / 未达标) and the verdict. The
 * print-ready layout (a page per person, signature lines) is the command
 * line's `--archive` and the preview's download.
 */
import type { ReportCell, ReportSheet, RowFill } from '../src/excel/port';
import { ARCHIVE_VERDICT_WORDS, type ArchivePerson } from '../src/report/archive';
import type { Lang } from './i18n';

import { ARCHIVE_SHEET_NAME } from './reportSheetNames';

export { ARCHIVE_SHEET_NAME };
export const ARCHIVE_TABLE_NAME = 'CE_Archive';

const LABELS = {
  zh: {
    header: [
      '姓名',
      '身份证号',
      '职称系列',
      '时间',
      '方式',
      '内容',
      '考试（考核）结果',
      '申报学时',
      '认定学时',
      '条款',
      '年度',
    ],
    subtotal: '{year}年度小计',
    public: '公需 {h}',
    professional: '专业 {h}',
    verdict: ARCHIVE_VERDICT_WORDS.zh,
    conclusion: '结论',
  },
  en: {
    header: [
      'Name',
      'ID number',
      'Title series',
      'When',
      'Form',
      'Content',
      'Exam result',
      'Claimed',
      'Credited',
      'Clause',
      'Year',
    ],
    subtotal: '{year} subtotal',
    public: 'public {h}',
    professional: 'professional {h}',
    verdict: ARCHIVE_VERDICT_WORDS.en,
    conclusion: 'Verdict',
  },
} as const;

const cell = (value: string | number | null): ReportCell => ({ value });
const fill = (t: string, p: Record<string, string | number>): string =>
  t.replace(/\{(\w+)\}/g, (w, k: string) => (p[k] !== undefined ? String(p[k]) : w));
const FILL: Record<string, RowFill> = {
  pass: 'pass',
  deemed: 'pass',
  fail: 'fail',
  review: 'info',
  sector: 'info',
  none: 'fail',
};

export function buildArchiveSheet(people: readonly ArchivePerson[], lang: Lang): ReportSheet {
  const L = LABELS[lang];
  const rows: ReportCell[][] = [];
  const rowFills: RowFill[] = [];
  for (const p of people) {
    const who = [cell(p.name), cell(p.id), cell(p.series)];
    for (const a of p.activities) {
      rows.push([
        ...who,
        cell(a.when),
        cell(a.kind),
        cell(a.title),
        cell(a.result),
        cell(a.claimed),
        cell(a.credited),
        cell(a.clause),
        cell(a.years.join(lang === 'zh' ? '、' : ', ')),
      ]);
      rowFills.push(null);
    }
    for (const y of p.years) {
      rows.push([
        ...who,
        cell(fill(L.subtotal, { year: y.year })),
        cell(fill(L.public, { h: y.public })),
        cell(fill(L.professional, { h: y.professional })),
        cell(L.verdict[y.verdict]),
        ...[null, null, null, null].map(cell),
      ]);
      rowFills.push(FILL[y.verdict] ?? null);
    }
    rows.push([
      ...who,
      cell(L.conclusion),
      cell(L.verdict[p.verdict]),
      ...[null, null, null, null, null, null].map(cell),
    ]);
    rowFills.push(FILL[p.verdict] ?? null);
  }
  return {
    name: ARCHIVE_SHEET_NAME,
    header: [...L.header],
    rows,
    rowFills,
    tableName: ARCHIVE_TABLE_NAME,
    columnWidths: [60, 130, 60, 130, 100, 200, 90, 50, 50, 50, 40],
    freezeHeader: true,
  };
}
