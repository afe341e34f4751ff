/**
 * Number cells with units: hours (`8学时`, `8.5小时`, `24课时`), counts
 * (`3项`, `2篇`, `4个模块`), months (`7个月`), days, scores. Hours written in
 * days (`1.5天`, `半天`) are read at 8 hours a day, the most the notice allows
 * (四(一)2), with a note showing the conversion so the officer can replace it
 * with the certificate's hours (interpretations.md "Days instead of hours").
 * Hours in Chinese numerals (`十六`, `二十四学时`, `三天`, `两天半`) are read as
 * the number they say, with a note showing the reading; a cell that does not
 * say one number (`十几`, `三四天`, `若干`) stays the `hours-text` warning.
 * Decimals stay exact as written (17.5 stays 17.5); nothing is rounded.
 */
import { chineseNumber } from './chineseNumerals';
import { err, ok, type Result } from './result';
import { cellText, displayText, isBlankCell, unwrapCellValue } from './text';

/** What a quantity column accepts. */
export interface QuantitySpec {
  /** Units accepted after the number (compared lowercased, spaces removed). */
  units: readonly string[];
  /** Only whole numbers (items, modules). */
  integer?: boolean;
  /** Code for text without digits (`半天`, `三篇`). */
  textCode: 'hours-text' | 'number-text';
  /** Units that mean days: read at 8 hours a day, with the note `hours-in-days`. */
  dayUnits?: readonly string[];
  /** Reads a number in Chinese numerals (`二十四学时`; hours with the note `hours-in-numerals`, months and counts silently). */
  numerals?: boolean;
}

/** 四(一)2: "不超过8学时/天": a day given for hours is read at its most. */
const HOURS_PER_DAY = 8;

/** Days written as words in an hours cell (`三天`, `两天半` are numerals: `readNumerals`). */
const DAY_WORDS: Record<string, number> = {
  半天: 0.5,
  半日: 0.5,
  全天: 1,
};

function hoursFromDays(text: string, days: number): Result<number> {
  const hours = days * HOURS_PER_DAY;
  return ok(hours, [{ code: 'hours-in-days', params: { text, days, hours } }]);
}

const DAY_UNITS = ['天', '日', '个工作日', '工作日', 'd', 'day', 'days'] as const;

export const HOURS_SPEC: QuantitySpec = {
  units: ['学时', '个学时', '小时', '个小时', '课时', '个课时', '时', 'h', 'hr', 'hrs', 'hour', 'hours'],
  textCode: 'hours-text',
  dayUnits: DAY_UNITS,
  numerals: true,
};
export const COUNT_SPEC: QuantitySpec = {
  numerals: true,
  units: [
    '项',
    '个',
    '篇',
    '本',
    '部',
    '门',
    '门课',
    '门课程',
    '个模块',
    '模块',
    '科',
    '次',
    '件',
    '册',
    '套',
    '个项目',
    'items',
  ],
  integer: true,
  textCode: 'number-text',
};
export const MONTHS_SPEC: QuantitySpec = {
  units: ['月', '个月', '月份', 'months', 'month'],
  textCode: 'number-text',
  numerals: true,
};
/** Months written as words: half a year, a whole year. */
const MONTH_WORDS: Readonly<Record<string, number>> = { 半年: 6, 全年: 12, 一年: 12, 整年: 12 };
export const DAYS_SPEC: QuantitySpec = { units: [...DAY_UNITS], textCode: 'number-text' };
export const SCORE_SPEC: QuantitySpec = { units: ['分'], textCode: 'number-text' };

/**
 * A non-negative quantity with an optional unit, per `spec`. Blank → `{ ok: true, value: undefined }`.
 * @example parseQuantity('8 学时', HOURS_SPEC) → { ok: true, value: 8 }
 * @example parseQuantity('1.5天', HOURS_SPEC) → { ok: true, value: 12, notes: [{ code: 'hours-in-days', params: { text: '1.5天', days: 1.5, hours: 12 } }] }
 */
export function parseQuantity(value: unknown, spec: QuantitySpec): Result<number | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const v = unwrapCellValue(value);
  const text = displayText(v);
  if (typeof v === 'number') return checkNumber(v, text, spec);
  if (typeof v !== 'string') return err('number-unrecognised', { text });
  // Half-width, no spaces, the typographic minus as a hyphen, thousands separators dropped.
  const t = (cellText(v) ?? '')
    .replace(/[−–]/g, '-')
    .replace(/^([+-]?\d{1,3}(?:,\d{3})+)(?=\D|$)/, (s) => s.replace(/,/g, ''));
  return (
    (spec.dayUnits && hoursBesideDays(t)) ||
    (spec.numerals && readNumerals(t, text, spec)) ||
    parseText(t, text, spec)
  );
}

/** Days and hours in one cell, either way round: `2天(16学时)`, `16学时(2天)`, `16(2天)`. */
const DAYS_THEN_HOURS = /^(?:\d+(?:\.\d+)?)(?:天|日|个工作日)\((\d+(?:\.\d+)?)(?:学时|小时|课时)\)$/;
const HOURS_THEN_DAYS = /^(\d+(?:\.\d+)?)(?:学时|小时|课时)?\((?:\d+(?:\.\d+)?)(?:天|日|个工作日)\)$/;

/**
 * An hours cell that gives the days and the certificate's hours together
 * (`2天（16学时）`): the hours as written; the 8-a-day cap is the rules' work,
 * on the row's dates. Undefined for any other text.
 */
function hoursBesideDays(t: string): Result<number> | undefined {
  const m = DAYS_THEN_HOURS.exec(t) ?? HOURS_THEN_DAYS.exec(t);
  return m ? ok(Number(m[1])) : undefined;
}

/** A number in characters, then an optional 个半 (`两个半小时`: 2.5), then the unit. */
const NUMERALS = /^([〇零Ｏ一二两三四五六七八九十百]+)(个半)?(.*)$/;

/**
 * A cell that says one number in Chinese numerals, read as its digits would be:
 * hours with the note `hours-in-numerals` (`二十四学时` → 24), days with the
 * days note (`两天半` → 20). Undefined for anything else (`十几学时`, `三四天`,
 * `三个月`), which then gets the warning it got before.
 */
function readNumerals(t: string, text: string, spec: QuantitySpec): Result<number | undefined> | undefined {
  const m = NUMERALS.exec(t);
  const n = m ? chineseNumber(m[1]) : undefined;
  // Characters run into digits (`十六5`, `二十.5`) say no one number.
  if (!m || n === undefined || /^[\d.]/.test(m[3])) return undefined;
  if (m[2] && !spec.units.includes(m[3].toLowerCase())) return undefined;
  const r = parseText(`${m[2] ? n + 0.5 : n}${m[3]}`, text, spec);
  if (!r.ok || r.value === undefined) return undefined;
  // Days: the days note already shows the conversion. Months and counts (`三个月`, `两篇`) say
  // their number as plainly as digits would.
  if (r.notes || spec !== HOURS_SPEC) return r;
  return ok(r.value, [{ code: 'hours-in-numerals', params: { text, hours: r.value } }]);
}

/** The normalised text `t` of the cell shown as `text`. */
function parseText(t: string, text: string, spec: QuantitySpec): Result<number | undefined> {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(t);
  if (!m && spec.dayUnits && DAY_WORDS[t] !== undefined) return hoursFromDays(text, DAY_WORDS[t]);
  // 一天半 (in digits 1天半): a day and a half.
  const andHalf = spec.dayUnits ? /^(\d+)[天日]半$/.exec(t) : null;
  if (andHalf) return hoursFromDays(text, Number(andHalf[1]) + 0.5);
  if (!m) return /\d/.test(t) ? err('number-unrecognised', { text }) : err(spec.textCode, { text });
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  if (unit !== '' && spec.dayUnits?.includes(unit)) {
    return n < 0 ? err('negative-value', { text }) : hoursFromDays(text, n);
  }
  if (unit !== '' && !spec.units.includes(unit)) {
    return /\d/.test(unit)
      ? err('number-unrecognised', { text })
      : err('number-unit-unexpected', { text, unit: m[2] });
  }
  return checkNumber(n, text, spec);
}

function checkNumber(n: number, text: string, spec: QuantitySpec): Result<number> {
  if (!Number.isFinite(n)) return err('number-unrecognised', { text });
  if (n < 0) return err('negative-value', { text });
  if (spec.integer && !Number.isInteger(n)) return err('count-not-integer', { text });
  // -0 and 0 are the same quantity; keep the plain zero.
  return ok(n === 0 ? 0 : n);
}

/** @example parseHours('24课时') → { ok: true, value: 24 }; parseHours('半天') → 4, with the note `hours-in-days` */
export function parseHours(value: unknown): Result<number | undefined> {
  return parseQuantity(value, HOURS_SPEC);
}

/** Items, courses, modules: whole numbers. @example parseCount('4个模块') → { ok: true, value: 4 } */
export function parseCount(value: unknown): Result<number | undefined> {
  return parseQuantity(value, COUNT_SPEC);
}

/** @example parseMonths('7个月') → { ok: true, value: 7 }; parseMonths('六个月') → 6; parseMonths('半年') → 6 */
export function parseMonths(value: unknown): Result<number | undefined> {
  const word = typeof value === 'string' ? MONTH_WORDS[cellText(value) ?? ''] : undefined;
  return word !== undefined ? ok(word) : parseQuantity(value, MONTHS_SPEC);
}

/** 天数 / 往返及休息天数. @example parseDays('3天') → { ok: true, value: 3 } */
export function parseDays(value: unknown): Result<number | undefined> {
  return parseQuantity(value, DAYS_SPEC);
}

/** @example parseScore('85分') → { ok: true, value: 85 } */
export function parseScore(value: unknown): Result<number | undefined> {
  return parseQuantity(value, SCORE_SPEC);
}

/** What a number in an hours cell counts when its unit is not hours or days. */
export type OtherQuantity = { n: number; unit: 'months' | 'items' };

/**
 * A number with a unit of months (`3个月`) or of items (`2篇`, `1项`) where hours
 * were expected: ledgers with one 时长/数量 column write the quantity each kind
 * is credited by. The number may be in Chinese numerals, read as its digits
 * would be (`三个月`, `十二个月`, `两个半月` 2.5, `两篇`), and `半年` is 6 months,
 * `全年` 12. Undefined for anything else (hours, days, blank, bad text, numerals
 * that say no one number: `三四个月`, `十几篇`), which `parseHours` reads and
 * reports as before.
 * @example otherQuantity('3个月') → { n: 3, unit: 'months' }
 * @example otherQuantity('两篇') → { n: 2, unit: 'items' }
 * @example otherQuantity('半年') → { n: 6, unit: 'months' }
 * @example otherQuantity('16') → undefined
 */
export function otherQuantity(value: unknown): OtherQuantity | undefined {
  const v = unwrapCellValue(value);
  if (typeof v !== 'string') return undefined;
  const t = cellText(v) ?? '';
  const word = MONTH_WORDS[t];
  if (word !== undefined) return { n: word, unit: 'months' };
  const m = /^(\d+(?:\.\d+)?)(.+)$/.exec(t);
  let n = m ? Number(m[1]) : undefined;
  let unit = m ? m[2].toLowerCase() : '';
  if (!m) {
    // 三个月, 两篇, 两个半月 (the 个半 adds a half, as in 两个半小时).
    const c = NUMERALS.exec(t);
    const whole = c ? chineseNumber(c[1]) : undefined;
    if (!c || whole === undefined || /^[\d.]/.test(c[3])) return undefined;
    n = c[2] ? whole + 0.5 : whole;
    unit = c[2] ? `个${c[3]}`.toLowerCase() : c[3].toLowerCase();
  }
  if (n === undefined) return undefined;
  if (MONTHS_SPEC.units.includes(unit)) return { n, unit: 'months' };
  if (COUNT_SPEC.units.includes(unit) && Number.isInteger(n)) return { n, unit: 'items' };
  return undefined;
}
