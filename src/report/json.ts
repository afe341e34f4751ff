/**
 * The report as JSON for the command line (`--json`) and scripts: a stable
 * shape, hours exact as computed (17.5 stays 17.5), messages in the report's
 * language, IDs as the report shows them (masked unless asked).
 */
import { findingMessage } from '../ledger/findings';
import type { Finding, Severity } from '../ledger/types';
import type { ReportPersonSummary, ReportSummary, ReportCounts } from './types';
import { personStanding } from './verdict';

export interface CheckJsonSource {
  file: string;
  sheet: string;
  headerRow: number;
  dataRows: number;
}

export interface CheckJsonYear {
  year: number;
  public: number;
  professional: number;
  total: number;
  compliant: boolean;
  deemed: boolean;
  shortfall: { public: number; professional: number };
  /**
   * 待核实: passes only thanks to rows with an error-level finding (`compliant` is then
   * false), or fails while rows of the year (or of no known year) that an error left
   * at nothing are listed in `reviewRows`.
   */
  review: boolean;
  reviewRows: string[];
}

export interface CheckJsonWindow {
  titleYear: number;
  from: number;
  to: number;
  policy: 'each-year' | 'pooled';
  compliant: boolean;
  failingYears: number[];
  review: boolean;
  reviewRows: string[];
}

export interface CheckJsonPerson {
  name: string;
  id: string | null;
  status: 'evaluated' | 'sector';
  /** 达标 / 未达标 / 待核实 for what was asked; null for sector staff. */
  verdict: 'pass' | 'fail' | 'review' | null;
  /** 待核实: the verdict rests on rows with an error-level finding, listed in `reviewRows`. */
  review: boolean;
  reviewRows: string[];
  years: CheckJsonYear[];
  window: CheckJsonWindow | null;
}

export interface CheckJsonFinding {
  severity: Severity;
  code: string;
  clause: string | null;
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  /** With several sources only. */
  file?: string;
}

export interface CheckJson {
  /** Of the first source read. */
  file: string;
  sheet: string;
  headerRow: number;
  dataRows: number;
  sources: CheckJsonSource[];
  columns: Record<string, string>;
  people: CheckJsonPerson[];
  findings: CheckJsonFinding[];
  counts: ReportCounts;
}

/** The fields before `people`: the first source, every source, the first source's columns. */
function jsonHead(
  report: ReportSummary,
  file: string | undefined,
): Pick<CheckJson, 'file' | 'sheet' | 'headerRow' | 'dataRows' | 'sources' | 'columns'> {
  const sources: CheckJsonSource[] = report.sources.map((s) => ({
    file: s.file ?? file ?? '',
    sheet: s.sheet,
    headerRow: s.headerRow,
    dataRows: s.dataRows,
  }));
  const first = sources[0] ?? { file: file ?? '', sheet: '', headerRow: 0, dataRows: 0 };
  const columns: Record<string, string> = {};
  for (const [field, letter] of Object.entries(report.sources[0]?.columns ?? {}))
    if (letter !== undefined) columns[field] = letter;
  return {
    file: first.file,
    sheet: first.sheet,
    headerRow: first.headerRow,
    dataRows: first.dataRows,
    sources,
    columns,
  };
}

function personJson(p: ReportPersonSummary, options: ReportSummary['options']): CheckJsonPerson {
  const verdict = personStanding(p, options);
  const rows = new Set<string>();
  for (const y of p.years) for (const r of y.review ?? []) rows.add(r);
  for (const r of p.window?.review ?? []) rows.add(r);
  return {
    name: p.name,
    id: p.id,
    status: p.status,
    verdict,
    review: verdict === 'review',
    reviewRows: verdict === 'review' ? [...rows] : [],
    years: p.years.map((y) => ({
      year: y.year,
      public: y.public,
      professional: y.professional,
      total: y.total,
      compliant: y.compliant,
      deemed: y.deemed,
      shortfall: { public: y.shortfall.public, professional: y.shortfall.professional },
      review: y.review !== undefined,
      reviewRows: [...(y.review ?? [])],
    })),
    window: p.window
      ? {
          titleYear: p.window.titleYear,
          from: p.window.from,
          to: p.window.to,
          policy: p.window.policy,
          compliant: p.window.compliant,
          failingYears: [...p.window.failingYears],
          review: p.window.review !== undefined,
          reviewRows: [...(p.window.review ?? [])],
        }
      : null,
  };
}

/** A finding as JSON; with several sources, the file it is in. */
function findingJson(report: ReportSummary, file: string | undefined): (f: Finding) => CheckJsonFinding {
  const lang = report.options.lang;
  const several = report.sources.length > 1;
  return (f) => {
    const out: CheckJsonFinding = {
      severity: f.severity,
      code: f.code,
      clause: f.clause,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      message: findingMessage(f, lang),
    };
    if (several) out.file = f.file ?? file ?? '';
    return out;
  };
}

/** `file` names the input for sources read inside Excel (no file of their own). */
export function reportToJson(report: ReportSummary, file?: string): CheckJson {
  return {
    ...jsonHead(report, file),
    people: report.people.map((p) => personJson(p, report.options)),
    findings: report.findings.map(findingJson(report, file)),
    counts: report.counts,
  };
}

/** People or findings laid out by one `JSON.stringify`. */
const JSON_BATCH = 64;
/** What `JSON.stringify({ x: [...] }, null, 2)` puts around the array's elements. */
const BATCH_HEAD = '{\n  "x": [\n';
const BATCH_TAIL = '\n  ]\n}';

/** Pieces of text this long or longer are handed on; smaller ones are joined first. */
const JSON_PIECE = 1 << 16;

/**
 * The text of `JSON.stringify(reportToJson(report, file), null, 2)` and a
 * newline, in pieces of 64 KB or a little more (up to a batch of 64 people or
 * findings), made as they are asked for: a large ledger's report (62 MB of
 * JSON for a million rows) is never one string, nor one object tree, and a
 * writer that must wait (a pipe read slowly) holds back the making.
 */
export function* reportJsonPieces(report: ReportSummary, file: string | undefined): Generator<string> {
  let pending = '';
  let fields = 0;
  /** A value at depth `depth` as `JSON.stringify(…, null, 2)` lays it out there. */
  const text = (value: unknown, depth: number): string =>
    JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  const key = (name: string): string => `${fields++ === 0 ? '' : ','}\n  ${JSON.stringify(name)}: `;
  function* array<T>(name: string, items: readonly T[], toJson: (item: T) => unknown): Generator<string> {
    pending += key(name);
    if (items.length === 0) {
      pending += '[]';
      return;
    }
    pending += '[';
    // A batch laid out by one JSON.stringify, as the elements of an array at this depth.
    for (let from = 0; from < items.length; from += JSON_BATCH) {
      const batch = items.slice(from, from + JSON_BATCH).map(toJson);
      const laid = JSON.stringify({ x: batch }, null, 2);
      pending += `${from === 0 ? '' : ','}\n${laid.slice(BATCH_HEAD.length, -BATCH_TAIL.length)}`;
      if (pending.length >= JSON_PIECE) {
        yield pending;
        pending = '';
      }
    }
    pending += '\n  ]';
  }
  pending += '{';
  for (const [name, value] of Object.entries(jsonHead(report, file))) pending += key(name) + text(value, 1);
  yield* array('people', report.people, (p) => personJson(p, report.options));
  yield* array('findings', report.findings, findingJson(report, file));
  pending += key('counts') + text(report.counts, 1) + '\n}\n';
  yield pending;
}
