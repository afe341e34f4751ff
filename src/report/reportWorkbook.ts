/**
 * The report workbook (`--report out.xlsx`, the preview's 生成报告): sheets 汇总
 * (person × year, pass/fail colours, frozen header, filters), 明细 (each
 * activity: claimed, credited, clause, reasons) and 问题 (findings with
 * sheet/row), and on request 单位汇总, 待办 and 抽查. Built from the report
 * model alone and written row by row by our own streaming writer
 * (src/io/xlsx/write): no file system here (the caller gives the stream, or
 * takes the bytes).
 *
 * Text stays text: every string goes in as an inline string cell, never a
 * formula, so `=SUM(A1)` from a ledger cell shows as those characters and never runs.
 * No exceljs here: `./xlsx` adds the read-back for tests and tools.
 */
import type { PlanPerson } from './plan';
import { unitOfFile, type UnitRow } from './units';
import type { Lang } from '../i18n/format';
import { findingMessage } from '../ledger/findings';
import type { Finding } from '../ledger/types';
import { reportDetails } from './detailColumns';
import { MAX_CELL_CHARS, MAX_SHEET_ROWS } from './excelLimits';
import type { ReportSummary, ReportDetail, ReportPersonSummary } from './types';
import {
  XlsxWriter,
  memorySink,
  webZipCodec,
  writableSink,
  type XlsxSheet,
  type ZipCodec,
} from '../io/xlsx/write';
import type { WritableLike } from '../io/xlsx/write/codec';

export const REPORT_SHEETS = {
  summary: '汇总',
  details: '明细',
  findings: '问题',
  plan: '待办',
  units: '单位汇总',
  sample: '抽查',
} as const;

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
      '须核实的行',
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
    plan: ['姓名', '身份证号', '年度', '公需缺', '专业缺', '能否补学', '提醒'],
    canMakeUp: '可补学',
    units: ['单位', '人数', '达标', '未达标', '待核实', '按行业规定', '达标率'],
    total: '合计',
    sample: ['单位', '姓名', '身份证号', '工作表', '行', '学习形式', '条款', '计入学时', '应查验的证明材料'],
    lost: '已无法补学',
    evaluated: '按本通知判定',
    sector: '按行业规定',
    pass: '达标',
    fail: '未达标',
    review: '待核实',
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
      'Rows to verify',
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
    plan: ['Name', 'ID number', 'Year', 'Public short', 'Professional short', 'Can be made up', 'Reminder'],
    canMakeUp: 'yes',
    units: ['Unit', 'People', 'Pass', 'Fail', 'To verify', 'Sector rules', 'Share passing'],
    total: 'Total',
    sample: [
      'Unit',
      'Name',
      'ID number',
      'Sheet',
      'Row',
      'Activity kind',
      'Clause',
      'Credited',
      'Evidence to ask for',
    ],
    lost: 'no longer',
    evaluated: 'Judged by this notice',
    sector: 'Left to its sector',
    pass: 'Pass',
    fail: 'Fail',
    review: 'To verify',
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
  review: 'FFFFEB9C',
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

/** The report's cell styles, as the writer's style indices. */
interface ReportStyles {
  header: number;
  /** A solid fill by ARGB, plain or italic (the five-year window's line). */
  fill(argb: string, italic?: boolean): number;
  italic: number;
  bold: number;
  percent: number;
  boldPercent: number;
}

function reportStyles(book: XlsxWriter): ReportStyles {
  const fills = new Map<string, number>();
  return {
    header: book.style({ bold: true, fill: FILL.header }),
    fill(argb, italic = false) {
      const key = `${argb}${italic ? 'i' : ''}`;
      let id = fills.get(key);
      if (id === undefined) {
        id = book.style({ fill: argb, italic });
        fills.set(key, id);
      }
      return id;
    },
    italic: book.style({ italic: true }),
    bold: book.style({ bold: true }),
    percent: book.style({ numFmt: '0.0%' }),
    boldPercent: book.style({ bold: true, numFmt: '0.0%' }),
  };
}

/** The style of each of `columns` cells: `base` everywhere, `at` where given (1-based columns). */
function rowStyles(columns: number, base: number, at: Record<number, number>): number[] {
  const out = new Array<number>(columns).fill(base);
  for (const [c, id] of Object.entries(at)) out[Number(c) - 1] = id;
  return out;
}

/** Where the sheets go: our streaming writer, with the report's styles. */
interface BookTarget {
  writer: XlsxWriter;
  styles: ReportStyles;
  /** Rows per sheet before it goes on in the next (Excel's limit; lower in tests). */
  maxSheetRows: number;
  /** The printed page's footer (page numbers, in the report's language). */
  footer: string;
}

/**
 * One report sheet: its header (bold, grey, frozen, column widths), rows
 * written as they are added, filters over all of them at the end. A sheet
 * that reaches Excel's row limit goes on in `名称 (2)`, with the header again.
 */
class SheetWriter {
  private ws!: XlsxSheet;
  private part = 0;

  private constructor(
    private readonly book: BookTarget,
    private readonly name: string,
    private readonly labels: readonly string[],
    private readonly widths: readonly number[],
  ) {}

  static async open(
    book: BookTarget,
    name: string,
    labels: readonly string[],
    widths: readonly number[],
  ): Promise<SheetWriter> {
    const w = new SheetWriter(book, name, labels, widths);
    await w.next();
    return w;
  }

  private async next(): Promise<void> {
    this.part++;
    const name = this.part === 1 ? this.name : `${this.name} (${this.part})`;
    this.ws = await this.book.writer.addSheet({
      name,
      widths: this.labels.map((_, i) => this.widths[i] ?? 12),
      frozenRows: 1,
      filterColumns: this.labels.length,
      // Printed: A4 landscape, as wide as the page, the header row on every page, page numbers.
      print: {
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: 1,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        footer: this.book.footer,
      },
    });
    await this.ws.addRow(this.labels.map(reportCellValue), this.book.styles.header);
  }

  /** Adds a row; `styles`: one for the whole row, or one per column. */
  async add(values: readonly unknown[], styles?: number | readonly number[]): Promise<void> {
    if (this.ws.rows >= this.book.maxSheetRows) await this.next();
    await this.ws.addRow(values.map(reportCellValue), styles);
  }

  /** The sheet ends when the next one starts, or when the workbook is finished. */
  end(): void {}
}

async function summarySheet(book: BookTarget, report: ReportSummary, lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(
    book,
    REPORT_SHEETS.summary,
    L.summary,
    [10, 21, 24, 18, 8, 8, 8, 12, 10, 10, 8, 24],
  );
  for (const p of report.people) {
    const status = p.status === 'sector' ? `${L.sector}${p.sector ? `（${p.sector}）` : ''}` : L.evaluated;
    for (const y of p.years) {
      const verdict =
        p.status === 'sector'
          ? L.sector
          : y.review
            ? L.review
            : y.deemed
              ? L.deemed
              : y.compliant
                ? L.pass
                : L.fail;
      await ws.add(
        [
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
          y.review ? y.review.join('、') : null,
        ],
        rowStyles(8, 0, { 8: book.styles.fill(verdictFill(p, y)) }),
      );
    }
    if (p.window) await windowRow(ws, p, lang, book.styles);
  }
  ws.end();
}

/** 达标 green, 未达标 red, 待核实 amber, sector staff blue. */
function verdictFill(p: ReportPersonSummary, v: { compliant: boolean; review?: string[] }): string {
  if (p.status === 'sector') return FILL.neutral;
  if (v.review) return FILL.review;
  return v.compliant ? FILL.pass : FILL.fail;
}

async function windowRow(
  ws: SheetWriter,
  p: ReportPersonSummary,
  lang: Lang,
  styles: ReportStyles,
): Promise<void> {
  const L = LABELS[lang];
  const w = p.window;
  if (!w) return;
  const short = (have: number, need: number): number => Math.max(0, need - have);
  await ws.add(
    [
      p.name,
      p.id,
      p.status === 'sector' ? L.sector : L.evaluated,
      `${w.from}-${w.to} ${L.window}`,
      w.totals.public,
      w.totals.professional,
      w.totals.public + w.totals.professional,
      p.status === 'sector' ? L.sector : w.review ? L.review : w.compliant ? L.pass : L.fail,
      short(w.totals.public, w.required.public),
      short(w.totals.professional, w.required.professional),
      null,
      w.review ? w.review.join('、') : null,
    ],
    rowStyles(L.summary.length, styles.italic, { 8: styles.fill(verdictFill(p, w), true) }),
  );
}

function sameRow(f: Finding, d: ReportDetail): boolean {
  return f.row === d.row && f.sheet === d.sheet && (f.file ?? '') === (d.file ?? '');
}

async function detailsSheet(book: BookTarget, report: ReportSummary, lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(
    book,
    REPORT_SHEETS.details,
    L.details,
    [16, 12, 6, 10, 21, 26, 9, 10, 9, 9, 9, 8, 50],
  );
  // Reasons as sentences: the row's rule findings carry the params the codes need.
  const byRow = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.layer !== 'rules' || f.row === null) continue;
    const k = `${f.file ?? ''}|${f.sheet}!${f.row}`;
    const list = byRow.get(k);
    if (list) list.push(f);
    else byRow.set(k, [f]);
  }
  // One line at a time: a large ledger's 明细 is held in columns (./detailColumns).
  for (const d of reportDetails(report)) {
    const rowFindings = (byRow.get(`${d.file ?? ''}|${d.sheet}!${d.row}`) ?? []).filter((f) => sameRow(f, d));
    const reasons = d.reasons.map((code) => {
      const f = rowFindings.find((x) => x.code === code);
      return f ? findingMessage(f, lang) : code;
    });
    await ws.add([
      // The file's name, not its folders: a printed page has no room for a path.
      d.file === undefined
        ? null
        : d.file.slice(Math.max(d.file.lastIndexOf('/'), d.file.lastIndexOf('\\')) + 1),
      d.sheet,
      d.row,
      d.name,
      d.id,
      d.kindShortName,
      d.clause,
      d.years.join(lang === 'zh' ? '、' : ', '),
      d.claimed,
      d.creditedBeforeCaps,
      d.credited,
      d.pendingReview ? L.yes : null,
      reasons.join(lang === 'zh' ? '；' : '; '),
    ]);
  }
  ws.end();
}

async function findingsSheet(book: BookTarget, report: ReportSummary, lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(
    book,
    REPORT_SHEETS.findings,
    L.findings,
    [8, 16, 12, 6, 5, 10, 26, 9, 70],
  );
  const names = new Map(report.people.map((p) => [p.key, p.name]));
  for (const f of report.findings) {
    await ws.add(
      [
        L.severity[f.severity],
        f.file ?? null,
        f.sheet,
        f.row,
        f.column,
        f.personKey !== undefined ? (names.get(f.personKey) ?? null) : null,
        f.code,
        f.clause,
        findingMessage(f, lang),
      ],
      f.severity === 'error' ? [book.styles.fill(FILL.fail)] : undefined,
    );
  }
  ws.end();
}

/** 待办: one line per short year of each person, most urgent person first, the reminder on the person's first line. */
async function planSheet(book: BookTarget, plan: readonly PlanPerson[], lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(book, REPORT_SHEETS.plan, L.plan, [10, 21, 8, 8, 10, 12, 90]);
  for (const p of plan) {
    let first = true;
    for (const g of p.gaps) {
      const state = g.review.length > 0 ? L.review : g.canMakeUp ? L.canMakeUp : L.lost;
      await ws.add(
        [p.name, p.id, g.year, g.public, g.professional, state, first ? p.reminder : null],
        rowStyles(6, 0, {
          6: book.styles.fill(g.review.length > 0 ? FILL.review : g.canMakeUp ? FILL.neutral : FILL.fail),
        }),
      );
      first = false;
    }
  }
  ws.end();
}

export interface ReportWorkbookOptions {
  /** Rows per sheet before it goes on in `名称 (2)` (Excel's 1,048,576; lower in tests). */
  maxSheetRows?: number;
  /** How the archive is deflated: the browser's CompressionStream unless given (the CLI gives Node's zlib). */
  codec?: ZipCodec | undefined;
  /** 还差 (src/report/plan.ts): adds the 待办 sheet. */
  plan?: readonly PlanPerson[] | undefined;
  /** The bureau's roll-up (src/report/units.ts): adds the 单位汇总 sheet. */
  units?: readonly UnitRow[] | undefined;
  /** The spot-check sample (src/report/sample.ts): adds the 抽查 sheet with each sampled person's records. */
  sample?: readonly ReportPersonSummary[] | undefined;
}

/** 单位汇总: people, 达标, 未达标, 待核实, 按行业规定 and the share passing, per unit, then the total. */
async function unitsSheet(book: BookTarget, units: readonly UnitRow[], lang: Lang): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(book, REPORT_SHEETS.units, L.units, [24, 8, 8, 8, 8, 12, 10]);
  for (const u of units)
    await ws.add(
      [u.unit || L.total, u.people, u.passing, u.failing, u.review, u.sector, u.passShare],
      u.unit
        ? rowStyles(7, 0, { 7: book.styles.percent })
        : rowStyles(7, book.styles.bold, { 7: book.styles.boldPercent }),
    );
  ws.end();
}

/** 抽查: each sampled person's records (from 明细) and the evidence the notice names for each kind. */
async function sampleSheet(
  book: BookTarget,
  report: ReportSummary,
  sample: readonly ReportPersonSummary[],
  lang: Lang,
): Promise<void> {
  const L = LABELS[lang];
  const ws = await SheetWriter.open(book, REPORT_SHEETS.sample, L.sample, [16, 10, 21, 10, 6, 24, 9, 8, 30]);
  // Only the sampled people's lines are kept, not the whole 明细.
  const sampled = new Set(sample.map((p) => p.key));
  const byPerson = new Map<string, ReportDetail[]>();
  for (const d of reportDetails(report)) {
    if (!sampled.has(d.personKey)) continue;
    const list = byPerson.get(d.personKey);
    if (list) list.push(d);
    else byPerson.set(d.personKey, [d]);
  }
  for (const p of sample) {
    const unit = unitOfFile(p.file);
    const records = byPerson.get(p.key) ?? [];
    if (records.length === 0) await ws.add([unit, p.name, p.id, null, null, null, null, null, null]);
    for (const d of records)
      await ws.add([
        unit,
        p.name,
        p.id,
        d.sheet,
        d.row,
        d.kindName,
        d.clause,
        d.credited,
        d.evidence.join('、'),
      ]);
  }
  ws.end();
}

async function writeSheets(
  book: BookTarget,
  report: ReportSummary,
  lang: Lang,
  extra: ReportWorkbookOptions,
): Promise<void> {
  await summarySheet(book, report, lang);
  if (extra.units) await unitsSheet(book, extra.units, lang);
  if (extra.plan) await planSheet(book, extra.plan, lang);
  if (extra.sample) await sampleSheet(book, report, extra.sample, lang);
  await detailsSheet(book, report, lang);
  await findingsSheet(book, report, lang);
}

const CREATOR = '继续教育学时合规助手';
/** Page numbers in the printed footer (Excel's &P and &N codes). */
const PAGE_FOOTER = { zh: '&C第 &P 页，共 &N 页', en: '&CPage &P of &N' } as const;

/** Writes every sheet of the report with `writer` and completes the archive. */
async function writeReport(
  writer: XlsxWriter,
  report: ReportSummary,
  lang: Lang,
  limits: ReportWorkbookOptions,
): Promise<void> {
  const book: BookTarget = {
    writer,
    styles: reportStyles(writer),
    maxSheetRows: limits.maxSheetRows ?? MAX_SHEET_ROWS,
    footer: PAGE_FOOTER[lang],
  };
  await writeSheets(book, report, lang, limits);
  await writer.finish();
}

/**
 * The report workbook's bytes (.xlsx), written in memory (the preview's
 * download). The browser's CompressionStream deflates it.
 */
export async function reportWorkbookBytes(
  report: ReportSummary,
  lang: Lang = report.options.lang,
  limits: ReportWorkbookOptions = {},
): Promise<Uint8Array> {
  const sink = memorySink();
  await writeReport(
    new XlsxWriter(sink, limits.codec ?? webZipCodec, { creator: CREATOR }),
    report,
    lang,
    limits,
  );
  return sink.bytes();
}

/** A Node stream the report is written to, ended when the workbook is complete. */
export interface ReportOutput extends WritableLike {
  end(): unknown;
}

/**
 * The report workbook written to a stream as it is built: rows go out as
 * they come, so a million-line 明细 never sits in memory as a workbook (the
 * command line gives a file stream and Node's zlib as `limits.codec`).
 */
export async function writeReportWorkbook(
  report: ReportSummary,
  out: ReportOutput,
  lang: Lang = report.options.lang,
  limits: ReportWorkbookOptions = {},
): Promise<void> {
  const writer = new XlsxWriter(writableSink(out), limits.codec ?? webZipCodec, { creator: CREATOR });
  await writeReport(writer, report, lang, limits);
  out.end();
}
