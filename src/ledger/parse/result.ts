/**
 * The result union every cell parser returns ("parse, don't validate"): user
 * data never throws; a failure carries a code from `../codes.ts` and the params
 * its message template needs.
 */
import type { LedgerCode } from '../codes';

export type Params = Record<string, string | number>;

/** An informational remark on a successful parse, e.g. `id-upgraded-15`. */
export interface Note {
  code: LedgerCode;
  params: Params;
}

export type Ok<T> = { ok: true; value: T; notes?: Note[] };
export type Err = { ok: false; code: LedgerCode; params: Params };
export type Result<T> = Ok<T> | Err;

/** @example ok(8) → { ok: true, value: 8 } */
export function ok<T>(value: T, notes?: Note[]): Ok<T> {
  return notes && notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}

/** @example err('hours-text', { text: '半天' }) → { ok: false, code: 'hours-text', params: { text: '半天' } } */
export function err(code: LedgerCode, params: Params = {}): Err {
  return { ok: false, code, params };
}
