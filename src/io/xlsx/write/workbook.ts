/**
 * A streaming .xlsx writer: sheets are written one after another, each row
 * deflated as it comes, and the parts that list the sheets (workbook.xml, its
 * relationships, [Content_Types].xml) follow them at the end, with the
 * styles asked for and the defined names for print titles and filters.
 * Browser-safe: bytes go to a `ByteSink`, compression is the `ZipCodec`'s.
 */
import type { ByteSink, ZipCodec } from './codec';
import { XlsxSheet, type SheetOptions } from './sheet';
import { StyleSheet, type CellStyle } from './styles';
import { escapeAttribute } from './xmlEscape';
import { ZipWriter } from './zipWriter';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A sheet name as a formula reference: quoted, its apostrophes doubled. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly styles = new StyleSheet();
  private readonly sheets: XlsxSheet[] = [];
  private current: XlsxSheet | undefined;

  constructor(
    sink: ByteSink,
    codec: ZipCodec,
    private readonly meta: { creator?: string } = {},
  ) {
    this.zip = new ZipWriter(sink, codec);
  }

  /** The `s` index for cells in `style` (the same style, the same index). */
  style(style: CellStyle): number {
    return this.styles.id(style);
  }

  /** Starts the next sheet; the one before it is ended first. */
  async addSheet(options: SheetOptions): Promise<XlsxSheet> {
    if (this.current) await this.current.end();
    const index = this.sheets.length;
    const entry = await this.zip.entry(`xl/worksheets/sheet${index + 1}.xml`);
    const sheet = new XlsxSheet(entry, options, index);
    this.sheets.push(sheet);
    this.current = sheet;
    return sheet;
  }

  /** Ends the last sheet and writes the parts that name the sheets; the archive is complete after it. */
  async finish(): Promise<void> {
    if (this.current) await this.current.end();
    this.current = undefined;
    const sheets = this.sheets;
    const defined: string[] = [];
    sheets.forEach((s, i) => {
      const ref = sheetRef(s.options.name);
      if (s.filterRef)
        defined.push(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeAttribute(ref)}!${s.filterRef}</definedName>`,
        );
      const titles = s.options.print?.titleRows;
      if (titles)
        defined.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeAttribute(ref)}!$1:$${titles}</definedName>`,
        );
    });
    await this.zip.file('xl/styles.xml', this.styles.xml());
    await this.zip.file(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${escapeAttribute(s.options.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets>' +
        (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
        '<calcPr calcId="191029"/></workbook>',
    );
    await this.zip.file(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    );
    await this.zip.file(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        (this.meta.creator ? `<dc:creator>${escapeAttribute(this.meta.creator)}</dc:creator>` : '') +
        '</cp:coreProperties>',
    );
    await this.zip.file(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    );
    await this.zip.file(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    );
    await this.zip.finish();
  }
}
