/**
 * The parts of an .xlsx that say what its sheets are: `xl/workbook.xml`
 * (sheet names in order, hidden state, the 1904 date system), its
 * relationships (which part holds each sheet), and `xl/styles.xml` (which cell
 * styles show a number as a date). ECMA-376 Part 1, 18.2 and 18.8.
 */
import { attribute, decodeXmlText } from './xmlText';

export interface SheetPart {
  name: string;
  /** The zip entry holding the sheet, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
  hidden: boolean;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  date1904: boolean;
  sharedStringsPath: string | undefined;
  stylesPath: string | undefined;
}

/** Each start tag named `name` in `xml` (`<sheet …/>`), as its text. */
function* tags(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  let p = 0;
  for (;;) {
    const at = xml.indexOf(open, p);
    if (at < 0) return;
    const next = xml.charCodeAt(at + open.length);
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    // <sheet …> but not <sheets>
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13)
      yield xml.slice(at, end + 1);
    p = end + 1;
  }
}

/** A relationship's target as a zip path, from the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Sheets, date system and part paths from `xl/workbook.xml` and `xl/_rels/workbook.xml.rels`. */
export function readWorkbookParts(
  workbookXml: string,
  relsXml: string | undefined,
  workbookPath = 'xl/workbook.xml',
): WorkbookParts {
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const targets = new Map<string, { type: string; target: string }>();
  for (const rel of relsXml ? tags(relsXml, 'Relationship') : []) {
    const id = attribute(rel, 'Id');
    const target = attribute(rel, 'Target');
    if (id !== undefined && target !== undefined)
      targets.set(id, {
        type: attribute(rel, 'Type') ?? '',
        target: resolveTarget(folder, decodeXmlText(target)),
      });
  }
  const byType = (suffix: string): string | undefined =>
    [...targets.values()].find((t) => t.type.endsWith(suffix))?.target;
  const sheets: SheetPart[] = [];
  let n = 0;
  for (const tag of tags(workbookXml, 'sheet')) {
    n++;
    const rid = attribute(tag, 'r:id') ?? attribute(tag, 'relationships:id');
    const path =
      (rid !== undefined ? targets.get(rid)?.target : undefined) ?? `${folder}worksheets/sheet${n}.xml`;
    const state = attribute(tag, 'state');
    sheets.push({
      name: decodeXmlText(attribute(tag, 'name') ?? `Sheet${n}`),
      path,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  let date1904 = false;
  for (const tag of tags(workbookXml, 'workbookPr')) {
    const v = attribute(tag, 'date1904');
    date1904 = v === '1' || v === 'true';
  }
  return {
    sheets,
    date1904,
    sharedStringsPath: byType('/sharedStrings') ?? `${folder}sharedStrings.xml`,
    stylesPath: byType('/styles') ?? `${folder}styles.xml`,
  };
}

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30):
 * 14–22, 45–47, and the East Asian ones 27–36 and 50–58 (年月日 formats in a
 * Chinese Excel). A workbook writes no format code for these.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * Whether a format code shows a date or time: a y, m, d, h, s (or b, Buddhist
 * year) outside quoted text and [brackets] (colours, locales, elapsed hours).
 * @example isDateFormatCode('yyyy"年"m"月"d"日"') === true
 * @example isDateFormatCode('0.00"学时"') === false
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style index (`s`), whether it shows numbers as dates. */
export function readDateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const tag of tags(stylesXml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, decodeXmlText(code));
  }
  const start = stylesXml.indexOf('<cellXfs');
  const end = stylesXml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  const out: boolean[] = [];
  for (const xf of tags(stylesXml.slice(start, end), 'xf')) {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return out;
}
