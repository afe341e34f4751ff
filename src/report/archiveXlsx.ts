/**
 * The archive (`archive.ts`) as a workbook that prints: A4 portrait, fitted
 * to the page's width, one block per person with a page break after it, the
 * sheet's title row repeated on every page, page numbers in the footer, long
 * text wrapped so nothing is cut off, and lines for 本人签字, 单位审核意见,
 * 盖章 and the date. Written row by row by our own streaming writer
 * (src/io/xlsx/write); text cells are inline strings, never formulas.
 */
import type { Lang } from '../i18n/format';
import {
  XlsxWriter,
  memorySink,
  webZipCodec,
  writableSink,
  type CellValue,
  type XlsxSheet,
  type ZipCodec,
} from '../io/xlsx/write';
import { ARCHIVE_VERDICT_WORDS, type ArchivePerson } from './archive';
import { reportCellValue, type ReportOutput } from './reportWorkbook';

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

interface TextOptions {
  bold?: boolean;
  border?: boolean;
  wrap?: boolean;
}

/** The archive's cell styles, as the writer's style indices. */
function archiveStyles(book: XlsxWriter) {
  const text = new Map<string, number>();
  return {
    /** A text cell: framed unless `border: false`, wrapped unless `wrap: false`, centred vertically. */
    text(o: TextOptions & { fill?: string }): number {
      const key = `${o.bold ? 'b' : ''}${o.border !== false ? 'f' : ''}${o.wrap !== false ? 'w' : ''}${o.fill ?? ''}`;
      let id = text.get(key);
      if (id === undefined) {
        id = book.style({
          bold: o.bold,
          border: o.border !== false,
          wrap: o.wrap !== false,
          vertical: 'center',
          ...(o.fill ? { fill: o.fill } : {}),
        });
        text.set(key, id);
      }
      return id;
    },
    /** The other cells of a framed merged range. */
    frame: book.style({ border: true }),
    title: book.style({ bold: true, size: 14, horizontal: 'center', vertical: 'center' }),
    /** 单位审核意见: written at the top of its tall row. */
    opinion: book.style({ vertical: 'top' }),
  };
}

/** One row as it is filled in before it is written: values, styles, merged ranges, lines of wrapped text. */
class RowDraft {
  readonly values: CellValue[] = new Array<CellValue>(WIDTHS.length).fill(null);
  readonly styles: number[] = new Array<number>(WIDTHS.length).fill(0);
  readonly merges: Array<[number, number]> = [];
  lines = 1;
  height: number | undefined;

  constructor(private readonly st: ReturnType<typeof archiveStyles>) {}

  text(c: number, v: unknown, opts: TextOptions & { fill?: string; span?: number } = {}): this {
    const n = linesFor(String(v ?? ''), opts.span ?? WIDTHS[c - 1]);
    if (n > this.lines) this.lines = n;
    this.values[c - 1] = reportCellValue(v);
    this.styles[c - 1] = this.st.text(opts);
    return this;
  }

  merged(from: number, to: number, v: unknown, opts: TextOptions = {}): this {
    if (to > from) this.merges.push([from, to]);
    this.text(from, v, { ...opts, span: WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0) });
    if (opts.border !== false) for (let c = from + 1; c <= to; c++) this.styles[c - 1] = this.st.frame;
    return this;
  }

  /** Writes the row: its height is set when wrapped text needs more than one line, as a printer (and LibreOffice) does not grow a row by itself. */
  async write(ws: XlsxSheet): Promise<void> {
    const height = this.height ?? (this.lines > 1 ? this.lines * LINE_HEIGHT + 3 : undefined);
    await ws.addRow(this.values, this.styles, height === undefined ? undefined : { height });
    for (const [from, to] of this.merges)
      ws.merge({ row: ws.rows, column: from }, { row: ws.rows, column: to });
  }
}

const CREATOR = '继续教育学时合规助手';

/** Writes the archive's one sheet with `book` and completes the workbook. */
async function writeArchive(book: XlsxWriter, people: Iterable<ArchivePerson>, lang: Lang): Promise<void> {
  const W = WORDS[lang];
  const st = archiveStyles(book);
  const ws = await book.addSheet({
    name: W.sheet,
    widths: WIDTHS,
    print: {
      paperSize: 9,
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      titleRows: 1,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      footer: W.footer,
      header: W.header,
    },
  });
  const last = WIDTHS.length;
  const row = () => new RowDraft(st);

  // Row 1, repeated on every printed page.
  const title = row().merged(1, last, W.title, { bold: true, border: false });
  title.styles[0] = st.title;
  title.height = 24;
  await title.write(ws);

  let first = true;
  for (const p of people) {
    // One person per page (or pages): a break before each block but the first.
    if (!first) ws.pageBreak();
    first = false;
    await row()
      .merged(1, 2, `${W.name}${p.name}`, { bold: true })
      .merged(3, 4, `${W.id}${p.id ?? W.noId}`)
      .merged(5, 6, `${W.unit}${p.unit}`)
      .merged(7, 8, `${W.series}${p.series}`)
      .write(ws);
    const head = row();
    W.columns.forEach((label, i) => head.text(i + 1, label, { bold: true, fill: GREY }));
    await head.write(ws);
    if (p.activities.length === 0) await row().merged(1, last, W.none).write(ws);
    for (const a of p.activities) {
      const r = row();
      [a.when, a.kind, a.title, a.result, a.claimed ?? '', a.credited, a.clause, a.years.join('、')].forEach(
        (v, i) => r.text(i + 1, v),
      );
      await r.write(ws);
    }
    for (const y of p.years)
      await row()
        .merged(1, 3, fmt(W.subtotal, { year: y.year }), { bold: true })
        .text(4, fmt(W.public, { h: y.public }))
        .merged(5, 6, fmt(W.professional, { h: y.professional }))
        .merged(7, 8, W.verdict[y.verdict], { bold: true })
        .write(ws);
    await row()
      .merged(1, last, fmt(W.conclusion, { v: W.verdict[p.verdict] }), { bold: true })
      .write(ws);
    await ws.addRow([]);
    await row()
      .merged(1, 4, W.signature, { border: false })
      .merged(5, 8, W.date, { border: false })
      .write(ws);
    const opinion = row().merged(1, last, W.opinion, { border: false });
    opinion.styles[0] = st.opinion;
    opinion.height = 40;
    await opinion.write(ws);
    const seal = row().merged(1, 4, W.seal, { border: false }).merged(5, 8, W.date, { border: false });
    seal.height = 30;
    await seal.write(ws);
  }
  await book.finish();
}

/** The archive workbook's bytes (.xlsx), written in memory (the preview's download). */
export async function archiveWorkbookBytes(
  people: Iterable<ArchivePerson>,
  lang: Lang,
  codec: ZipCodec = webZipCodec,
): Promise<Uint8Array> {
  const sink = memorySink();
  await writeArchive(new XlsxWriter(sink, codec, { creator: CREATOR }), people, lang);
  return sink.bytes();
}

/** The archive written to a stream (the command line: a file, Node's zlib as `codec`); the stream is ended. */
export async function writeArchiveWorkbook(
  people: Iterable<ArchivePerson>,
  out: ReportOutput,
  lang: Lang,
  codec: ZipCodec = webZipCodec,
): Promise<void> {
  await writeArchive(new XlsxWriter(writableSink(out), codec, { creator: CREATOR }), people, lang);
  out.end();
}
