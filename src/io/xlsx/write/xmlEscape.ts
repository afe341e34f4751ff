/**
 * Text as SpreadsheetML holds it. XML escapes `&`, `<`, `>` (and `"` in
 * attributes); a carriage return becomes `&#13;` so no parser folds it into a
 * line feed. Characters XML 1.0 cannot carry at all (C0 controls other than
 * tab and line feed, lone surrogates, U+FFFE/U+FFFF) are written as the OOXML
 * escape `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and an underscore
 * that would otherwise start such an escape becomes `_x005F_`, so the text
 * reads back exactly as it was.
 */

// One pass finds every character that needs more than itself.
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL_TEST = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x/;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function replace(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '\r':
      return '&#13;';
    case '_':
      return '_x005F_';
    default:
      return `_x${hex4(ch.charCodeAt(0))}_`;
  }
}

/**
 * A cell's text as element content.
 * @example escapeCellText('a<b\u0001') === 'a&lt;b_x0001_'
 */
export function escapeCellText(text: string): string {
  return SPECIAL_TEST.test(text) ? text.replace(SPECIAL, replace) : text;
}

/**
 * Text for an attribute value in double quotes, or for parts (sheet names,
 * footers) that hold no control characters.
 * @example escapeAttribute('"A&B"') === '&quot;A&amp;B&quot;'
 */
export function escapeAttribute(text: string): string {
  return escapeCellText(text).replace(/"/g, '&quot;');
}
