/**
 * The workbook's few cell formats (styles.xml, ECMA-376 Part 1, 18.8): each
 * distinct `CellStyle` becomes one `cellXfs` entry, its font, fill, border and
 * number format shared with the others that use them. Index 0 is the default.
 */
import { escapeAttribute } from './xmlEscape';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (11 by default). */
  size?: number;
  /** A solid fill, as ARGB (`FFC6EFCE`). */
  fill?: string;
  /** A number format code (`0.0%`). */
  numFmt?: string;
  /** A thin border on all four sides. */
  border?: boolean;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
}

/** Excel's built-in number formats by code (18.8.30); other codes get ids from 164. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};
const DEFAULT_FONT_SIZE = 11;
const FONT_NAME = 'Calibri';

/** Distinct values in the order first seen, with their index. */
class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    for (const x of first) this.id(x);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleSheet {
  private readonly fonts = new Pool([this.fontXml({})]);
  // Fills 0 and 1 are reserved by Excel: none and gray125.
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  private fontXml(s: CellStyle): string {
    return (
      `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}` +
      `<sz val="${s.size ?? DEFAULT_FONT_SIZE}"/><name val="${FONT_NAME}"/><family val="2"/></font>`
    );
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The `s` index of cells in this style. */
  id(s: CellStyle): number {
    const fontId = this.fonts.id(this.fontXml(s));
    const fillId = s.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const side = (n: string) => `<${n} style="thin"><color indexed="64"/></${n}>`;
    const borderId = s.border
      ? this.borders.id(
          `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
        )
      : 0;
    const numFmtId = s.numFmt ? this.formatId(s.numFmt) : 0;
    const align =
      s.wrap || s.horizontal || s.vertical
        ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const applies =
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (align ? ' applyAlignment="1"' : '');
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.xfs.id(align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
  }

  /** styles.xml with every style asked for so far. */
  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
