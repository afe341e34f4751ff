/**
 * The report model: every person of a ledger evaluated by the rules core, the
 * years asked for, the title window, one 明细 line per activity, and every
 * finding (ledger and rules) on its row. One model for every surface.
 */
import {
  activityRef,
  ledgerFinding,
  rowLabel,
  rowRefOf,
  severalFiles,
  sortFindings,
} from '../ledger/findings';
import { activitiesByPerson, activitySlotsByPerson, eachActivityRef, eachActivityWhen } from '../ledger/join';
import { maskIdNumber } from '../ledger/parse/idNumber';
import type { Finding, Ledger, RowOrigin } from '../ledger/types';
import { dayNumber, fromDayNumber, isoDate } from '../rules/dates';
import { clean } from '../rules/exact';
import { evaluatePerson, evaluateWindow, yearOf, type PersonEvaluation } from '../rules/evaluate';
import { DEFAULT_POLICY } from '../rules/policy';
import { defaultRuleBook, type RuleBook } from '../rules/rulebook';
import type { Activity, PersonYearSummary, RuleIssue, WindowResult } from '../rules/types';
import { DetailColumns, holdDetails, type DetailKind } from './detailColumns';
import { reviewVerdicts } from './review';
import { personStanding } from './verdict';
import type {
  Report,
  ReportCounts,
  ReportDetail,
  ReportOptions,
  ReportPerson,
  ReportPersonSummary,
  ReportSummary,
  ReportWindow,
  ReportYear,
} from './types';

export type BuildOptions = Partial<ReportOptions> & {
  book?: RuleBook;
  /**
   * Build the 明细 lines (one per activity); default true. Surfaces that never
   * show them (the CLI without --report) leave them out: they are a third of
   * the model's memory on a large ledger. `'compact'`: built, but held in
   * typed-array columns when the ledger holds its activities compactly, and
   * made objects one at a time as they are walked (`reportDetails`); the
   * command line's --report on a million-row ledger.
   */
  details?: boolean | 'compact';
  /**
   * Keep each person's full evaluation (`ReportPerson.evaluation`); default
   * true. The command line never reads them: without them a person's credits
   * are garbage as soon as the person's verdicts and findings are taken, and a
   * million-row ledger checks in a fraction of the memory.
   */
  evaluations?: boolean;
  /**
   * The year of the as-of day (the command line's --as-of, else today): later
   * years have not begun, so they are not judged, like years after the last
   * the ledger records.
   */
  asOfYear?: number;
  /**
   * The as-of day itself (a day number): a title window counts only what has
   * happened by it (`evaluateWindow`'s `asOf`). Without it, the last day of
   * `asOfYear` when that is given.
   */
  asOfDay?: number;
};

const NO_EVIDENCE: readonly string[] = [];
const NO_REASONS: readonly string[] = [];

/**
 * Errors about who a row is (the ID), not what it credits: the row's hours are
 * read as they are, so its own zero is never the error's doing (review.ts).
 */
const IDENTITY_ERROR = /^id-/;

/** Ledger codes that already say a row's kind is unknown: the engine's `kind-unknown` on it would repeat them. */
const LEDGER_KIND_CODES = new Set(['kind-unknown', 'kind-ambiguous', 'kind-missing']);

/**
 * Warnings whose rows a verdict must not rest on either, like error rows: each
 * row is credited, but a pass that depends on it is 待核实 — a record the employer
 * has not verified yet (审核情况 待审核, 五), one dated after the day of the check,
 * and one that looks like a repeat of an earlier row of the person (the same
 * course entered again with other evidence, counted as interpretations.md counts
 * all but exact repeats).
 */
const SUSPECT_WARNING_CODES = new Set(['record-unverified', 'record-after-as-of', 'row-near-duplicate']);

/**
 * Builds the report. Defaults: the notice's default policy, IDs masked, Chinese.
 * With `year`, only that year's verdict, and every person of the ledger is
 * listed for it (zeros and a failing verdict for someone who did nothing).
 */
export function buildReport(ledger: Ledger, opts?: BuildOptions & { evaluations?: true }): Report;
export function buildReport(ledger: Ledger, opts: BuildOptions & { evaluations: false }): ReportSummary;
export function buildReport(ledger: Ledger, opts: BuildOptions = {}): ReportSummary {
  const keepEvaluations = opts.evaluations ?? true;
  const book = opts.book ?? defaultRuleBook();
  const withDetails = (opts.details ?? true) !== false;
  const options: ReportOptions = {
    policy: opts.policy ?? DEFAULT_POLICY,
    showIds: opts.showIds ?? false,
    lang: opts.lang ?? 'zh',
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.titleYear !== undefined ? { titleYear: opts.titleYear } : {}),
  };

  // 明细 in columns: each line at its activity's slot of the store (ledger order).
  const compact = withDetails && opts.details === 'compact' ? activitySlotsByPerson(ledger) : undefined;
  const activitiesOf = compact ? undefined : activitiesByPerson(ledger);

  const kindErrorRows = new Set<string>();
  // Rows with an error-level finding of the ledger layer (or an unverified record): a verdict resting on them is 待核实.
  const errorRows = new Set<string>();
  // Of those, the rows whose error can take their credit away (all but an ID's own errors).
  const refusingRows = new Set<string>();
  for (const f of ledger.findings) {
    if (f.layer !== 'ledger' || f.row === null) continue;
    if (LEDGER_KIND_CODES.has(f.code)) kindErrorRows.add(rowKey(f.file, f.sheet, f.row));
    // One finding per unknown word stands for every row of the sheet with that word.
    if (f.code === 'kind-unknown') kindErrorRows.add(`${rowKey(f.file, f.sheet, 0)}\u0000${f.params.text}`);
    if (f.severity === 'error' || SUSPECT_WARNING_CODES.has(f.code))
      errorRows.add(rowKey(f.file, f.sheet, f.row));
    if (f.severity === 'error' && !IDENTITY_ERROR.test(f.code))
      refusingRows.add(rowKey(f.file, f.sheet, f.row));
  }

  // Sheets without an evidence column: the sheet's one note stands for every row's 待核验 note.
  const noEvidenceColumn = new Set<string>();
  for (const src of ledger.sources)
    if (src.columns.evidence === undefined) noEvidenceColumn.add(rowKey(src.file, src.sheet, 0));

  const asOfDay =
    opts.asOfDay ?? (opts.asOfYear !== undefined ? dayNumber(opts.asOfYear, 12, 31) : undefined);
  const { first: firstYear, last: recorded } = recordedYears(ledger);
  const lastYear =
    opts.asOfYear !== undefined && recorded !== undefined ? Math.min(recorded, opts.asOfYear) : recorded;
  const people: ReportPersonSummary[] = [];
  const ruleFindings: Finding[] = [];
  // Records dated after the as-of day: a warning on each row (`recordsAfter`).
  const afterFindings: Finding[] = [];
  const detailByRef = new Map<string, ReportDetail>();
  const columns = compact && new DetailColumns(compact.store, ledger.origins, people);
  const firstSource = ledger.sources[0];
  const manyFiles = severalFiles(ledger.sources);
  const labelOf = (ref: string): string | undefined => {
    const o = ledger.origins.get(ref);
    return o && rowLabel(o, manyFiles);
  };
  for (const person of ledger.people) {
    const slotted = compact?.slotsOf(person.key);
    const activities = slotted
      ? slotted.activities
      : (activitiesOf as (key: string) => Activity[])(person.key);
    const evaluation = evaluatePerson(person, activities, { book, policy: options.policy });
    const window =
      options.titleYear !== undefined
        ? evaluateWindow(evaluation, options.titleYear, options.policy, { asOf: asOfDay, book })
        : undefined;
    // Years after the last the ledger records, or before the first, hold only credits carried
    // across New Year (a degree programme's 10 a year from 2023 to 2027): not judged, and
    // said so. A year asked for is judged.
    const summaries =
      options.year !== undefined
        ? [yearOf(evaluation, options.year)]
        : evaluation.years.filter(
            (y) =>
              (lastYear === undefined || y.year <= lastYear) &&
              (firstYear === undefined || y.year >= firstYear),
          );
    const later = evaluation.years.filter((y) => lastYear !== undefined && y.year > lastYear).length;
    const shownId = person.idNumber ?? person.unverifiedId;
    const id = shownId === undefined ? null : options.showIds ? shownId : maskIdNumber(shownId);
    const name = person.name ?? '';
    // The records to be checked (evidence missing, review required): usually none.
    let pendingRefs: Set<string> | undefined;
    for (const c of evaluation.credits) if (c.pendingReview) (pendingRefs ??= new Set()).add(c.ref);

    const issues = collectIssues(evaluation, window);
    if (options.year === undefined && later > 0 && lastYear !== undefined) {
      const years = evaluation.years.filter((y) => y.year > lastYear).map((y) => y.year);
      issues.push({
        code: 'years-after-ledger',
        severity: 'info',
        clause: null,
        params: { years: years.join(options.lang === 'en' ? ', ' : '、'), last: lastYear },
      });
    }
    if (options.year === undefined && firstYear !== undefined) {
      const years = evaluation.years.filter((y) => y.year < firstYear).map((y) => y.year);
      if (years.length > 0)
        issues.push({
          code: 'years-before-ledger',
          severity: 'info',
          clause: null,
          params: { years: years.join(options.lang === 'en' ? ', ' : '、'), first: firstYear },
        });
    }
    if (asOfDay !== undefined)
      recordsAfter(ledger, activities, asOfDay, person.key, errorRows, afterFindings);
    const suspect = suspectRefs(activities, issues, errorRows);
    const refusing = suspect.size > 0 ? suspectRefs(activities, issues, refusingRows) : suspect;
    const review = reviewVerdicts(
      { person, activities, evaluation, suspect, refusing, book, policy: options.policy, asOf: asOfDay },
      summaries.map((s) => s.year),
      window,
    );
    const summary: ReportPersonSummary = {
      key: person.key,
      name,
      id,
      status: evaluation.status,
      years: summaries.map((s) => withReview(reportYear(s, pendingRefs), review.years.get(s.year), labelOf)),
      window: window ? withReview(reportWindow(window), review.window ?? undefined, labelOf) : null,
    };
    if (evaluation.sector)
      summary.sector = options.lang === 'en' ? evaluation.sector.nameEn : evaluation.sector.name;
    if (person.idNumber === undefined && person.unverifiedId !== undefined) summary.idUnverified = true;
    if (activities.length > 0) summary.records = activities.length;
    const homeFile = (activities.length > 0 ? ledger.origins.get(activities[0].ref) : undefined)?.file;
    if (homeFile !== undefined) summary.file = homeFile;
    if (keepEvaluations) {
      const withEvaluation: ReportPerson = { ...summary, evaluation };
      people.push(withEvaluation);
    } else people.push(summary);

    // Findings: every issue of the engine on its row (person-level ones on the person's first row's sheet).
    const home = activities.length > 0 ? ledger.origins.get(activities[0].ref) : undefined;
    const homePlace =
      home ?? (firstSource ? { file: firstSource.file, sheet: firstSource.sheet, row: 0 } : undefined);
    for (const issue of issues) {
      const origin = issue.activityRef !== undefined ? ledger.origins.get(issue.activityRef) : undefined;
      if (
        issue.code === 'kind-unknown' &&
        origin &&
        (kindErrorRows.has(rowKey(origin.file, origin.sheet, origin.row)) ||
          kindErrorRows.has(`${rowKey(origin.file, origin.sheet, 0)}\u0000${issue.params.kind}`))
      )
        continue;
      if (
        issue.code === 'evidence-missing' &&
        origin &&
        noEvidenceColumn.has(rowKey(origin.file, origin.sheet, 0))
      )
        continue;
      ruleFindings.push(ruleFinding(issue, origin, homePlace, person.key, labelOf));
    }

    // 明细.
    if (!withDetails) continue;
    const afterCaps = creditedAfterCaps(evaluation);
    const reasons = reasonsByRef(issues);
    if (columns && slotted) {
      addDetailColumns(columns, slotted, people.length - 1, evaluation, afterCaps, reasons, (code) =>
        detailKind(book, code, options.lang),
      );
      continue;
    }
    for (const c of evaluation.credits) {
      const origin = ledger.origins.get(c.ref);
      const kind = book.kindByCode.get(c.kind);
      const detail: ReportDetail = {
        ref: c.ref,
        sheet: origin?.sheet ?? '',
        row: origin?.row ?? 0,
        personKey: person.key,
        name,
        id,
        kind: c.kind,
        kindName: kind ? (options.lang === 'en' ? kind.nameEn : kind.name) : c.kind,
        kindShortName: kind ? (options.lang === 'en' ? kind.nameEn : (kind.shortName ?? kind.name)) : c.kind,
        clause: c.clause,
        years: [...new Set(c.shares.map((s) => s.year))].sort((a, b) => a - b),
        claimed: c.claimed,
        creditedBeforeCaps: c.credited,
        credited: afterCaps.get(c.ref) ?? 0,
        pendingReview: c.pendingReview,
        evidence: kind?.evidence ?? NO_EVIDENCE,
        reasons: reasons.get(c.ref) ?? [],
      };
      if (origin?.file !== undefined) detail.file = origin.file;
      detailByRef.set(c.ref, detail);
    }
  }

  // 明细 in ledger order (as the user reads the sheet).
  const details: ReportDetail[] = [];
  if (withDetails && !columns)
    eachActivityRef(ledger, (ref) => {
      const d = detailByRef.get(ref);
      if (d) {
        details.push(d);
        detailByRef.delete(ref);
      }
    });

  const findings = sortFindings([...withPeople(ledger), ...afterFindings, ...ruleFindings], ledger.sources);
  const report: ReportSummary = {
    options,
    sources: ledger.sources,
    people,
    details,
    findings,
    counts: countReport(people, findings, options),
  };
  if (columns) holdDetails(report, columns);
  return report;
}

/** What a 明细 line says of its kind (the kind's code when the book does not know it). */
function detailKind(book: RuleBook, code: string, lang: ReportOptions['lang']): DetailKind {
  const kind = book.kindByCode.get(code);
  return {
    kind: code,
    kindName: kind ? (lang === 'en' ? kind.nameEn : kind.name) : code,
    kindShortName: kind ? (lang === 'en' ? kind.nameEn : (kind.shortName ?? kind.name)) : code,
    evidence: kind?.evidence ?? NO_EVIDENCE,
  };
}

/**
 * A person's 明细 lines into the columns, each at its activity's slot: the
 * same values as the objects `buildReport` makes otherwise. A credit whose
 * ref is none of the person's rows has no line (as in ledger order).
 */
function addDetailColumns(
  columns: DetailColumns,
  slotted: { activities: readonly Activity[]; slots: Int32Array },
  person: number,
  evaluation: PersonEvaluation,
  afterCaps: ReadonlyMap<string, number>,
  reasons: ReadonlyMap<string, string[]>,
  kindOf: (code: string) => DetailKind,
): void {
  const slotOf = new Map<string, number>();
  slotted.activities.forEach((a, n) => slotOf.set(a.ref, slotted.slots[n]));
  for (const c of evaluation.credits) {
    const slot = slotOf.get(c.ref);
    if (slot === undefined) continue;
    columns.set(slot, person, () => kindOf(c.kind), c.kind, {
      clause: c.clause,
      years: [...new Set(c.shares.map((s) => s.year))].sort((a, b) => a - b),
      claimed: c.claimed,
      creditedBeforeCaps: c.credited,
      credited: afterCaps.get(c.ref) ?? 0,
      pendingReview: c.pendingReview,
      reasons: reasons.get(c.ref) ?? NO_REASONS,
    });
  }
}

/**
 * Ledger findings on a row that holds a record, with the record's person: a
 * message names the person, not only the row (第142行（张伟）). Only rows with
 * findings are looked up, so a clean million-row ledger costs one pass.
 */
function withPeople(ledger: Ledger): Finding[] {
  const rows = new Map<string, Finding[]>();
  for (const f of ledger.findings) {
    if (f.row === null || f.personKey !== undefined) continue;
    const key = rowKey(f.file, f.sheet, f.row);
    const list = rows.get(key);
    if (list) list.push(f);
    else rows.set(key, [f]);
  }
  if (rows.size === 0) return ledger.findings;
  const named = new Map<Finding, Finding>();
  eachActivityRef(ledger, (ref, personKey) => {
    const list = rows.get(rowRefOf(ref));
    if (list) for (const f of list) named.set(f, { ...f, personKey });
  });
  return ledger.findings.map((f) => named.get(f) ?? f);
}

/**
 * A person's records that begin (or, without a start, end) after the as-of day:
 * not happened yet on the day of the check (a training on 20 December checked on
 * 3 December, or a year typed wrong: 2052). Each gets the warning
 * `record-after-as-of` on its row, and its row joins the suspect rows: it stays
 * credited in its year as recorded, but a pass that rests on it is 待核实, as a
 * pass resting on an unverified record (`SUSPECT_WARNING_CODES`). One comparison
 * per record; a finding only for the rare record after the day.
 */
function recordsAfter(
  ledger: Ledger,
  activities: readonly Activity[],
  asOf: number,
  personKey: string,
  suspectRows: Set<string>,
  out: Finding[],
): void {
  for (const a of activities) {
    const first = a.start ?? a.end;
    if (first === undefined || !(first > asOf)) continue;
    // Suspect rows are keyed by row, as findings are (`suspectRefs`).
    suspectRows.add(rowRefOf(a.ref));
    const origin = ledger.origins.get(a.ref);
    if (origin === undefined) continue;
    const source = ledger.sources.find((s) => s.sheet === origin.sheet && s.file === origin.file);
    const cols = source?.columns;
    const column = a.start !== undefined ? (cols?.start ?? cols?.period) : (cols?.end ?? cols?.period);
    out.push(
      ledgerFinding(
        'record-after-as-of',
        { date: isoDate(first), asOf: isoDate(asOf) },
        { ...origin, column: column ?? null },
        personKey,
      ),
    );
  }
}

/** This person's records that carry an error-level finding, of the ledger (by row) or of the rules. */
function suspectRefs(
  activities: readonly Activity[],
  issues: readonly RuleIssue[],
  errorRows: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  // A ref that names a column (`…!12#H`) is on the row its findings name (`…!12`).
  if (errorRows.size > 0) for (const a of activities) if (errorRows.has(rowRefOf(a.ref))) out.add(a.ref);
  for (const i of issues) if (i.severity === 'error' && i.activityRef !== undefined) out.add(i.activityRef);
  return out;
}

/** A verdict that rests on suspect rows: not compliant, those rows listed as a reader names them. */
function withReview<T extends { compliant: boolean; review?: string[] }>(
  v: T,
  refs: readonly string[] | undefined,
  labelOf: (ref: string) => string | undefined,
): T {
  if (!refs) return v;
  v.compliant = false;
  v.review = refs.map((r) => labelOf(r) ?? r);
  return v;
}

function rowKey(file: string | undefined, sheet: string, row: number): string {
  return activityRef(file !== undefined ? { file, sheet, row } : { sheet, row });
}

function reportYear(s: PersonYearSummary, pendingRefs: ReadonlySet<string> | undefined): ReportYear {
  // Records to be checked that count in this year (a record may have several shares): usually none.
  let pendingReview = 0;
  if (pendingRefs) {
    const pending = new Set<string>();
    for (const a of s.credits) if (pendingRefs.has(a.ref)) pending.add(a.ref);
    pendingReview = pending.size;
  }
  return {
    year: s.year,
    public: s.publicHours,
    professional: s.professionalHours,
    total: s.totalHours,
    compliant: s.compliant,
    deemed: s.deemed,
    shortfall: { public: s.shortfall.public, professional: s.shortfall.professional },
    status: s.status,
    pendingReview,
  };
}

function reportWindow(w: WindowResult): ReportWindow {
  return {
    titleYear: w.titleYear,
    from: w.from,
    to: w.to,
    policy: w.policy,
    compliant: w.compliant,
    failingYears: [...w.failingYears],
    reading: w.reading,
    totals: { public: w.totals.public, professional: w.totals.professional },
    required: { public: w.required.public, professional: w.required.professional },
  };
}

/** Every issue once: per activity, per year (caps), per person, per window. */
function collectIssues(e: PersonEvaluation, window: WindowResult | undefined): RuleIssue[] {
  const out: RuleIssue[] = [];
  // Most people have a few issues: a list is searched until it is long enough for a set.
  let seen: Set<RuleIssue> | undefined;
  const add = (list: readonly RuleIssue[]) => {
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (seen ? seen.has(i) : out.includes(i)) continue;
      out.push(i);
      if (seen) seen.add(i);
      else if (out.length > 16) seen = new Set(out);
    }
  };
  for (const c of e.credits) add(c.issues);
  for (const y of e.years) add(y.issues);
  add(e.issues);
  if (window) add(window.issues);
  return out;
}

/**
 * The years the ledger records, in one pass over the columns (`ledger.activities`
 * would make an object of every activity); undefined for a ledger without dates or years.
 * - `last`: an activity's 年度, else the year it started (a programme of
 *   2024.9–2027.6 is recorded in 2024), else ended.
 * - `first`: the earliest 年度, or for a row without one the year its record
 *   ends (a degree programme of 2023.9–2026.6 is recorded as finished in 2026,
 *   and earns 10 in 2023 only by carrying across); never after `last`, so a
 *   ledger of one long record keeps its years.
 * A day's year never falls as the day rises: only the two extreme days become dates.
 */
function recordedYears(ledger: Ledger): { first: number | undefined; last: number | undefined } {
  let minYear: number | undefined;
  let maxYear: number | undefined;
  /** Of the activities without a 年度: the earliest end (else start), the latest start (else end). */
  let minEnd: number | undefined;
  let maxStart: number | undefined;
  eachActivityWhen(ledger, (year, start, end) => {
    if (year !== undefined) {
      if (!Number.isFinite(year)) return;
      if (minYear === undefined || year < minYear) minYear = year;
      if (maxYear === undefined || year > maxYear) maxYear = year;
      return;
    }
    const endDay = end ?? start;
    if (endDay !== undefined && Number.isFinite(endDay) && (minEnd === undefined || endDay < minEnd))
      minEnd = endDay;
    const startDay = start ?? end;
    if (
      startDay !== undefined &&
      Number.isFinite(startDay) &&
      (maxStart === undefined || startDay > maxStart)
    )
      maxStart = startDay;
  });
  const lastByDay = maxStart === undefined ? undefined : fromDayNumber(maxStart).year;
  const firstByDay = minEnd === undefined ? undefined : fromDayNumber(minEnd).year;
  const last =
    maxYear === undefined ? lastByDay : lastByDay === undefined ? maxYear : Math.max(maxYear, lastByDay);
  const first =
    minYear === undefined ? firstByDay : firstByDay === undefined ? minYear : Math.min(minYear, firstByDay);
  return { first: first !== undefined && last !== undefined && first > last ? last : first, last };
}

function ruleFinding(
  issue: RuleIssue,
  origin: RowOrigin | undefined,
  home: { file?: string; sheet: string } | undefined,
  personKey: string,
  labelOf: (ref: string) => string | undefined,
): Finding {
  const where = origin ?? home;
  // A record the issue points to (`first`: where a 成果 was first counted) is named as a reader names a row.
  const first = issue.params.first;
  const label = typeof first === 'string' ? labelOf(first) : undefined;
  const f: Finding = {
    severity: issue.severity,
    code: issue.code,
    layer: 'rules',
    clause: issue.clause,
    sheet: where?.sheet ?? '',
    row: origin ? origin.row : null,
    // A row of several activities (a register kept one row per person): the activity's column.
    column: origin?.column ?? null,
    params: label === undefined ? issue.params : { ...issue.params, first: label },
    personKey,
  };
  if (where?.file !== undefined) f.file = where.file;
  return f;
}

/** Credit after caps and dedupe, summed over the activity's years. */
function creditedAfterCaps(e: PersonEvaluation): Map<string, number> {
  const out = new Map<string, number>();
  for (const y of e.years) {
    for (const a of y.credits) out.set(a.ref, clean((out.get(a.ref) ?? 0) + a.public + a.professional));
  }
  return out;
}

function reasonsByRef(issues: readonly RuleIssue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of issues) {
    if (i.activityRef === undefined) continue;
    const list = out.get(i.activityRef);
    if (!list) out.set(i.activityRef, [i.code]);
    else if (!list.includes(i.code)) list.push(i.code);
  }
  return out;
}

/**
 * Among evaluated people, passing means every verdict asked for passes: each
 * year listed and the window when asked. Someone with no verdict at all (no
 * year with credit, no year or window asked) has shown nothing and fails.
 */
function countReport(
  people: readonly ReportPersonSummary[],
  findings: readonly Finding[],
  options: ReportOptions,
): ReportCounts {
  const counts: ReportCounts = {
    people: people.length,
    passing: 0,
    failing: 0,
    review: 0,
    deemed: 0,
    sector: 0,
    findings: { error: 0, warning: 0, info: 0 },
  };
  for (const p of people) {
    if (p.status === 'sector') {
      counts.sector++;
      continue;
    }
    if (p.years.some((y) => y.deemed)) counts.deemed++;
    const standing = personStanding(p, options);
    if (standing === 'pass') counts.passing++;
    else if (standing === 'review') counts.review++;
    else counts.failing++;
  }
  for (const f of findings) counts.findings[f.severity]++;
  return counts;
}
