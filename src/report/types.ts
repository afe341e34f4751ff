/**
 * The report model: one model for every surface (CLI table and JSON, the
 * report workbook, the task pane, the custom functions).
 */
import type { Hours, Policy, PersonEvaluation, WindowResult } from '../rules';
import type { Lang } from '../i18n/format';
import type { Finding, SourceSummary } from '../ledger/types';

export interface ReportYear {
  year: number;
  public: number;
  professional: number;
  total: number;
  /** By this notice's figures (for sector staff: what the figures would say; see `status`). */
  compliant: boolean;
  deemed: boolean;
  shortfall: Hours;
  status: 'evaluated' | 'sector';
  /** Activities credited but 待核验 in this year. */
  pendingReview: number;
  /**
   * 待核实: the year passes only thanks to rows with an error-level finding;
   * then `compliant` is false and these are those rows (`台账!12`). See review.ts.
   */
  review?: string[];
}

export interface ReportWindow {
  titleYear: number;
  from: number;
  to: number;
  policy: Policy['windowPolicy'];
  compliant: boolean;
  failingYears: number[];
  reading: WindowResult['reading'];
  totals: Hours;
  required: Hours;
  /** 待核实: the window passes only thanks to rows with an error-level finding (then `compliant` is false). */
  review?: string[];
}

/** A person's verdicts, as every surface shows them. */
export interface ReportPersonSummary {
  key: string;
  name: string;
  /** Masked unless `showIds` (370202********1234); null when the ledger has none. */
  id: string | null;
  /** Rows of the ledger that are this person's records (credited or not). */
  records?: number;
  /** `id` is the ledger's text of an ID that fails its check (the person is keyed by name). */
  idUnverified?: true;
  status: 'evaluated' | 'sector';
  /** Sector name when status is `sector`. */
  sector?: string;
  /** The file of the person's first record (a district bureau's 单位, one file per employer). */
  file?: string;
  years: ReportYear[];
  window: ReportWindow | null;
}

/** A person with the engine's full explanation, for detail views (task pane, functions). */
export interface ReportPerson extends ReportPersonSummary {
  evaluation: PersonEvaluation;
}

/** One activity's line in 明细: claimed, credited, clause, reasons. */
export interface ReportDetail {
  ref: string;
  file?: string;
  sheet: string;
  row: number;
  personKey: string;
  name: string;
  id: string | null;
  kind: string;
  kindName: string;
  /** The kind's short name (学术会议、讲座), for print and narrow panes; its name when it has none. */
  kindShortName: string;
  clause: string;
  years: number[];
  claimed: number | null;
  /** Before yearly caps. */
  creditedBeforeCaps: number;
  /** After yearly caps and dedupe, summed over its years. */
  credited: number;
  pendingReview: boolean;
  /** The evidence the notice names for its kind (shared with the rule book, not copied). */
  evidence: readonly string[];
  /** Issue codes explaining cuts and refusals. */
  reasons: string[];
}

export interface ReportOptions {
  policy: Policy;
  /** Only this year's verdicts; every person listed for it. */
  year?: number;
  /** The window ending this year. */
  titleYear?: number;
  showIds: boolean;
  lang: Lang;
}

export interface ReportCounts {
  people: number;
  passing: number;
  failing: number;
  /** 待核实: not passing, and nothing asked fails outright. */
  review: number;
  deemed: number;
  sector: number;
  findings: Record<'error' | 'warning' | 'info', number>;
}

export interface ReportOf<P extends ReportPersonSummary> {
  options: ReportOptions;
  sources: SourceSummary[];
  people: P[];
  details: ReportDetail[];
  findings: Finding[];
  counts: ReportCounts;
}

/** The report with every person's explanation (the default of `buildReport`). */
export type Report = ReportOf<ReportPerson>;

/**
 * The report without the engine's explanations (`evaluations: false`): what
 * the command line prints and writes. On a large ledger the explanations are
 * most of the memory, and nothing there reads them.
 */
export type ReportSummary = ReportOf<ReportPersonSummary>;
