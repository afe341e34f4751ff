/**
 * Text helpers shared by the cell parsers: what a cell "says" once file-reader
 * wrappers, full-width forms and stray spaces are taken away.
 */

/**
 * Unwraps the object shapes file readers give for a cell (exceljs: formula
 * `{ formula, result }`, rich text `{ richText: [{ text }] }`, hyperlink
 * `{ text, hyperlink }`, error `{ error }`) into the plain value shown.
 * @example unwrapCellValue({ formula: 'A1+1', result: 9 }) === 9
 * @example unwrapCellValue({ richText: [{ text: '8' }, { text: '学时' }] }) === '8学时'
 */
export function unwrapCellValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date || Array.isArray(value))
    return value;
  const o = value as Record<string, unknown>;
  if ('result' in o) return unwrapCellValue(o.result);
  if (Array.isArray(o.richText)) {
    return o.richText
      .map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : ''))
      .join('');
  }
  if (typeof o.text === 'string') return o.text;
  if ('error' in o) return undefined;
  return value;
}

/** True for an empty cell: null, undefined, NaN-free blank or whitespace-only text. */
export function isBlankCell(value: unknown): boolean {
  const v = unwrapCellValue(value);
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && stripSpaces(v) === '';
}

/**
 * Full-width ASCII forms (U+FF01–FF5E) to half-width and the ideographic space
 * to a space: ledgers typed with a Chinese IME mix `２０２３` and `2023`.
 * @example toHalfWidth('２０２３年５月８日（Ａ）') === '2023年5月8日(A)'
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Removes every kind of space, including NBSP, full-width space, zero-width space and line breaks. */
export function stripSpaces(text: string): string {
  // Most cells have no space at all: a test is cheaper than a replace.
  return ANY_SPACE.test(text) ? text.replace(SPACES, '') : text;
}
const ANY_SPACE = /[\s\u200b\u2060\ufeff]/;
const SPACES = /[\s\u200b\u2060\ufeff]+/g;

/**
 * What a cell says, as compact half-width text, or undefined when blank.
 * Numbers and booleans become their string form; dates and objects are not text.
 * @example cellText(' ８ 学时 ') === '8学时'
 */
export function cellText(value: unknown): string | undefined {
  const v = unwrapCellValue(value);
  if (typeof v === 'string') {
    const t = stripSpaces(toHalfWidth(v));
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The raw cell as a short display string for message params (never throws; at most 60 characters). */
export function displayText(value: unknown): string {
  const full = displayTextFull(value);
  return full.length > 60 ? `${full.slice(0, 59)}…` : full;
}

function displayTextFull(value: unknown): string {
  const v = unwrapCellValue(value);
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'object') {
    try {
      return JSON.stringify(v) ?? String(v);
    } catch {
      return Object.prototype.toString.call(v);
    }
  }
  return String(v);
}
