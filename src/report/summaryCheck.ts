/**
 * A workbook's 汇总 sheet set against the check of its 明细: per person-year,
 * where the totals or the 是否达标 the 汇总 states differ from what the 明细
 * gives (`summary-differs`, naming sheet, row and columns), and person-years
 * the 汇总 lists that the 明细 has no record of (`summary-no-detail`). The
 * 明细 decides; the 汇总 is what an office typed or summed from it.
 */
import { ledgerFinding } from '../ledger/findings';
import { NAME_KEY_PREFIX } from '../ledger/join';
import type { SummaryField, SummaryRow, SummarySheet } from '../ledger/summarySheet';
import type { Finding } from '../ledger/types';
import type { ReportCounts, ReportPersonSummary, ReportYear } from './types';

/** Figures equal to the hundredth of an hour (7/12 × 30 = 17.5 is exact; sums of thirds are not). */
const SAME = 0.005;

const FIELD_EN: Record<'public' | 'professional' | 'total' | 'verdict', string> = {
  public: 'public hours',
  professional: 'professional hours',
  total: 'total',
  verdict: 'compliance',
};

const VERDICT_ZH = { pass: '达标', fail: '未达标', review: '待核实' } as const;
const VERDICT_EN = { pass: 'compliant', fail: 'not compliant', review: 'to be verified' } as const;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The person a 汇总 row names: by ID, else by a name only one person has. */
function personIndex(
  people: readonly ReportPersonSummary[],
): (row: SummaryRow) => ReportPersonSummary | undefined {
  const byKey = new Map(people.map((p) => [p.key, p]));
  const byName = new Map<string, ReportPersonSummary | null>();
  for (const p of people) byName.set(p.name, byName.has(p.name) ? null : p);
  return (row) =>
    (row.id !== undefined ? byKey.get(row.id) : undefined) ??
    (row.name !== undefined
      ? (byKey.get(NAME_KEY_PREFIX + row.name) ?? byName.get(row.name) ?? undefined)
      : undefined);
}

function checkVerdict(year: ReportYear): 'pass' | 'fail' | 'review' {
  if (year.review !== undefined && year.review.length > 0) return 'review';
  return year.compliant ? 'pass' : 'fail';
}

interface Diff {
  field: SummaryField;
  zh: string;
  en: string;
}

/** What one 汇总 row states that the 明细's person-year does not give. */
function differences(sheet: SummarySheet, row: SummaryRow, year: ReportYear): Diff[] {
  const diffs: Diff[] = [];
  const col = (f: SummaryField): { zh: string; en: string } => {
    const c = sheet.columns[f];
    return c
      ? {
          zh: `${c.header}（${c.letter}列）`,
          en: `${FIELD_EN[f as keyof typeof FIELD_EN]} (column ${c.letter})`,
        }
      : { zh: '', en: '' };
  };
  // A deemed year (四(六)1) or a sector's year (五) has no figures of this notice to compare.
  if (!year.deemed && year.status === 'evaluated') {
    const credited = {
      public: year.public,
      professional: year.professional,
      total: year.public + year.professional,
    };
    for (const f of ['public', 'professional', 'total'] as const) {
      const stated = row[f];
      if (stated === undefined || Math.abs(stated - credited[f]) < SAME) continue;
      const c = col(f);
      diffs.push({
        field: f,
        zh: `${c.zh}填 ${round(stated)}，明细认定 ${round(credited[f])}`,
        en: `${c.en} says ${round(stated)}, the detail credits ${round(credited[f])}`,
      });
    }
  }
  if (row.verdict !== undefined && year.status === 'evaluated') {
    const checked = checkVerdict(year);
    if (checked !== row.verdict) {
      const c = col('verdict');
      diffs.push({
        field: 'verdict',
        zh: `${c.zh}填“${VERDICT_ZH[row.verdict]}”，核查为${VERDICT_ZH[checked]}`,
        en: `${c.en} says "${VERDICT_EN[row.verdict]}", the check finds it ${VERDICT_EN[checked]}`,
      });
    }
  }
  return diffs;
}

/** What a 汇总 row states, for the finding about a person-year the 明细 lacks. */
function stated(row: SummaryRow): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (row.public !== undefined) {
    zh.push(`公需 ${round(row.public)} 学时`);
    en.push(`public ${round(row.public)} hours`);
  }
  if (row.professional !== undefined) {
    zh.push(`专业 ${round(row.professional)} 学时`);
    en.push(`professional ${round(row.professional)} hours`);
  }
  if (row.verdict !== undefined) {
    zh.push(VERDICT_ZH[row.verdict]);
    en.push(VERDICT_EN[row.verdict]);
  }
  return zh.length > 0 ? { zh: zh.join('、'), en: en.join(', ') } : { zh: '未填学时', en: 'no hours given' };
}

/**
 * The findings of one 汇总 sheet against the report's people. A row without a
 * 年度 column is the person's only year, when they have one.
 */
export function checkSummarySheet(sheet: SummarySheet, people: readonly ReportPersonSummary[]): Finding[] {
  const find = personIndex(people);
  const findings: Finding[] = [];
  const place = (row: number, f: SummaryField | undefined) => ({
    ...(sheet.file !== undefined ? { file: sheet.file } : {}),
    sheet: sheet.sheet,
    row,
    column: f === undefined ? null : (sheet.columns[f]?.letter ?? null),
  });
  for (const row of sheet.rows) {
    const person = find(row);
    const yearNo = row.year ?? (person?.years.length === 1 ? person.years[0].year : undefined);
    if (yearNo === undefined) continue;
    const name = row.name ?? person?.name ?? '';
    const year = person?.years.find((y) => y.year === yearNo);
    if (year === undefined || (person?.records ?? 1) === 0) {
      const s = stated(row);
      findings.push(
        ledgerFinding(
          'summary-no-detail',
          { name, year: yearNo, stated: s.zh, statedEn: s.en },
          place(row.row, sheet.columns.name ? 'name' : 'idNumber'),
          person?.key,
        ),
      );
      continue;
    }
    const diffs = differences(sheet, row, year);
    if (diffs.length === 0) continue;
    findings.push(
      ledgerFinding(
        'summary-differs',
        {
          name,
          year: yearNo,
          diffs: diffs.map((d) => d.zh).join('；'),
          diffsEn: diffs.map((d) => d.en).join('; '),
        },
        place(row.row, diffs[0].field),
        person?.key,
      ),
    );
  }
  return findings;
}

/** A report with the 汇总 findings added after its own, and counted. */
export function withSummaryFindings<
  R extends { findings: Finding[]; counts: Pick<ReportCounts, 'findings'> },
>(report: R, sheets: readonly SummarySheet[], people: readonly ReportPersonSummary[]): R {
  const added = sheets.flatMap((s) => checkSummarySheet(s, people));
  if (added.length === 0) return report;
  const counts = { ...report.counts, findings: { ...report.counts.findings } };
  for (const f of added) counts.findings[f.severity]++;
  return { ...report, findings: [...report.findings, ...added], counts };
}
