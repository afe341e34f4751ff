/**
 * 公民身份号码 (GB 11643-1999) cells: normalise, check, and read the birth
 * date and sex. interpretations.md "Data quality": an ID stored as a number
 * has lost its last digits (Excel keeps 15 significant digits), so it is an
 * error, never repaired.
 */
import { dayNumber, isValidDate } from '../../rules/dates';
import type { DayNumber } from '../../rules/types';
import { err, ok, type Result } from './result';
import { displayText, isBlankCell, stripSpaces, toHalfWidth, unwrapCellValue } from './text';

export interface IdNumberInfo {
  /** The normalised 18-character ID (upper-case X). */
  id: string;
  birthDate: DayNumber;
  /** From the 17th character: odd = male (GB 11643 顺序码). */
  sex: 'male' | 'female';
}

export interface IdOptions {
  /** Today, for the "not born in the future" check; defaults to the real date. */
  today?: DayNumber;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * The GB 11643 check character for the first 17 digits.
 * @example idCheckChar('11010519491231002') === 'X'
 */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Parses an ID cell. Blank → `{ ok: true, value: undefined }`. A 15-digit
 * legacy number is upgraded (`19` inserted before its YYMMDD, check character
 * computed) with an `id-upgraded-15` note.
 * @example parseIdNumber('11010519491231002x') → { ok: true, value: { id: '11010519491231002X', birthDate: -7306, sex: 'female' } }
 * @example parseIdNumber(370202198001011234) → { ok: false, code: 'id-numeric-lost-digits', ... }
 */
export function parseIdNumber(value: unknown, opts: IdOptions = {}): Result<IdNumberInfo | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const v = unwrapCellValue(value);
  const text = displayText(v);
  if (typeof v === 'number') {
    // Up to 15 digits a double is exact (a legacy ID survives); beyond, digits are gone.
    if (Number.isInteger(v) && v >= 1e14 && v < 1e15) return parseIdText(String(v), text, opts);
    if (Number.isFinite(v) && Math.abs(v) >= 1e15) return err('id-numeric-lost-digits', { text });
    return err('id-format', { text, length: String(v).length });
  }
  if (typeof v !== 'string') return err('id-format', { text, length: 0 });
  return parseIdText(v, text, opts);
}

/** Half-width, no spaces, upper-case X, without the `'` that forces text in Excel. */
export function normaliseIdText(raw: string): string {
  return stripSpaces(toHalfWidth(raw)).replace(/^'/, '').toUpperCase();
}

function parseIdText(raw: string, text: string, opts: IdOptions): Result<IdNumberInfo> {
  const t = normaliseIdText(raw);
  // `3.70202E+17` is what Excel shows (and CSV exports write) for an ID stored as a number.
  if (/^\d(\.\d+)?E\+?\d+$/.test(t)) return err('id-numeric-lost-digits', { text });
  // `370202198001011000.0`: a number written out with its decimals; the digits past 15 are already gone.
  if (/^\d+\.\d+$/.test(t) && Number(t) > 1e15) {
    return err('id-numeric-lost-digits', { text });
  }
  if (/^\d{15}$/.test(t)) {
    const first17 = `${t.slice(0, 6)}19${t.slice(6)}`;
    const id = first17 + idCheckChar(first17);
    const r = checkId(id, text, opts, false);
    return r.ok ? ok(r.value, [{ code: 'id-upgraded-15', params: { text, id } }]) : r;
  }
  if (!/^\d{17}[\dX]$/.test(t)) return err('id-format', { text, length: t.length });
  return checkId(t, text, opts, true);
}

function checkId(id: string, text: string, opts: IdOptions, verifyCheck: boolean): Result<IdNumberInfo> {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const today = opts.today ?? Math.floor(Date.now() / 86_400_000);
  if (year < 1900 || !isValidDate(year, month, day) || dayNumber(year, month, day) > today) {
    return err('id-birth-date', { text, birth: id.slice(6, 14) });
  }
  if (verifyCheck && idCheckChar(id) !== id[17]) {
    // Excel turning a numeric ID into text gives 15 significant digits and `000`:
    // a failing check there means lost digits, not a typo.
    if (id.endsWith('000')) return err('id-numeric-lost-digits', { text });
    return err('id-check-digit', { text, expected: idCheckChar(id) });
  }
  return ok({
    id,
    birthDate: dayNumber(year, month, day),
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  });
}

/**
 * True when the text is a valid ID (an 18-character one, or a 15-digit legacy one that upgrades cleanly).
 * @example isValidIdNumber('11010519491231002X') === true
 */
export function isValidIdNumber(text: string, opts: IdOptions = {}): boolean {
  const r = parseIdNumber(text, opts);
  return r.ok && r.value !== undefined;
}

/**
 * Masks an ID for display: the first 6 (area) and last 4 characters stay for an
 * 18-character ID; any other length keeps only the last 4 (4 or fewer: all masked).
 * @example maskIdNumber('370202198001011234') === '370202********1234'
 * @example maskIdNumber('1234567') === '***4567'
 */
export function maskIdNumber(id: string): string {
  const t = id.trim();
  if (t.length === 18) return `${t.slice(0, 6)}${'*'.repeat(8)}${t.slice(14)}`;
  if (t.length <= 4) return '*'.repeat(t.length);
  return '*'.repeat(t.length - 4) + t.slice(-4);
}
