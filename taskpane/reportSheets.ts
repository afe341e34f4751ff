/**
 * The report as the sheet 继续教育合规报告 (one Excel table): a line per person
 * and year (公需, 专业, shortfalls, the year's verdict in pass/fail colours, the
 * five-year window's verdict), then a line per finding with a link back to its
 * ledger row. Pure: the port writes it (guarding text against formulas).
 * Also the row marks for the ledger: one per row with findings.
 */
import type {
  CellValue,
  ReportCell,
  ReportChartTable,
  ReportSheet,
  RowFill,
  RowMark,
} from '../src/excel/port';
import type { Lang } from '../src/i18n/format';
import { findingMessage } from '../src/ledger/findings';
import { columnIndex } from '../src/ledger/columns';
import type { Finding, Severity } from '../src/ledger/types';
import type { Report, ReportPerson, ReportYear } from '../src/report/types';
import { unitRollUp } from '../src/report/units';

import { REPORT_SHEET_NAME } from './reportSheetNames';

export { REPORT_SHEET_NAME };
export const REPORT_TABLE_NAME = 'CE_ComplianceReport';

const LABELS = {
  zh: {
    header: [
      '类别',
      '姓名',
      '身份证号',
      '年度',
      '公需学时',
      '专业学时',
      '公需缺口',
      '专业缺口',
      '年度结论',
      '近五年判定',
      '台账位置',
      '严重程度',
      '问题',
      '条款',
    ],
    personYear: '人员年度',
    finding: '问题',
    pass: '达标',
    fail: '未达标',
    review: '待核实（{rows}）',
    deemed: '视同完成',
    sector: '按行业规定',
    none: '无记录',
    windowPass: '{from}–{to} 符合',
    windowFail: '{from}–{to} 不符合：{years}',
    windowSector: '{from}–{to} 按行业规定',
    row: '{sheet} 第 {row} 行',
    sheet: '{sheet}',
    severity: { error: '错误', warning: '警告', info: '提示' },
    sep: '、',
    byYearTitle: '各年度达标率',
    byYear: ['年度', '达标率', '达标人数', '人数'],
    byUnitTitle: '各单位达标率',
    byUnit: ['单位', '达标率', '达标人数', '人数'],
    total: '合计',
  },
  en: {
    header: [
      'Type',
      'Name',
      'ID number',
      'Year',
      'Public',
      'Professional',
      'Public short',
      'Professional short',
      'Year verdict',
      'Five-year window',
      'Ledger place',
      'Severity',
      'Finding',
      'Clause',
    ],
    personYear: 'Person-year',
    finding: 'Finding',
    pass: 'Pass',
    fail: 'Fail',
    review: 'To verify ({rows})',
    deemed: 'Deemed complete',
    sector: 'Sector rules',
    none: 'No records',
    windowPass: '{from}–{to} passes',
    windowFail: '{from}–{to} fails: {years}',
    windowSector: '{from}–{to} sector rules',
    row: '{sheet} row {row}',
    sheet: '{sheet}',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    sep: ', ',
    byYearTitle: 'Share passing by year',
    byYear: ['Year', 'Share passing', 'Passing', 'People'],
    byUnitTitle: 'Share passing by unit',
    byUnit: ['Unit', 'Share passing', 'Passing', 'People'],
    total: 'Total',
  },
} as const;

const fill = (t: string, p: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (w, k: string) => String(p[k] ?? w));
const cell = (value: CellValue, link?: ReportCell['link']): ReportCell =>
  link ? { value, link } : { value };
const hours = (h: number) => Math.round(h * 100) / 100;

function yearVerdict(y: ReportYear, L: (typeof LABELS)[Lang]): string {
  if (y.status === 'sector') return L.sector;
  if (y.review) return fill(L.review, { rows: y.review.join(L.sep) });
  if (y.deemed) return L.deemed;
  return y.compliant ? L.pass : L.fail;
}

function windowVerdict(p: ReportPerson, L: (typeof LABELS)[Lang]): string {
  const w = p.window;
  if (!w) return '';
  if (p.status === 'sector') return fill(L.windowSector, { from: w.from, to: w.to });
  if (w.compliant) return fill(L.windowPass, { from: w.from, to: w.to });
  if (w.review) return fill(L.review, { rows: w.review.join(L.sep) });
  return fill(L.windowFail, { from: w.from, to: w.to, years: w.failingYears.join(L.sep) });
}

function yearFill(y: ReportYear): RowFill {
  if (y.status === 'sector') return 'info';
  return !y.review && (y.compliant || y.deemed) ? 'pass' : 'fail';
}

/** A year passes as the sheet's 年度结论 says 达标 or 视同完成 (not 待核实, not sector rules). */
const yearPasses = (y: ReportYear) => !y.review && (y.compliant || y.deemed);

/**
 * 达标率 by year (issue 13, item 6): of the people with a year this notice judges (sector rules left
 * out), how many pass it — the share of the 年度结论 column that reads 达标 or 视同完成.
 */
export function passRateByYear(
  people: readonly ReportPerson[],
): Array<{ year: number; people: number; passing: number; rate: number }> {
  const years = new Map<number, { people: number; passing: number }>();
  for (const p of people)
    for (const y of p.years) {
      if (y.status !== 'evaluated') continue;
      const e = years.get(y.year) ?? { people: 0, passing: 0 };
      e.people++;
      if (yearPasses(y)) e.passing++;
      years.set(y.year, e);
    }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({ year, ...e, rate: e.passing / e.people }));
}

const CHART_TABLE_WIDTHS = [90, 55, 55, 45];

/** The summary tables with charts: by year, and by unit when the people come from several units. */
export function buildChartTables(report: Report, lang: Lang): ReportChartTable[] {
  const L = LABELS[lang];
  const rate = (x: number) => Math.round(x * 10000) / 10000;
  const tables: ReportChartTable[] = [];
  const byYear = passRateByYear(report.people);
  if (byYear.length)
    tables.push({
      title: L.byYearTitle,
      header: [...L.byYear],
      rows: byYear.map((y) => [y.year, rate(y.rate), y.passing, y.people]),
      percentColumns: [1],
      chart: 'column',
      columnWidths: CHART_TABLE_WIDTHS,
    });
  // By unit: the person's unit is the file the records came from (one file per employer).
  const units = unitRollUp(report.people, report.options).filter((u) => u.passShare !== null);
  const named = units.filter((u) => u.unit !== '');
  if (named.length >= 2) {
    const total = units.find((u) => u.unit === '');
    tables.push({
      title: L.byUnitTitle,
      header: [...L.byUnit],
      rows: [
        ...named.map((u) => [u.unit, rate(u.passShare!), u.passing, u.people - u.sector]),
        ...(total ? [[L.total, rate(total.passShare!), total.passing, total.people - total.sector]] : []),
      ],
      chartRows: named.length,
      percentColumns: [1],
      chart: 'column',
      columnWidths: CHART_TABLE_WIDTHS,
    });
  }
  return tables;
}

/** Findings that point at a row of a sheet in this workbook (not at another file). */
export function rowFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.row !== null && f.row > 0 && f.file === undefined);
}

/**
 * The report sheet. Names and IDs come from the report (IDs masked unless the
 * report was built with `showIds`).
 */
export function buildReportSheets(report: Report, lang: Lang = report.options.lang): ReportSheet[] {
  const L = LABELS[lang];
  const rows: ReportCell[][] = [];
  const fills: RowFill[] = [];
  const names = new Map(report.people.map((p) => [p.key, p.name]));
  for (const p of report.people) {
    const w = windowVerdict(p, L);
    if (p.years.length === 0) {
      rows.push(
        [L.personYear, p.name, p.id, null, 0, 0, null, null, L.none, w, null, null, null, null].map((v) =>
          cell(v),
        ),
      );
      fills.push(p.status === 'sector' ? 'info' : 'fail');
      continue;
    }
    for (const y of p.years) {
      const evaluated = y.status === 'evaluated';
      rows.push(
        [
          L.personYear,
          p.name,
          p.id,
          y.year,
          hours(y.public),
          hours(y.professional),
          evaluated ? hours(y.shortfall.public) : null,
          evaluated ? hours(y.shortfall.professional) : null,
          yearVerdict(y, L),
          w,
          null,
          null,
          null,
          null,
        ].map((v) => cell(v)),
      );
      fills.push(yearFill(y));
    }
  }
  for (const f of report.findings) {
    const inBook = f.file === undefined && f.row !== null && f.row > 0;
    const column = f.column ? (columnIndex(f.column) ?? 0) + 1 : 1;
    const place =
      f.row !== null && f.row > 0
        ? fill(L.row, { sheet: f.sheet, row: f.row })
        : fill(L.sheet, { sheet: f.sheet });
    rows.push([
      cell(L.finding),
      cell(f.personKey !== undefined ? (names.get(f.personKey) ?? null) : null),
      cell(null),
      cell(null),
      cell(null),
      cell(null),
      cell(null),
      cell(null),
      cell(null),
      cell(null),
      cell(place, inBook ? { sheet: f.sheet, row: f.row as number, column } : undefined),
      cell(L.severity[f.severity]),
      cell(findingMessage(f, lang)),
      cell(f.clause),
    ]);
    fills.push(null);
  }
  return [
    {
      name: REPORT_SHEET_NAME,
      header: [...L.header],
      rows,
      rowFills: fills,
      tableName: REPORT_TABLE_NAME,
      columnWidths: [60, 60, 130, 40, 55, 55, 55, 55, 70, 150, 100, 50, 360, 50],
      freezeHeader: true,
      charts: buildChartTables(report, lang),
    },
  ];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** At most this many messages in one row's note (the rest is counted). */
const NOTE_MESSAGES = 5;

/**
 * One mark per ledger row with findings: the worst severity, and a note with
 * the messages (what the add-in adds to the ledger; values are never touched).
 */
export function buildRowMarks(findings: readonly Finding[], lang: Lang): RowMark[] {
  const byRow = new Map<string, Finding[]>();
  for (const f of rowFindings(findings)) {
    const key = `${f.sheet}\u0000${f.row}`;
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const marks: RowMark[] = [];
  for (const list of byRow.values()) {
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const shown = list.slice(0, NOTE_MESSAGES).map((f) => `• ${findingMessage(f, lang)}`);
    if (list.length > NOTE_MESSAGES)
      shown.push(
        lang === 'zh' ? `…另有 ${list.length - NOTE_MESSAGES} 条` : `…${list.length - NOTE_MESSAGES} more`,
      );
    marks.push({
      sheet: list[0].sheet,
      row: list[0].row as number,
      severity: worst.severity,
      note: shown.join('\n'),
    });
  }
  return marks;
}
