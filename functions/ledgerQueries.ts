/**
 * What the ledger functions answer, from the cached view of a range: one
 * person-year (CECOMPLIANT, CESTATUS, CESHORTFALL), a title window
 * (CECOMPLIANT with titleWindow), or every person (CESUMMARY). Figures are
 * after the yearly caps (四(一)1, 四(二), 四(三)); the verdict is 一's 30 公需 and
 * 60 专业, or 四(六)1's 视同完成.
 */
import { clean } from '../src/rules/exact';
import { evaluatePerson, evaluateWindow, yearOf } from '../src/rules/evaluate';
import { DEFAULT_POLICY } from '../src/rules/policy';
import type { PersonYearSummary } from '../src/rules/types';
import type { ReportPerson } from '../src/report/types';
import { optionalBoolean, optionalYear, requiredYear } from './args';
import { functionError } from './errors';
import { findPerson, ledgerViewOf } from './ledgerView';
import { functionMessage } from './messages';

/** Chinese names of the ledger functions' arguments, as functions-zh-cn.source.json names them. */
export const LEDGER_ARGS = {
  ledger: '台账区域',
  person: '人员',
  year: '年度',
  titleWindow: '按申报年度',
} as const;

export const SUMMARY_HEADER = ['姓名', '身份证号', '年度', '公需', '专业', '合计', '达标', '缺口'] as const;

/**
 * Excel refuses a custom function's result above 5 MB; CESUMMARY stops well
 * below, counting 3 bytes a character (UTF-8 for Chinese) and 4 per cell.
 */
export const SUMMARY_MAX_BYTES = 2_500_000;

type Cell = string | number | boolean;

/** Hours for a note: at most two decimals, no binary noise (17.5, 8.33). */
function hoursText(h: number): string {
  return String(Number(clean(h).toFixed(2)));
}

/**
 * The short Chinese note of a person-year: 按行业规定, 视同完成, 已达标 (or
 * `compliantText`), or what is missing: `公需缺10学时，专业缺20学时`.
 */
export function yearNote(s: PersonYearSummary, compliantText = functionMessage('note-compliant')): string {
  if (s.status === 'sector') return functionMessage('note-sector');
  if (s.deemed) return functionMessage('note-deemed');
  if (s.compliant) return compliantText;
  const parts: string[] = [];
  if (s.shortfall.public > 0)
    parts.push(functionMessage('note-public-short', { hours: hoursText(s.shortfall.public) }));
  if (s.shortfall.professional > 0) {
    parts.push(functionMessage('note-professional-short', { hours: hoursText(s.shortfall.professional) }));
  }
  return parts.join('，');
}

/** 待核实 rows of a person-year (the report model's reading, src/report/review.ts), or undefined. */
function reviewRows(person: ReportPerson, year: number): string[] | undefined {
  return person.years.find((y) => y.year === year)?.review;
}

/**
 * A person-year as the functions show it: a year that passes only thanks to
 * rows with an error-level finding is 待核实, not compliant.
 */
function personYear(
  ledgerArg: unknown,
  personArg: unknown,
  yearArg: unknown,
): { person: ReportPerson; summary: PersonYearSummary; review?: string[] } {
  const year = requiredYear(yearArg, LEDGER_ARGS.year);
  const view = ledgerViewOf(ledgerArg);
  const person = findPerson(view, personArg, LEDGER_ARGS.person);
  const review = reviewRows(person, year);
  const summary = yearOf(person.evaluation, year);
  return review ? { person, summary, review } : { person, summary };
}

/**
 * TRUE when the person's year passes (or, with `titleWindowArg`, every year of
 * the window ending in `yearArg` under the default policy). Sector staff
 * (四(六)2, 五) are not judged by this notice: `#N/A` saying so.
 */
export function isCompliant(
  ledgerArg: unknown,
  personArg: unknown,
  yearArg: unknown,
  titleWindowArg?: unknown,
): boolean {
  const year = requiredYear(yearArg, LEDGER_ARGS.year);
  const window = optionalBoolean(titleWindowArg, LEDGER_ARGS.titleWindow) ?? false;
  const view = ledgerViewOf(ledgerArg);
  const person = findPerson(view, personArg, LEDGER_ARGS.person);
  if (person.status === 'sector') {
    throw functionError(
      '#N/A',
      functionMessage('person-sector', {
        person: person.name || (person.id ?? ''),
        sector: person.sector ?? '',
      }),
    );
  }
  if (window) {
    const w = evaluateWindow(person.evaluation, year, DEFAULT_POLICY);
    // A window with a 待核实 year is not compliant until those rows are verified.
    for (let y = w.from; y <= w.to; y++) if (reviewRows(person, y)) return false;
    return w.compliant;
  }
  return yearOf(person.evaluation, year).compliant && !reviewRows(person, year);
}

/** One row: 公需, 专业, 合计, 达标, note. */
export function statusRow(ledgerArg: unknown, personArg: unknown, yearArg: unknown): Cell[][] {
  const { summary: s, review } = personYear(ledgerArg, personArg, yearArg);
  if (review)
    return [
      [
        s.publicHours,
        s.professionalHours,
        s.totalHours,
        false,
        functionMessage('note-review', { rows: review.join('、') }),
      ],
    ];
  return [[s.publicHours, s.professionalHours, s.totalHours, s.compliant, yearNote(s)]];
}

/**
 * One row: 公需 missing, 专业 missing (0 when met or deemed). A 待核实 year
 * (it passes only thanks to rows with an error) is not met: what is missing
 * without those rows, as the plan (还差) counts it until they are verified.
 */
export function shortfallRow(ledgerArg: unknown, personArg: unknown, yearArg: unknown): number[][] {
  const { person, summary: s, review } = personYear(ledgerArg, personArg, yearArg);
  if (!review) return [[s.shortfall.public, s.shortfall.professional]];
  const suspect = new Set(review);
  const view = ledgerViewOf(ledgerArg);
  const kept = view.activitiesOf(person.key).filter((a) => !suspect.has(a.ref));
  const without = yearOf(evaluatePerson(person.evaluation.person, kept), s.year).shortfall;
  return [[without.public, without.professional]];
}

function summaryRow(p: ReportPerson, s: PersonYearSummary): Cell[] {
  return [
    p.name,
    p.id ?? '',
    s.year,
    s.publicHours,
    s.professionalHours,
    s.totalHours,
    s.compliant,
    yearNote(s, ''),
  ];
}

function cellBytes(row: readonly Cell[]): number {
  let n = 0;
  for (const c of row) n += 4 + (typeof c === 'string' ? c.length * 3 : String(c).length);
  return n;
}

/**
 * A header row and one row per person-year: with `yearArg`, every person of
 * the ledger for that year; without, each person's years with records (a
 * person listed without any: one row, 无学时记录). 缺口 is blank when met.
 */
export function summaryTable(ledgerArg: unknown, yearArg?: unknown, maxBytes = SUMMARY_MAX_BYTES): Cell[][] {
  const year = optionalYear(yearArg, LEDGER_ARGS.year);
  const view = ledgerViewOf(ledgerArg);
  const entries: Array<[ReportPerson, PersonYearSummary | null]> = [];
  for (const p of view.people) {
    if (year !== undefined) entries.push([p, yearOf(p.evaluation, year)]);
    else if (p.evaluation.years.length === 0) entries.push([p, null]);
    else for (const s of p.evaluation.years) entries.push([p, s]);
  }
  const rows: Cell[][] = [[...SUMMARY_HEADER]];
  let bytes = cellBytes(rows[0]);
  for (let i = 0; i < entries.length; i++) {
    const [p, s] = entries[i];
    const row = s
      ? summaryRow(p, s)
      : [p.name, p.id ?? '', '', 0, 0, 0, false, functionMessage('note-no-records')];
    bytes += cellBytes(row);
    if (bytes > maxBytes) {
      rows.push([
        functionMessage('summary-truncated', { rows: entries.length - i }),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
      break;
    }
    rows.push(row);
  }
  return rows;
}
