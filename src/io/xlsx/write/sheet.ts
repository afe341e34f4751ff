/**
 * One worksheet's XML (ECMA-376 Part 1, 18.3), written as its rows come:
 * the head (fit-to-page flag, frozen rows, column widths) first, rows as
 * strings joined into chunks of about 256 KB, the tail (filters, merged
 * ranges, margins, page setup, footer, page breaks) when the sheet ends, in
 * the order the schema requires. Text goes in as inline strings
 * (`t="inlineStr"`): a cell reading `=SUM(A1)` is text, never a formula.
 */
import type { ZipEntryWriter } from './zipWriter';
import { escapeAttribute, escapeCellText } from './xmlEscape';

export type CellValue = string | number | boolean | null | undefined;

/** How the sheet prints (18.3.1.62 pageSetup, 18.3.1.46 headerFooter). */
export interface SheetPrint {
  orientation: 'portrait' | 'landscape';
  /** 9 is A4. */
  paperSize: number;
  /** Fit to this many pages wide and tall (0: as many as needed); absent: no fitting. */
  fitToWidth?: number;
  fitToHeight?: number;
  /** Rows 1…n printed on top of every page (the workbook's `_xlnm.Print_Titles`). */
  titleRows?: number;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The footer in Excel's codes (`&C第 &P 页`). */
  footer?: string;
  /** The header in Excel's codes (`&R打印日期：&D`). */
  header?: string;
  /** Centred between the side margins. */
  horizontalCentered?: boolean;
}

export interface SheetOptions {
  name: string;
  /** Column widths in characters, from column A. */
  widths?: readonly number[];
  /** Rows frozen on top (the header). */
  frozenRows?: number;
  /** Filter buttons over columns 1…n of every written row. */
  filterColumns?: number;
  print?: SheetPrint;
}

export interface RowOptions {
  /** Height in points. */
  height?: number;
}

const CHUNK_CHARS = 1 << 18;
const LETTERS: string[] = [];

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
export function columnLetters(index: number): string {
  let s = LETTERS[index];
  if (s === undefined) {
    s = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    LETTERS[index] = s;
  }
  return s;
}

const utf8 = new TextEncoder();

export class XlsxSheet {
  /** Rows written so far (the last row's number). */
  rows = 0;
  private buffer = '';
  private readonly merges: string[] = [];
  private readonly breaks: number[] = [];
  private ended = false;

  constructor(
    private readonly entry: ZipEntryWriter,
    readonly options: SheetOptions,
    /** Its position among the workbook's sheets (0 first). */
    readonly index: number,
  ) {
    const o = options;
    let head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    if (o.print?.fitToWidth !== undefined || o.print?.fitToHeight !== undefined)
      head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const selected = index === 0 ? ' tabSelected="1"' : '';
    if (o.frozenRows) {
      const top = `A${o.frozenRows + 1}`;
      head +=
        `<sheetViews><sheetView${selected} workbookViewId="0">` +
        `<pane ySplit="${o.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
    } else head += `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
    head += '<sheetFormatPr defaultRowHeight="15"/>';
    if (o.widths?.length)
      head += `<cols>${o.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
    this.buffer = head + '<sheetData>';
  }

  /**
   * Adds the next row. `styles`: one style for every cell of the row
   * (empty ones too, up to `values.length`), or a style per column.
   * Resolves at once unless a chunk went out (then when the output took it).
   */
  addRow(
    values: readonly CellValue[],
    styles?: number | readonly (number | undefined)[],
    options?: RowOptions,
  ): void | Promise<void> {
    const r = ++this.rows;
    let xml =
      options?.height === undefined
        ? `<row r="${r}">`
        : `<row r="${r}" ht="${options.height}" customHeight="1">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const style = typeof styles === 'number' ? styles : styles?.[i];
      const s = style ? ` s="${style}"` : '';
      const ref = columnLetters(i) + r;
      if (typeof v === 'string' && v !== '') {
        const first = v.charCodeAt(0);
        const last = v.charCodeAt(v.length - 1);
        const space = first <= 32 || last <= 32 || v.indexOf('\n') >= 0 ? ' xml:space="preserve"' : '';
        xml += `<c r="${ref}" t="inlineStr"${s}><is><t${space}>${escapeCellText(v)}</t></is></c>`;
      } else if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${ref}" t="b"${s}><v>${v ? 1 : 0}</v></c>`;
      else if (s) xml += `<c r="${ref}"${s}/>`;
    }
    // Styled cells past the values (a row styled across the filter's columns).
    if (Array.isArray(styles))
      for (let i = values.length; i < styles.length; i++)
        if (styles[i]) xml += `<c r="${columnLetters(i)}${r}" s="${styles[i]}"/>`;
    this.buffer += xml + '</row>';
    if (this.buffer.length >= CHUNK_CHARS) return this.flush();
  }

  /** Merges a range of the rows written, as `A3:D3`. */
  merge(from: { row: number; column: number }, to: { row: number; column: number }): void {
    this.merges.push(`${columnLetters(from.column - 1)}${from.row}:${columnLetters(to.column - 1)}${to.row}`);
  }

  /** A page break after the last row written. */
  pageBreak(): void {
    this.breaks.push(this.rows);
  }

  private flush(): Promise<void> {
    const bytes = utf8.encode(this.buffer);
    this.buffer = '';
    return this.entry.write(bytes);
  }

  /** The filter's range, when the sheet has one (for `_xlnm._FilterDatabase`). */
  get filterRef(): string | undefined {
    const n = this.options.filterColumns;
    return n ? `$A$1:$${columnLetters(n - 1)}$${Math.max(1, this.rows)}` : undefined;
  }

  /** Writes the sheet's tail and ends its entry. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const o = this.options;
    let tail = '</sheetData>';
    const filter = this.filterRef;
    if (filter) tail += `<autoFilter ref="${filter.replace(/\$/g, '')}"/>`;
    if (this.merges.length)
      tail += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    const p = o.print;
    if (p) {
      const m = p.margins;
      if (p.horizontalCentered) tail += '<printOptions horizontalCentered="1"/>';
      tail +=
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
        `<pageSetup paperSize="${p.paperSize}" orientation="${p.orientation}"` +
        (p.fitToWidth !== undefined ? ` fitToWidth="${p.fitToWidth}"` : '') +
        (p.fitToHeight !== undefined ? ` fitToHeight="${p.fitToHeight}"` : '') +
        '/>';
      if (p.header || p.footer)
        tail +=
          '<headerFooter>' +
          (p.header ? `<oddHeader>${escapeAttribute(p.header)}</oddHeader>` : '') +
          (p.footer ? `<oddFooter>${escapeAttribute(p.footer)}</oddFooter>` : '') +
          '</headerFooter>';
    }
    if (this.breaks.length)
      tail +=
        `<rowBreaks count="${this.breaks.length}" manualBreakCount="${this.breaks.length}">` +
        this.breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('') +
        '</rowBreaks>';
    this.buffer += tail + '</worksheet>';
    await this.flush();
    await this.entry.end();
  }
}
