/**
 * The report workbook (`--report out.xlsx`, the pane's export): sheets 汇总
 * (person × year, pass/fail colours, frozen header, filters), 明细 (each
 * activity: claimed, credited, clause, reasons) and 问题 (findings with
 * sheet/row). Built from the report model alone; no file system here (the
 * caller writes the bytes).
 *
 * Text stays text: every string goes in as a string cell (exceljs writes a
 * formula only for `{ formula }` values, which are never built here), so
 * `=SUM(A1)` from a ledger cell shows as those characters and never runs.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/format';
import { findingMessage } from '../ledger/findings';
import type { Finding } from '../ledger/types';
import { MAX_CELL_CHARS } from './excelLimits';
import type { ReportSummary, ReportDetail, ReportPersonSummary } from './types';

export const REPORT_SHEETS = { summary: '汇总', details: '明细', findings: '问题' } as const;

type Cell = string | number | boolean | null;

const LABELS = {
  zh: {
    summary: [
      '姓名',
      '身份证号',
      '状态',
      '年度',
      '公需',
      '专业',
      '合计',
      '达标',
      '公需缺口',
      '专业缺口',
      '待核验',
    ],
    details: [
      '文件',
      '工作表',
      '行',
      '姓名',
      '身份证号',
      '学习形式',
      '条款',
      '年度',
      '申报学时',
      '折算学时',
      '计入学时',
      '待核验',
      '原因',
    ],
    findings: ['严重程度', '文件', '工作表', '行', '列', '姓名', '代码', '条款', '说明'],
    evaluated: '按本通知判定',
    sector: '按行业规定',
    pass: '达标',
    fail: '未达标',
    deemed: '视同完成',
    window: '近五年',
    yes: '是',
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  en: {
    summary: [
      'Name',
      'ID number',
      'Status',
      'Year',
      'Public',
      'Professional',
      'Total',
      'Verdict',
      'Public short',
      'Professional short',
      'To verify',
    ],
    details: [
      'File',
      'Sheet',
      'Row',
      'Name',
      'ID number',
      'Activity kind',
      'Clause',
      'Years',
      'Claimed',
      'Converted',
      'Credited',
      'To verify',
      'Reasons',
    ],
    findings: ['Severity', 'File', 'Sheet', 'Row', 'Column', 'Name', 'Code', 'Clause', 'Message'],
    evaluated: 'Judged by this notice',
    sector: 'Left to its sector',
    pass: 'Pass',
    fail: 'Fail',
    deemed: 'Deemed complete',
    window: 'Five-year window',
    yes: 'yes',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
} as const;

const FILL = {
  pass: 'FFC6EFCE',
  fail: 'FFFFC7CE',
  neutral: 'FFDDEBF7',
  header: 'FFD9D9D9',
} as const;

/** A value as it may go into a cell: finite numbers, booleans, strings clamped to Excel's limit. */
export function reportCellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  const s = String(v);
  return s.length > MAX_CELL_CHARS ? s.slice(0, MAX_CELL_CHARS) : s;
}

function addRow(ws: ExcelJS.Worksheet, values: readonly unknown[]): ExcelJS.Row {
  const row = ws.addRow(values.map(reportCellValue));
  return row;
}

function fill(row: ExcelJS.Row, argb: string, from: number, to: number): void {
  for (let c = from; c <= to; c++)
    row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function header(ws: ExcelJS.Worksheet, labels: readonly string[], widths: readonly number[]): void {
  const row = addRow(ws, labels);
  row.font = { bold: true };
  fill(row, FILL.header, 1, labels.length);
  labels.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 12));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function filters(ws: ExcelJS.Worksheet, columns: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: columns } };
}

function summarySheet(wb: ExcelJS.Workbook, report: ReportSummary, lang: Lang): void {
  const L = LABELS[lang];
  const ws = wb.addWorksheet(REPORT_SHEETS.summary);
  header(ws, L.summary, [10, 21, 14, 12, 8, 8, 8, 12, 10, 12, 8]);
  const n = L.summary.length;
  for (const p of report.people) {
    const status = p.status === 'sector' ? `${L.sector}${p.sector ? `（${p.sector}）` : ''}` : L.evaluated;
    for (const y of p.years) {
      const verdict = p.status === 'sector' ? L.sector : y.deemed ? L.deemed : y.compliant ? L.pass : L.fail;
      const row = addRow(ws, [
        p.name,
        p.id,
        status,
        y.year,
        y.public,
        y.professional,
        y.total,
        verdict,
        y.shortfall.public,
        y.shortfall.professional,
        y.pendingReview || null,
      ]);
      fill(row, p.status === 'sector' ? FILL.neutral : y.compliant ? FILL.pass : FILL.fail, 8, 8);
    }
    if (p.window) windowRow(ws, p, lang);
  }
  filters(ws, n);
}

function windowRow(ws: ExcelJS.Worksheet, p: ReportPersonSummary, lang: Lang): void {
  const L = LABELS[lang];
  const w = p.window;
  if (!w) return;
  const short = (have: number, need: number): number => Math.max(0, need - have);
  const row = addRow(ws, [
    p.name,
    p.id,
    p.status === 'sector' ? L.sector : L.evaluated,
    `${w.from}-${w.to} ${L.window}`,
    w.totals.public,
    w.totals.professional,
    w.totals.public + w.totals.professional,
    p.status === 'sector' ? L.sector : w.compliant ? L.pass : L.fail,
    short(w.totals.public, w.required.public),
    short(w.totals.professional, w.required.professional),
    null,
  ]);
  row.font = { italic: true };
  fill(row, p.status === 'sector' ? FILL.neutral : w.compliant ? FILL.pass : FILL.fail, 8, 8);
}

function sameRow(f: Finding, d: ReportDetail): boolean {
  return f.row === d.row && f.sheet === d.sheet && (f.file ?? '') === (d.file ?? '');
}

function detailsSheet(wb: ExcelJS.Workbook, report: ReportSummary, lang: Lang): void {
  const L = LABELS[lang];
  const ws = wb.addWorksheet(REPORT_SHEETS.details);
  header(ws, L.details, [16, 12, 6, 10, 21, 26, 9, 10, 9, 9, 9, 8, 50]);
  // Reasons as sentences: the row's rule findings carry the params the codes need.
  const byRow = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.layer !== 'rules' || f.row === null) continue;
    const k = `${f.file ?? ''}|${f.sheet}!${f.row}`;
    const list = byRow.get(k);
    if (list) list.push(f);
    else byRow.set(k, [f]);
  }
  for (const d of report.details) {
    const rowFindings = (byRow.get(`${d.file ?? ''}|${d.sheet}!${d.row}`) ?? []).filter((f) => sameRow(f, d));
    const reasons = d.reasons.map((code) => {
      const f = rowFindings.find((x) => x.code === code);
      return f ? findingMessage(f, lang) : code;
    });
    addRow(ws, [
      d.file ?? null,
      d.sheet,
      d.row,
      d.name,
      d.id,
      d.kindName,
      d.clause,
      d.years.join(lang === 'zh' ? '、' : ', '),
      d.claimed,
      d.creditedBeforeCaps,
      d.credited,
      d.pendingReview ? L.yes : null,
      reasons.join('；'),
    ]);
  }
  filters(ws, L.details.length);
}

function findingsSheet(wb: ExcelJS.Workbook, report: ReportSummary, lang: Lang): void {
  const L = LABELS[lang];
  const ws = wb.addWorksheet(REPORT_SHEETS.findings);
  header(ws, L.findings, [8, 16, 12, 6, 5, 10, 26, 9, 70]);
  const names = new Map(report.people.map((p) => [p.key, p.name]));
  for (const f of report.findings) {
    const row = addRow(ws, [
      L.severity[f.severity],
      f.file ?? null,
      f.sheet,
      f.row,
      f.column,
      f.personKey !== undefined ? (names.get(f.personKey) ?? null) : null,
      f.code,
      f.clause,
      findingMessage(f, lang),
    ]);
    if (f.severity === 'error') fill(row, FILL.fail, 1, 1);
  }
  filters(ws, L.findings.length);
}

/** The report as an exceljs workbook (labels in the report's language). */
export function buildReportWorkbook(
  report: ReportSummary,
  lang: Lang = report.options.lang,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '继续教育学时合规助手';
  summarySheet(wb, report, lang);
  detailsSheet(wb, report, lang);
  findingsSheet(wb, report, lang);
  return wb;
}

/** The report workbook's bytes (.xlsx). */
export async function reportWorkbookBytes(
  report: ReportSummary,
  lang: Lang = report.options.lang,
): Promise<Uint8Array> {
  const buf = await buildReportWorkbook(report, lang).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
