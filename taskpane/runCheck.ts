/**
 * 检查: read the chosen ledger sheets through the port (with progress and
 * cancel), read them as one ledger, run the rules core and build the report;
 * a 汇总 sheet beside them is set against it (summarySheets.ts). Also the row
 * index that maps a selected cell to the person on that row.
 */
import type { CellValue, WorkbookPort } from '../src/excel/port';
import { abortError } from '../src/excel/port';
import type { ColumnMap } from '../src/ledger/headers';
import { readLedgers } from '../src/ledger/intake';
import type { Ledger, LedgerSource } from '../src/ledger/types';
import { buildReport } from '../src/report/model';
import type { Report } from '../src/report/types';
import { dayNumber, localDateParts, yearOf } from '../src/rules/dates';
import type { RuleBook } from '../src/rules/rulebook';
import type { Lang } from './i18n';
import type { PaneSettings } from './settings';

export type CheckProgress =
  | { stage: 'reading'; sheet: string; done: number; total: number; fraction: number }
  | { stage: 'evaluating'; fraction: number };

export interface CheckRequest {
  sheets: readonly string[];
  mappings: Readonly<Record<string, ColumnMap | undefined>>;
  settings: PaneSettings;
  lang: Lang;
  book?: RuleBook;
  signal?: AbortSignal;
  onProgress?: (p: CheckProgress) => void;
  /** Sheets already read (e.g. while detecting the ledger); re-read when absent. */
  cache?: ReadonlyMap<string, CellValue[][]>;
  /**
   * Sheets that may be a 汇总 (`mayBeSummary`, useLedgerSheets): those not in
   * `sheets` that read as one are set against the check (summary-differs,
   * summary-no-detail on their rows).
   */
  summarySheets?: readonly string[];
  /** The day the check is made, as the command line's --as-of; default today on this computer. */
  asOf?: { year: number; month: number; day: number };
}

export interface CheckResult {
  ledger: Ledger;
  report: Report;
  rows: RowIndex;
  /** The title year the windows were judged for. */
  titleYear: number | null;
}

/** `${sheet}!${row}` → person key, for every ledger row that belongs to a person. */
export type RowIndex = ReadonlyMap<string, string>;

export const rowKey = (sheet: string, row: number) => `${sheet.toLowerCase()}!${row}`;

/** Lets the browser paint (progress) and the user press cancel between stages. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function buildRowIndex(ledger: Ledger): RowIndex {
  const index = new Map<string, string>();
  for (const a of ledger.activities) {
    const o = ledger.origins.get(a.ref);
    if (o && o.file === undefined) index.set(rowKey(o.sheet, o.row), a.personKey);
  }
  for (const f of ledger.findings) {
    if (f.personKey !== undefined && f.row !== null && f.file === undefined) {
      const k = rowKey(f.sheet, f.row);
      if (!index.has(k)) index.set(k, f.personKey);
    }
  }
  return index;
}

/** The latest year any activity names or ends in: the default end of the five-year window. */
export function latestYear(ledger: Ledger): number | null {
  let latest: number | null = null;
  for (const a of ledger.activities) {
    const day = a.end ?? a.start;
    const y = a.year ?? (day !== undefined ? yearOf(day) : undefined);
    if (y !== undefined && Number.isInteger(y) && (latest === null || y > latest)) latest = y;
  }
  return latest;
}

export async function runCheck(port: WorkbookPort, req: CheckRequest): Promise<CheckResult> {
  const sources: LedgerSource[] = [];
  const n = req.sheets.length;
  for (let i = 0; i < n; i++) {
    const sheet = req.sheets[i];
    if (req.signal?.aborted) throw abortError();
    const cached = req.cache?.get(sheet);
    const rows =
      cached ??
      (await port.readSheetValues(sheet, {
        signal: req.signal,
        onProgress: (done, total) =>
          req.onProgress?.({
            stage: 'reading',
            sheet,
            done,
            total,
            fraction: (0.8 * (i + (total ? done / total : 1))) / n,
          }),
      }));
    req.onProgress?.({
      stage: 'reading',
      sheet,
      done: rows.length,
      total: rows.length,
      fraction: (0.8 * (i + 1)) / n,
    });
    const mapping = req.mappings[sheet];
    sources.push({ sheet, rows, ...(mapping ? { mapping } : {}) });
  }
  req.onProgress?.({ stage: 'evaluating', fraction: 0.85 });
  await yieldToUi();
  if (req.signal?.aborted) throw abortError();
  const ledger = readLedgers(sources, {
    ...(req.book ? { book: req.book } : {}),
    trainingWordBySubject: req.settings.policy.trainingWordBySubject,
  });
  await yieldToUi();
  if (req.signal?.aborted) throw abortError();
  const result = await withSummarySheets(port, judgeLedger(ledger, req), req);
  req.onProgress?.({ stage: 'evaluating', fraction: 1 });
  return result;
}

/**
 * The result with the findings of the 汇总 sheets among `summarySheets` that
 * are not checked as ledger, as the command line's. Each is read as a ledger
 * sheet is (its used range in blocks, or from `cache`); the comparison is
 * loaded only when there is such a sheet.
 */
async function withSummarySheets(
  port: WorkbookPort,
  result: CheckResult,
  req: CheckRequest,
): Promise<CheckResult> {
  const others = (req.summarySheets ?? []).filter((s) => !req.sheets.includes(s));
  if (others.length === 0) return result;
  const read: Array<{ name: string; rows: CellValue[][] }> = [];
  for (const name of others) {
    if (req.signal?.aborted) throw abortError();
    read.push({
      name,
      rows: req.cache?.get(name) ?? (await port.readSheetValues(name, { signal: req.signal })),
    });
  }
  const { compareSummarySheets } = await import(/* webpackChunkName: "summary" */ './summarySheets');
  const { report, added } = compareSummarySheets(result.report, read);
  if (added.length === 0) return result;
  // A 汇总 row the check names a person on opens that person's card when selected.
  const rows = new Map(result.rows);
  for (const f of added)
    if (f.personKey !== undefined && f.row !== null && !rows.has(rowKey(f.sheet, f.row)))
      rows.set(rowKey(f.sheet, f.row), f.personKey);
  return { ...result, report, rows };
}

/** The report of a ledger read, under the pane's settings: what 检查 and 核查此人 both show. */
export function judgeLedger(
  ledger: Ledger,
  req: Pick<CheckRequest, 'settings' | 'lang' | 'book' | 'asOf'>,
): CheckResult {
  // Every year of the ledger is judged (一, the yearly duty); the five-year window of a
  // title application (四) only when the user sets its year: a ledger of one or two
  // years would otherwise fail everyone for the years it does not hold.
  const titleYear = req.settings.titleYear;
  // As the command line: years after today's are not judged, and a window counts nothing after today.
  const asOf = req.asOf ?? localDateParts(new Date());
  const report = buildReport(ledger, {
    asOfYear: asOf.year,
    asOfDay: dayNumber(asOf.year, asOf.month, asOf.day),
    ...(req.book ? { book: req.book } : {}),
    policy: req.settings.policy,
    showIds: req.settings.showIds,
    lang: req.lang,
    ...(titleYear !== null ? { titleYear } : {}),
  });
  return { ledger, report, rows: buildRowIndex(ledger), titleYear };
}
