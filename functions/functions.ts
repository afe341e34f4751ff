// Excel custom functions, namespace QD: continuing-education hours under the
// notice 青人社字〔2023〕14号 typed straight into formulas. The JSDoc of each
// function is the source of functions.json (custom-functions-metadata-plugin,
// which appends the CustomFunctions.associate calls; the build guards them so
// the bundle also loads outside Excel); the Chinese texts live in
// functions-zh-cn.source.json and are overlaid at build time. Keep this header
// a line comment: the metadata parser would take a leading /** block as the
// first function's description. Each function is a plain declaration (the
// parser ignores arrow functions) that hands its raw arguments to a pure module
// beside this file, so every one of them runs in plain Node too.
import { guarded } from './errors';
import { creditOfOne } from './hours';
import { idNumberIsValid } from './idCheck';
import { kindOf } from './kind';
import { isCompliant, shortfallRow, statusRow, summaryTable } from './ledgerQueries';
import { functionMessage } from './messages';
import { windowOf } from './window';

const internal = (detail: string) => functionMessage('internal', { detail });

/**
 * Credit of one activity in hours, before the yearly caps: e.g. 岗位培训 of 30 hours over 3 days gives 24 (at most 8 a day).
 * @customfunction CEHOURS
 * @param kind Kind of activity, as the notice or the ledger names it (e.g. 岗位培训, 学术会议, 论文, 援派, 职称外语).
 * @param [amount] Claimed hours for hour-based kinds; number of items for per-item kinds (default 1); months for postings and leave (default 12); the score for 职称外语.
 * @param [days] Number of days, for the 8-hours-a-day cap of hour-based kinds.
 * @param [detail] 公需 or 专业: that part of a split credit (postings, leave) or the ledger's subject; the level A, B or C for 职称外语.
 * @returns Hours credited.
 */
export function CEHOURS(kind: string, amount?: unknown, days?: unknown, detail?: unknown): number {
  return guarded(() => creditOfOne(kind, amount, days, detail), internal);
}

/**
 * TRUE when the person meets the year's 30 public and 60 professional hours (after the notice's caps) in the ledger.
 * @customfunction CECOMPLIANT
 * @param ledger The ledger range, including its header row.
 * @param person Name or ID number of the person.
 * @param year The year; with titleWindow TRUE, the year of the title application.
 * @param [titleWindow] TRUE to judge the title-application window (the five years up to the year) instead of one year.
 * @returns TRUE or FALSE.
 */
export function CECOMPLIANT(
  ledger: unknown[][],
  person: unknown,
  year: unknown,
  titleWindow?: unknown,
): boolean {
  return guarded(() => isCompliant(ledger, person, year, titleWindow), internal);
}

/**
 * One person's year in one row: public hours, professional hours, total, compliant, and a short note.
 * @customfunction CESTATUS
 * @param ledger The ledger range, including its header row.
 * @param person Name or ID number of the person.
 * @param year The year.
 * @returns One row: public, professional, total, compliant (TRUE/FALSE), note.
 */
export function CESTATUS(ledger: unknown[][], person: unknown, year: unknown): unknown[][] {
  return guarded(() => statusRow(ledger, person, year), internal);
}

/**
 * Every person of the ledger with their hours and verdict, as a table with a header row.
 * @customfunction CESUMMARY
 * @param ledger The ledger range, including its header row.
 * @param [year] Only this year, listing every person; without it, every person's years with records.
 * @returns A table: name, masked ID, year, public, professional, total, compliant, shortfall.
 */
export function CESUMMARY(ledger: unknown[][], year?: unknown): unknown[][] {
  return guarded(() => summaryTable(ledger, year), internal);
}

/**
 * Hours still missing in the year, in one row: public, professional. A year that passes only thanks to rows with errors (待核实) counts without those rows.
 * @customfunction CESHORTFALL
 * @param ledger The ledger range, including its header row.
 * @param person Name or ID number of the person.
 * @param year The year.
 * @returns One row: public hours missing, professional hours missing.
 */
export function CESHORTFALL(ledger: unknown[][], person: unknown, year: unknown): number[][] {
  return guarded(() => shortfallRow(ledger, person, year), internal);
}

/**
 * The years whose hours count for a title application: the five years up to the application year, shorter when the current qualification is more recent.
 * @customfunction CEWINDOW
 * @param titleYear Year of the title application.
 * @param [qualificationYear] Year the current qualification was obtained; the window then starts the year after it.
 * @returns One row: first year, last year.
 */
export function CEWINDOW(titleYear: number, qualificationYear?: number): number[][] {
  return guarded(() => windowOf(titleYear, qualificationYear), internal);
}

/**
 * The kind of activity the notice sees in a text, and its clause; #N/A when nothing matches.
 * @customfunction CEKIND
 * @param text Words for an activity, as a ledger writes them.
 * @returns One row: kind name, clause of the notice.
 */
export function CEKIND(text: string): string[][] {
  return guarded(() => kindOf(text), internal);
}

/**
 * TRUE when an ID number is valid: 18 characters with a correct check digit and a real birth date (GB 11643), or a 15-digit legacy number.
 * @customfunction CEIDCHECK
 * @param id The ID number.
 * @returns TRUE or FALSE.
 */
export function CEIDCHECK(id: unknown): boolean {
  return guarded(() => idNumberIsValid(id), internal);
}
