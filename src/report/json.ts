/**
 * The report as JSON for the command line (`--json`) and scripts: a stable
 * shape, hours exact as computed (17.5 stays 17.5), messages in the report's
 * language, IDs as the report shows them (masked unless asked).
 */
import { findingMessage } from '../ledger/findings';
import type { Severity } from '../ledger/types';
import type { ReportSummary, ReportCounts } from './types';
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
  /** 待核实: passes only thanks to rows with an error-level finding (`compliant` is then false). */
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

/** `file` names the input for sources read inside Excel (no file of their own). */
export function reportToJson(report: ReportSummary, file?: string): CheckJson {
  const lang = report.options.lang;
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
  const several = report.sources.length > 1;
  return {
    file: first.file,
    sheet: first.sheet,
    headerRow: first.headerRow,
    dataRows: first.dataRows,
    sources,
    columns,
    people: report.people.map((p) => {
      const verdict = personStanding(p, report.options);
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
    }),
    findings: report.findings.map((f) => {
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
    }),
    counts: report.counts,
  };
}
