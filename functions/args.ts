/**
 * Reading a custom function's arguments as Excel hands them over: a blank
 * optional argument arrives as `null` (or `undefined` from a Node caller), an
 * empty cell reference as `""` or `null`, numbers typed as text as strings,
 * dates as serial numbers. Bad arguments become `#VALUE!` with a Chinese message.
 */
import { serialToDayNumber } from '../src/ledger/parse/dates';
import { cellText, displayText, isBlankCell, stripSpaces, toHalfWidth } from '../src/ledger/parse/text';
import { yearOf } from '../src/rules/dates';
import { functionError } from './errors';
import { functionMessage } from './messages';

/** The years the functions accept (the rules core's own plausible range). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function badArgument(
  code: Parameters<typeof functionMessage>[0],
  params: Record<string, string | number>,
): never {
  throw functionError('#VALUE!', functionMessage(code, params));
}

/** True for an omitted or empty argument: `null`, `undefined`, blank text. */
export function isBlankArg(value: unknown): boolean {
  return isBlankCell(value);
}

/** A finite number, or a number typed as text (`"30"`, `"３０"`); undefined when blank. */
export function optionalNumber(value: unknown, arg: string): number | undefined {
  if (isBlankArg(value)) return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return badArgument('arg-not-number', { arg, value: String(value) });
  }
  if (typeof value === 'string') {
    const t = stripSpaces(toHalfWidth(value));
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return Number(t);
  }
  return badArgument('arg-not-number', { arg, value: displayText(value) });
}

export function requiredNumber(value: unknown, arg: string): number {
  const n = optionalNumber(value, arg);
  return n === undefined ? badArgument('arg-required', { arg }) : n;
}

/**
 * A year: `2023`, `"2023"`, `"2023年"`, `"2023年度"`, or a date (an Excel serial
 * beyond 2200, e.g. `TODAY()`), which stands for its year.
 * @example optionalYear(45054, 'year') === 2023
 */
export function optionalYear(value: unknown, arg: string): number | undefined {
  if (isBlankArg(value)) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /^(\d{4})(?:年度?)?$/.exec(stripSpaces(toHalfWidth(value)));
    if (m) n = Number(m[1]);
  }
  if (n !== undefined) {
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return n;
    // A date cell: serials after 2200 are days since 1900 (2201 = 1906-01-10 … 109574 = 2200-12-31);
    // a time of day is dropped.
    if (n > MAX_YEAR) {
      const day = serialToDayNumber(n);
      if (day.ok) {
        const y = yearOf(day.value);
        if (y >= MIN_YEAR && y <= MAX_YEAR) return y;
      }
    }
  }
  return badArgument('arg-not-year', { arg, value: displayText(value) });
}

export function requiredYear(value: unknown, arg: string): number {
  const y = optionalYear(value, arg);
  return y === undefined ? badArgument('arg-required', { arg }) : y;
}

/** TRUE/FALSE, 1/0, or the words `TRUE`/`FALSE`/`是`/`否`; undefined when blank. */
export function optionalBoolean(value: unknown, arg: string): boolean | undefined {
  if (isBlankArg(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const t = typeof value === 'string' ? cellText(value)?.toUpperCase() : undefined;
  if (t === 'TRUE' || t === '是') return true;
  if (t === 'FALSE' || t === '否') return false;
  return badArgument('arg-not-boolean', { arg, value: displayText(value) });
}

/** Text as typed (numbers become their text); undefined when blank. */
export function optionalText(value: unknown, arg: string): string | undefined {
  if (isBlankArg(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return badArgument('arg-not-text', { arg, value: displayText(value) });
}

export function requiredText(value: unknown, arg: string): string {
  const t = optionalText(value, arg);
  return t === undefined ? badArgument('arg-required', { arg }) : t;
}
