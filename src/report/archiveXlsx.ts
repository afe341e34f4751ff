/**
 * The archive (`archive.ts`) as a workbook that prints: A4 portrait, fitted
 * to the page's width, one block per person with a page break after it, the
 * sheet's title row repeated on every page, page numbers in the footer, long
 * text wrapped so nothing is cut off, and lines for 本人签字, 单位审核意见,
 * 盖章 and the date. Text cells are written as values, never formulas.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/format';
import { ARCHIVE_VERDICT_WORDS, type ArchivePerson } from './archive';
import { reportCellValue } from './xlsx';

const WORDS = {
  zh: {
    sheet: '继续教育档案',
    title: '专业技术人员继续教育档案',
    name: '姓名：',
    id: '身份证号：',
    noId: '（无）',
    unit: '单位：',
    series: '职称系列：',
    columns: ['时间', '方式', '内容', '考试（考核）结果', '申报学时', '认定学时', '条款', '年度'],
    subtotal: '{year}年度小计（须公需30、专业60）',
    public: '公需 {h}',
    professional: '专业 {h}',
    verdict: ARCHIVE_VERDICT_WORDS.zh,
    conclusion: '结论：{v}',
    none: '（台账中无学习记录）',
    signature: '本人签字：',
    opinion: '单位审核意见：',
    seal: '单位（盖章）：',
    date: '日期：　　　　年　　月　　日',
    footer: '&C第 &P 页，共 &N 页',
    header: '&R打印日期：&D',
  },
  en: {
    sheet: 'CE archive',
    title: 'Continuing-education archive',
    name: 'Name: ',
    id: 'ID number: ',
    noId: '(none)',
    unit: 'Employer: ',
    series: 'Title series: ',
    columns: ['When', 'Form', 'Content', 'Exam result', 'Claimed', 'Credited', 'Clause', 'Year'],
    subtotal: '{year} subtotal (30 public, 60 professional required)',
    public: 'public {h}',
    professional: 'professional {h}',
    verdict: ARCHIVE_VERDICT_WORDS.en,
    conclusion: 'Verdict: {v}',
    none: '(no records in the ledger)',
    signature: 'Signature: ',
    opinion: "Employer's review: ",
    seal: 'Employer (seal): ',
    date: 'Date:',
    footer: '&CPage &P of &N',
    header: '&RPrinted &D',
  },
} as const;

const WIDTHS = [25, 18, 38, 16, 9, 9, 10, 8];
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const GREY = 'FFE7E6E6';

/** Points per printed line of the default 11-point font. */
const LINE_HEIGHT = 15;

/**
 * How many lines `text` takes in a column `width` characters wide (a Chinese
 * character is two), with a little slack for the font.
 * @example linesFor('学术会议、讲座', 22) === 1
 */
export function linesFor(text: string, width: number): number {
  let lines = 0;
  for (const part of text.split('\n')) {
    let units = 0;
    for (const ch of part) units += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / Math.max(1, width)));
  }
  return lines;
}

const fmt = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (w, k: string) => (params[k] !== undefined ? String(params[k]) : w));

/** The archive workbook in memory. */
export function buildArchiveWorkbook(people: readonly ArchivePerson[], lang: Lang): ExcelJS.Workbook {
  const W = WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = '继续教育学时合规助手';
  const ws = wb.addWorksheet(W.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: W.footer, oddHeader: W.header },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const last = WIDTHS.length;

  // Rows whose wrapped text needs more than one line: their height is set, as a printer
  // (and LibreOffice) does not grow a row by itself.
  const lines = new Map<ExcelJS.Row, number>();
  const need = (r: ExcelJS.Row, v: unknown, width: number): void => {
    const n = linesFor(String(v ?? ''), width);
    if (n > (lines.get(r) ?? 1)) lines.set(r, n);
  };
  const text = (
    r: ExcelJS.Row,
    c: number,
    v: unknown,
    opts: { bold?: boolean; border?: boolean; wrap?: boolean; span?: number } = {},
  ) => {
    need(r, v, opts.span ?? WIDTHS[c - 1]);
    const cell = r.getCell(c);
    cell.value = reportCellValue(v) as ExcelJS.CellValue;
    if (opts.bold) cell.font = { bold: true };
    if (opts.border !== false) cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: opts.wrap ?? true };
  };
  const merged = (
    r: ExcelJS.Row,
    from: number,
    to: number,
    v: unknown,
    opts: { bold?: boolean; border?: boolean } = {},
  ) => {
    if (to > from) ws.mergeCells(r.number, from, r.number, to);
    text(r, from, v, { ...opts, span: WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0) });
    if (opts.border !== false) for (let c = from + 1; c <= to; c++) r.getCell(c).border = BORDER;
  };

  // Row 1, repeated on every printed page.
  const title = ws.addRow([]);
  merged(title, 1, last, W.title, { bold: true, border: false });
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 24;

  people.forEach((p, index) => {
    const info = ws.addRow([]);
    merged(info, 1, 2, `${W.name}${p.name}`, { bold: true });
    merged(info, 3, 4, `${W.id}${p.id ?? W.noId}`);
    merged(info, 5, 6, `${W.unit}${p.unit}`);
    merged(info, 7, 8, `${W.series}${p.series}`);
    const head = ws.addRow([]);
    W.columns.forEach((label, i) => {
      text(head, i + 1, label, { bold: true });
      head.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
    });
    if (p.activities.length === 0) merged(ws.addRow([]), 1, last, W.none);
    for (const a of p.activities) {
      const r = ws.addRow([]);
      [a.when, a.kind, a.title, a.result, a.claimed ?? '', a.credited, a.clause, a.years.join('、')].forEach(
        (v, i) => text(r, i + 1, v),
      );
    }
    for (const y of p.years) {
      const r = ws.addRow([]);
      merged(r, 1, 3, fmt(W.subtotal, { year: y.year }), { bold: true });
      text(r, 4, fmt(W.public, { h: y.public }));
      merged(r, 5, 6, fmt(W.professional, { h: y.professional }));
      merged(r, 7, 8, W.verdict[y.verdict], { bold: true });
    }
    merged(ws.addRow([]), 1, last, fmt(W.conclusion, { v: W.verdict[p.verdict] }), { bold: true });
    ws.addRow([]);
    const sign = ws.addRow([]);
    merged(sign, 1, 4, W.signature, { border: false });
    merged(sign, 5, 8, W.date, { border: false });
    const opinion = ws.addRow([]);
    merged(opinion, 1, last, W.opinion, { border: false });
    opinion.height = 40;
    opinion.getCell(1).alignment = { vertical: 'top' };
    const seal = ws.addRow([]);
    merged(seal, 1, 4, W.seal, { border: false });
    merged(seal, 5, 8, W.date, { border: false });
    seal.height = 30;
    // One person per page (or pages): a break after the block, none after the last.
    if (index < people.length - 1) seal.addPageBreak();
  });
  for (const [r, n] of lines) if (r.height === undefined) r.height = n * LINE_HEIGHT + 3;
  return wb;
}
