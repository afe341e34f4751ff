/**
 * The workbook port on Office.js. Everything the product does to Excel goes through here.
 *
 * Batching rules (see also eslint-plugin-office-addins' `no-context-sync-in-loop`):
 * - loads are queued for many objects, then ONE `context.sync()`; we never sync per row;
 * - the only loops around `context.sync()` are over *sync groups*: each group queues as many blocks
 *   (≤ 5000 rows each) as fit in the payload budget of `blocks.ts`, then syncs once. Those lines carry an
 *   explicit `eslint-disable-next-line office-addins/no-context-sync-in-loop` with the reason.
 * - we never assign `values` (or anything else) to a ledger sheet; only formats and comments on rows
 *   the caller marks, and only after saving what was there.
 */
import { a1Ref, columnLetters } from './address';
import {
  DEFAULT_CELL_BUDGET,
  MAX_BLOCK_ROWS,
  adaptCellBudget,
  bands,
  chunk,
  estimateCellBytes,
  estimateJsonBytes,
  nextSyncBlocks,
  padRow,
  planWeightedSyncs,
  runsOf,
} from './blocks';
import type { Limits } from './blocks';
import { detectCapabilities } from './capabilities';
import type { Capabilities, IsSetSupported } from './capabilities';
import { cellText, fingerprint, mainGrid, reportGrid, reportWidth } from './fingerprint';
import { chartBlocks, chartTableGrid } from './reportCharts';
import {
  MARKS_HELPER_NOTE_HEADER,
  MARKS_HELPER_SHEET,
  MAX_KEY_COLUMNS,
  isOurRule,
  markRuleFormula,
  parseRuleMarkState,
  planHelper,
  rowKey,
  MARKS_SETTING,
  MARKS_SHEET,
  MARK_FILLS,
  REPORT_FILLS,
  decodeRuns,
  normalizeMarks,
  parseMarkState,
  sameColor,
} from './marks';
import type { MarkState, PriorFill, RuleMarkState } from './marks';
import type {
  CellValue,
  MarkResult,
  ReadOptions,
  ReportSheet,
  RowMark,
  Selection,
  SheetInfo,
  WorkbookPort,
  WriteReportResult,
} from './port';
import { abortError } from './port';
import { REPORTS_SETTING, freeSheetName, planReportTargets, readRegistry } from './reports';
import type { ReportRegistry, ReportTarget } from './reports';
import { retryInCellEditMode } from './retry';
import type { RetryOptions } from './retry';
import { displayedValue, safeCellValue } from './safeText';

type Ctx = Excel.RequestContext;
type Batch<T> = (context: Ctx) => Promise<T>;

/** The parts of the `Excel` global we use. */
export interface ExcelLike {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/** The parts of `Office.context.document.settings` we use. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** The parts of the `Office` global we use. */
export interface OfficeLike {
  context: {
    requirements?: { isSetSupported: IsSetSupported };
    document: { settings: SettingsLike };
  };
}

export interface OfficeWorkbookOptions {
  /** Defaults to the `Excel` global. */
  excel?: ExcelLike;
  /** Defaults to the `Office` global. */
  office?: OfficeLike;
  retry?: RetryOptions;
  /** Block/budget limits (tests lower them). */
  limits?: Limits;
}

/** Excel on the web's payload errors: the read retries the same rows with half the cell budget. */
function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Max queued format/hyperlink/comment operations per sync (keeps each request small). */
const OPS_PER_SYNC = MAX_BLOCK_ROWS;

export class OfficeWorkbook implements WorkbookPort {
  private readonly opts: OfficeWorkbookOptions;
  private capsCache: Capabilities | undefined;

  constructor(opts: OfficeWorkbookOptions = {}) {
    this.opts = opts;
  }

  private get excel(): ExcelLike {
    return this.opts.excel ?? (globalThis as unknown as { Excel: ExcelLike }).Excel;
  }

  private get office(): OfficeLike {
    return this.opts.office ?? (globalThis as unknown as { Office: OfficeLike }).Office;
  }

  private get settings(): SettingsLike {
    return this.office.context.document.settings;
  }

  /** Capability helper: requirement sets are checked once. */
  get capabilities(): Capabilities {
    if (!this.capsCache) {
      const req = this.office?.context?.requirements;
      this.capsCache = detectCapabilities(req ? (n, v) => req.isSetSupported(n, v) : undefined);
    }
    return this.capsCache;
  }

  /** `Excel.run` with retries while the user is in cell-edit mode. */
  private run<T>(batch: Batch<T>): Promise<T> {
    return retryInCellEditMode(() => this.excel.run(batch), this.opts.retry);
  }

  private suspendCalculation(context: Ctx): void {
    if (this.capabilities.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  }

  // ---------------------------------------------------------------- settings

  getSetting<T>(key: string): T | undefined {
    const v = this.settings.get(key);
    return v === null || v === undefined ? undefined : (v as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined || value === null) this.settings.remove(key);
    else this.settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      this.settings.saveAsync((result) => {
        if (String(result?.status).toLowerCase() === 'failed' || result?.error) {
          reject(new Error(result?.error?.message ?? 'Saving settings failed'));
        } else resolve();
      }),
    );
  }

  // ---------------------------------------------------------------- reading

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const used = sheets.items.map((s) => {
        const r = s.getUsedRangeOrNullObject(true);
        r.load('rowIndex,rowCount,columnIndex,columnCount');
        return r;
      });
      await context.sync();
      return sheets.items.map((s, i) => {
        const r = used[i];
        const empty = r.isNullObject;
        return {
          name: s.name,
          rowCount: empty ? 0 : r.rowIndex + r.rowCount,
          columnCount: empty ? 0 : r.columnIndex + r.columnCount,
          visible: s.visibility === 'Visible',
        };
      });
    });
  }

  async readSheetValues(name: string, opts: ReadOptions = {}): Promise<CellValue[][]> {
    return this.run((context) => this.readValuesIn(context, context.workbook.worksheets.getItem(name), opts));
  }

  /**
   * Reads the used range's values: 1 sync for the used range, then 1 sync per group of blocks
   * (each block ≤ 5000 rows and ≤ the cell budget; a group ≤ the cell budget). For a narrow sheet of
   * R rows that is ≤ ⌈R/5000⌉ + 1 syncs; a wide sheet uses smaller blocks (payload limit).
   */
  private async readValuesIn(
    context: Ctx,
    sheet: Excel.Worksheet,
    opts: ReadOptions = {},
  ): Promise<CellValue[][]> {
    if (opts.signal?.aborted) throw abortError();
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address,rowCount,columnCount,rowIndex,columnIndex');
    await context.sync();
    if (used.isNullObject) return [];
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const width = columnIndex + columnCount;
    const out: CellValue[][] = [];
    for (let r = 0; r < rowIndex; r++) out.push(new Array(width).fill(null));

    const limits: Limits = {
      ...this.opts.limits,
      maxBlockRows: Math.min(
        opts.blockRows ?? MAX_BLOCK_ROWS,
        this.opts.limits?.maxBlockRows ?? MAX_BLOCK_ROWS,
      ),
    };
    let budget = limits.cellBudget ?? DEFAULT_CELL_BUDGET;
    let row = 0;
    while (row < rowCount) {
      if (opts.signal?.aborted) throw abortError();
      const blocks = nextSyncBlocks(row, rowCount, columnCount, { ...limits, cellBudget: budget });
      // Queue the loads of every block of this group, then sync once.
      const ranges = blocks.map((b) => {
        const range = sheet.getRangeByIndexes(rowIndex + b.start, columnIndex, b.count, columnCount);
        range.load('values');
        return range;
      });
      try {
        // One sync per group of ≤5000-row blocks within the payload budget — not per row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
      } catch (e) {
        if (isPayloadError(e) && budget > columnCount) {
          budget = Math.max(columnCount, Math.floor(budget / 2));
          continue;
        }
        throw e;
      }
      let cells = 0;
      let bytes = 0;
      for (const range of ranges) {
        const values = range.values as CellValue[][];
        bytes += estimateJsonBytes(values);
        for (const line of values) {
          out.push(padRow(line, columnIndex));
          cells += line.length;
        }
      }
      budget = adaptCellBudget(budget, bytes, cells);
      const last = blocks[blocks.length - 1];
      row = last.start + last.count;
      opts.onProgress?.(row, rowCount);
    }
    return out;
  }

  // ---------------------------------------------------------------- reports

  async reportWasEdited(sheetName: string): Promise<boolean> {
    const registry = readRegistry(this.getSetting(REPORTS_SETTING));
    const key = Object.keys(registry.sheets).find((k) => k.toLowerCase() === sheetName.toLowerCase());
    const entry = key ? registry.sheets[key] : undefined;
    if (!entry?.fingerprint) return false;
    return this.run((context) => this.editedIn(context, sheetName, entry.fingerprint!));
  }

  private async editedIn(context: Ctx, sheetName: string, expected: string): Promise<boolean> {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return false;
    return fingerprint(await this.readValuesIn(context, sheet)) !== expected;
  }

  async writeReport(
    report: ReportSheet[],
    opts: { replaceEdited?: boolean } = {},
  ): Promise<WriteReportResult> {
    return this.run(async (context) => {
      const registry = readRegistry(this.getSetting(REPORTS_SETTING));
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      // Tables on a sheet of ours are the ones we registered; any other table blocks its name.
      const tableSheet = new Map<string, string>();
      for (const [sheet, e] of Object.entries(registry.sheets)) tableSheet.set(e.table.toLowerCase(), sheet);
      const targets = planReportTargets(
        report,
        sheets.items.map((s) => s.name),
        tables.items.map((t) => ({ name: t.name, sheet: tableSheet.get(t.name.toLowerCase()) ?? '' })),
        registry,
      );

      let edited = false;
      for (const t of targets) {
        const key = Object.keys(registry.sheets).find((k) => k.toLowerCase() === t.name.toLowerCase());
        const fp = key ? registry.sheets[key].fingerprint : null;
        if (t.replaces && fp && (await this.editedIn(context, t.name, fp))) edited = true;
      }
      if (edited && !opts.replaceEdited) return { written: false, editedPreviousReport: true, sheets: [] };

      // Claim the names before creating the sheets (fingerprint null = write in progress), so that a
      // retry after an interruption replaces our half-written sheet instead of avoiding it.
      for (const t of targets) {
        for (const k of Object.keys(registry.sheets))
          if (k.toLowerCase() === t.name.toLowerCase()) delete registry.sheets[k];
        registry.sheets[t.name] = { fingerprint: null, table: t.table };
      }
      await this.setSetting(REPORTS_SETTING, registry);

      for (const t of targets) await this.writeOne(context, t);
      if (targets.length) {
        sheets.getItem(targets[0].name).activate();
        await context.sync();
      }

      for (const t of targets)
        registry.sheets[t.name] = { fingerprint: fingerprint(reportGrid(t.report)), table: t.table };
      await this.setSetting(REPORTS_SETTING, registry);
      return { written: true, editedPreviousReport: edited, sheets: targets.map((t) => t.name) };
    });
  }

  /** Values first (in budgeted blocks), then formats, table, freeze, widths, links. */
  private async writeOne(context: Ctx, t: ReportTarget): Promise<void> {
    const sheets = context.workbook.worksheets;
    if (t.replaces) sheets.getItem(t.name).delete();
    const sheet = sheets.add(t.name);
    const width = reportWidth(t.report);
    const grid = mainGrid(t.report).map((row) => row.map(safeCellValue));
    const rowBytes = grid.map((row) => row.reduce<number>((n, v) => n + estimateCellBytes(v), 3));
    for (const group of planWeightedSyncs(rowBytes, width, this.opts.limits)) {
      this.suspendCalculation(context);
      for (const b of group)
        sheet.getRangeByIndexes(b.start, 0, b.count, width).values = grid.slice(b.start, b.start + b.count);
      // One sync per group of value blocks (payload budget), not per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
      await context.sync();
    }

    // Formats: one range call per band of equal fill.
    const ops: Array<() => void> = [];
    for (const band of bands(t.report.rowFills ?? [])) {
      ops.push(() => {
        sheet.getRangeByIndexes(1 + band.start, 0, band.count, width).format.fill.color =
          REPORT_FILLS[band.value];
      });
    }
    ops.push(() => {
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, grid.length, width), true);
      table.name = t.table;
      table.showBandedRows = false; // our row fills carry the meaning
    });
    if (t.report.freezeHeader !== false) ops.push(() => sheet.freezePanes.freezeRows(1));
    // Summary tables and their charts (issue 13, item 6): queued with the formats, so they add no sync.
    const charts = this.capabilities.charts;
    for (const block of chartBlocks(t.report, width)) {
      const table = chartTableGrid(block.table);
      ops.push(() => {
        sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns).values = table.map(
          (row) => row.map(safeCellValue),
        );
        sheet.getRangeByIndexes(block.row, block.column, 1, block.columns).format.font.bold = true;
        (block.table.columnWidths ?? []).forEach((w, c) => {
          if (c < block.columns && w > 0)
            sheet.getRangeByIndexes(0, block.column + c, 1, 1).format.columnWidth = w;
        });
        for (const c of block.table.percentColumns ?? [])
          if (c < block.columns && block.rows > 1)
            sheet.getRangeByIndexes(block.row + 1, block.column + c, block.rows - 1, 1).numberFormat =
              Array.from({ length: block.rows - 1 }, () => ['0.0%']);
      });
      if (!charts) continue;
      ops.push(() => {
        const { source, place } = block;
        const chart = sheet.charts.add(
          (block.table.chart === 'line' ? 'Line' : 'ColumnClustered') as Excel.ChartType,
          sheet.getRangeByIndexes(source.row, source.column, source.rows, source.columns),
          'Columns' as Excel.ChartSeriesBy,
        );
        chart.title.text = block.table.title;
        chart.legend.visible = false;
        chart.dataLabels.showValue = true;
        if (block.table.percentColumns?.includes(1)) {
          chart.axes.valueAxis.minimum = 0;
          chart.axes.valueAxis.maximum = 1;
        }
        chart.setPosition(
          `${columnLetters(place.column + 1)}${place.row + 1}`,
          `${columnLetters(place.endColumn + 1)}${place.endRow + 1}`,
        );
      });
    }
    (t.report.columnWidths ?? []).forEach((w, c) => {
      if (c < width && w > 0) ops.push(() => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    });
    t.report.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const shown = grid[r + 1]?.[c];
        if (!cell?.link || c >= width || shown === '' || shown === undefined) return;
        const { sheet: target, row: targetRow, column } = cell.link;
        ops.push(() => {
          sheet.getRangeByIndexes(r + 1, c, 1, 1).hyperlink = {
            documentReference: a1Ref(target, targetRow, column ?? 1),
            textToDisplay: cellText(displayedValue(cell.value)),
          };
        });
      }),
    );
    for (const group of chunk(ops, OPS_PER_SYNC)) {
      this.suspendCalculation(context);
      for (const op of group) op();
      // One sync per ≤5000 queued format/link operations.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
      await context.sync();
    }
  }

  // ---------------------------------------------------------------- marks

  /**
   * Marks as conditional formats (see marks.ts and docs/addin.md): never a write to a ledger cell.
   * Syncs: 1 (sheet names) + 1 (used ranges) + ⌈marked cells / cell budget⌉ (the marked rows' keys,
   * ranges of ≤ 5000 rows) + the helper sheet's value groups + 1 (rules, hide). Without ExcelApi 1.6
   * nothing is marked (the pane still lists every finding).
   */
  async markRows(marks: RowMark[]): Promise<MarkResult> {
    await this.clearMarks();
    const list = normalizeMarks(marks);
    if (!this.capabilities.conditionalFormats) return { marked: 0, supported: false };
    if (!list.length) return { marked: 0, supported: true };
    const marked = await this.run(async (context) => {
      // Sync 1: which sheets exist (marks on a missing sheet are dropped).
      const all = context.workbook.worksheets;
      all.load('items/name');
      await context.sync();
      const names = new Map(all.items.map((s) => [s.name.toLowerCase(), s.name]));
      const probes = [...groupBy(list, (m) => m.sheet.toLowerCase())]
        .filter(([k]) => names.has(k))
        .map(([k, rows]) => {
          const sheet = all.getItem(names.get(k)!);
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load('rowIndex,rowCount,columnIndex,columnCount');
          return { name: names.get(k)!, rows, sheet, used };
        });
      if (!probes.length) return 0;
      // Sync 2: their used ranges.
      await context.sync();
      const live = probes
        .filter((p) => !p.used.isNullObject)
        .map((p) => {
          const height = p.used.rowIndex + p.used.rowCount;
          const width = p.used.columnIndex + p.used.columnCount;
          return { ...p, height, width, rows: p.rows.filter((m) => m.row <= height) };
        })
        .filter((p) => p.rows.length);

      // Syncs 3…: the keyed cells of the marked rows, consecutive rows as one range (≤ 5000 rows),
      // as many ranges per sync as fit in the cell budget; the budget adapts to the bytes received
      // and halves on Excel's payload error, as in `readValuesIn`.
      type Piece = { p: (typeof live)[number]; run: RowMark[]; cols: number };
      const queue: Piece[] = live.flatMap((p) =>
        runsOf(p.rows, (a, b) => b.row === a.row + 1).map((run) => ({
          p,
          run,
          cols: Math.min(p.width, MAX_KEY_COLUMNS),
        })),
      );
      const read: Array<Piece & { values: CellValue[][] }> = [];
      let budget = Math.max(1, this.opts.limits?.cellBudget ?? DEFAULT_CELL_BUDGET);
      while (queue.length) {
        const group: Array<Piece & { range: Excel.Range }> = [];
        let cells = 0;
        while (queue.length && cells < budget) {
          const q = queue[0];
          const room = Math.floor((budget - cells) / q.cols);
          if (room < 1 && group.length) break;
          const n = Math.max(1, Math.min(q.run.length, MAX_BLOCK_ROWS, room));
          const run = q.run.slice(0, n);
          if (n === q.run.length) queue.shift();
          else queue[0] = { ...q, run: q.run.slice(n) };
          const range = q.p.sheet.getRangeByIndexes(run[0].row - 1, 0, n, q.cols);
          range.load('values');
          group.push({ p: q.p, run, cols: q.cols, range });
          cells += n * q.cols;
        }
        try {
          // One sync per budgeted group of row ranges, never per row.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
          await context.sync();
        } catch (e) {
          if (isPayloadError(e) && cells > group[0].cols) {
            budget = Math.max(1, Math.floor(cells / 2));
            queue.unshift(...group.map(({ p, run, cols }) => ({ p, run, cols })));
            continue;
          }
          throw e;
        }
        let bytes = 0;
        for (const g of group) {
          const values = g.range.values as CellValue[][];
          bytes += estimateJsonBytes(values);
          read.push({ p: g.p, run: g.run, cols: g.cols, values });
        }
        budget = adaptCellBudget(budget, bytes, cells);
      }
      const keyed = live.map((p) => ({
        sheet: p.name,
        width: p.width,
        height: p.height,
        sheetObject: p.sheet,
        marks: read
          .filter((piece) => piece.p === p)
          .flatMap((piece) =>
            piece.run.map((mark, i) => ({ mark, key: rowKey(piece.values[i], piece.cols) })),
          ),
      }));
      const plan = planHelper(keyed, { note: MARKS_HELPER_NOTE_HEADER });
      if (!plan.columns.length) return 0;
      const helper = freeSheetName(MARKS_HELPER_SHEET, (c) => names.has(c.toLowerCase()));

      // Record before adding, so that 清除标记 after an interruption still finds what was added.
      const state: RuleMarkState = { v: 2, helper, sheets: plan.columns.map((c) => c.sheet) };
      await this.setSetting(MARKS_SETTING, state);

      const hs = all.add(helper);
      const width = Math.max(1, plan.grid[0]?.length ?? 1);
      const grid = plan.grid.map((row) => row.map(safeCellValue));
      const rowBytes = grid.map((row) => row.reduce<number>((n, v) => n + estimateCellBytes(v), 3));
      for (const group of planWeightedSyncs(rowBytes, width, this.opts.limits)) {
        for (const b of group)
          hs.getRangeByIndexes(b.start, 0, b.count, width).values = grid.slice(b.start, b.start + b.count);
        // One sync per budgeted group of value blocks (payload limit), never per row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
      }
      // The rules: one per severity per ledger sheet, over the sheet's used range (from A1). Added
      // lowest severity first: `add` puts a rule at the top, so errors end up above warnings.
      for (const column of plan.columns) {
        const p = keyed.find((k) => k.sheet === column.sheet)!;
        const range = p.sheetObject.getRangeByIndexes(0, 0, p.height, p.width);
        for (const rule of [...column.rules].reverse()) {
          const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          cf.custom.rule.formula = markRuleFormula(helper, column.keyColumn, rule.first, rule.last, p.width);
          cf.custom.format.fill.color = MARK_FILLS[rule.severity];
        }
      }
      hs.visibility = 'Hidden';
      await context.sync();
      return plan.rows;
    });
    return { marked, supported: true };
  }

  /**
   * Removes exactly the add-in's marks: every conditional format (on any sheet) whose formula points at
   * our helper sheet, then the helper sheet. Nothing else is touched. Marks of older versions (fills
   * and comments, state v1) are undone as they were made.
   */
  async clearMarks(): Promise<void> {
    const raw = this.getSetting<unknown>(MARKS_SETTING);
    if (raw === undefined) return;
    const state = parseRuleMarkState(raw);
    if (!state) return this.clearLegacyMarks();
    await this.run(async (context) => {
      // Sync 1: the sheets.
      const all = context.workbook.worksheets;
      all.load('items/name');
      await context.sync();
      // Sync 2: every sheet's conditional formats (copies of our rules may have been pasted anywhere).
      const collections = all.items.map((s) => {
        const cfs = all.getItem(s.name).getRange().conditionalFormats;
        cfs.load('items/id,items/type');
        return cfs;
      });
      await context.sync();
      // Sync 3 (per ≤ 5000 rules; workbooks with fragmented rules can have thousands): the formulas
      // of the custom ones.
      const custom = collections.flatMap((c) => c.items.filter((f) => f.type === 'Custom'));
      const ours: Excel.ConditionalFormat[] = [];
      for (const group of chunk(custom, OPS_PER_SYNC)) {
        const rules = group.map((f) => ({ f, rule: f.custom.rule.load('formula') }));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
        for (const { f, rule } of rules) if (isOurRule(rule.formula, state.helper)) ours.push(f);
      }
      // Sync 4: delete ours and the helper sheet.
      for (const group of chunk(ours, OPS_PER_SYNC).slice(0, -1)) {
        for (const f of group) f.delete();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
      }
      for (const f of chunk(ours, OPS_PER_SYNC).slice(-1)[0] ?? []) f.delete();
      const helper = all.items.find((s) => s.name.toLowerCase() === state.helper.toLowerCase());
      if (helper) {
        const hs = all.getItem(helper.name);
        hs.visibility = 'Visible'; // a hidden sheet is made visible before deleting it
        hs.delete();
      }
      await context.sync();
    });
    await this.setSetting(MARKS_SETTING, undefined);
  }

  /**
   * Clears marks made by versions before issue 13 (static fills and threaded comments, state v1):
   * restores the fills that were there and deletes only the comments we added.
   */
  private async clearLegacyMarks(): Promise<void> {
    const caps = this.capabilities;
    await this.run(async (context) => {
      const state = await this.loadMarkState(context);
      if (!state) return;
      const fillProps = caps.fillPattern ? 'color,pattern' : 'color';
      // Sync 1 (per ≤5000 rows): which sheets still exist, each marked row's current fill, our comments.
      const sheets = state.sheets.map((entry) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
        sheet.load('name');
        return { entry, sheet };
      });
      const comments = caps.comments
        ? state.sheets
            .flatMap((e) => e.comments)
            .map((id) => context.workbook.comments.getItemOrNullObject(id).load('id'))
        : [];
      await context.sync();
      const rows = sheets
        .filter((s) => !s.sheet.isNullObject)
        .flatMap(({ entry, sheet }) => {
          const applied = new Map(decodeRuns(entry.applied).map((x) => [x.row, x.value]));
          return decodeRuns(entry.prior).map(({ row, value }) => ({
            entry,
            sheet,
            row,
            prior: value,
            mark: applied.get(row),
            now: null as Excel.RangeFill | null,
          }));
        });
      for (const group of chunk(rows, MAX_BLOCK_ROWS)) {
        for (const r of group)
          r.now = r.sheet.getRangeByIndexes(r.row - 1, 0, 1, r.entry.columns).format.fill.load(fillProps);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
      }
      // Only rows still showing our colour are restored: a fill the user set after marking stays.
      const restore = rows.filter((r) => r.now && sameColor(r.now.color, r.mark));
      const ops: Array<() => void> = [];
      for (const run of runsOf(
        restore,
        (a, b) => a.sheet === b.sheet && b.row === a.row + 1 && samePrior(a.prior, b.prior),
      )) {
        const first = run[0];
        if (Array.isArray(first.prior)) {
          for (const r of run) {
            (r.prior as Array<string | null>).forEach((color, c) => {
              ops.push(() => setFill(r.sheet.getRangeByIndexes(r.row - 1, c, 1, 1).format.fill, color));
            });
          }
        } else {
          ops.push(() =>
            setFill(
              first.sheet.getRangeByIndexes(first.row - 1, 0, run.length, first.entry.columns).format.fill,
              first.prior as string | null,
            ),
          );
        }
      }
      for (const c of comments) ops.push(() => !c.isNullObject && c.delete());
      for (const group of chunk(ops, OPS_PER_SYNC)) {
        for (const op of group) op();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks (payload limit), never per row; the sync count is asserted in officeWorkbook.test.ts
        await context.sync();
      }
      await this.removeLegacyMarkState(context);
    });
  }

  /** Forgets an earlier version's mark state: the setting, and the very hidden sheet it used when large. */
  private async removeLegacyMarkState(context: Ctx): Promise<void> {
    if (this.getSetting<{ storage?: string }>(MARKS_SETTING)?.storage === MARKS_SHEET) {
      const old = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
      old.load('name');
      await context.sync();
      if (!old.isNullObject) {
        old.visibility = 'Visible'; // a very hidden sheet is made visible before deleting it
        old.delete();
        await context.sync();
      }
    }
    await this.setSetting(MARKS_SETTING, undefined);
  }

  private async loadMarkState(context: Ctx): Promise<MarkState | null> {
    const raw = this.getSetting<{ storage?: string }>(MARKS_SETTING);
    if (!raw) return null;
    if (raw.storage !== MARKS_SHEET) return parseMarkState(raw);
    const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return null;
    const values = await this.readValuesIn(context, sheet);
    return parseMarkState(values.map((r) => String(r[0] ?? '')).join(''));
  }

  // ---------------------------------------------------------------- navigation

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
      await context.sync();
    });
  }

  async getSelection(): Promise<Selection | null> {
    // getSelectedRange, range.worksheet, rowIndex / columnIndex: ExcelApi 1.1. One run, one sync.
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      // `worksheet` is a navigation property: a proxy to load from, not a value read before a sync.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const sheet = range.worksheet;
      range.load('rowIndex,columnIndex');
      sheet.load('name');
      await context.sync();
      return { sheet: sheet.name, row: range.rowIndex + 1, column: range.columnIndex + 1 };
    });
  }

  /**
   * The event only signals: no `Excel.run` per event. The caller debounces and then reads once with
   * `getSelection()` (five quick changes → one read).
   */
  async onSelectionChanged(signal: () => void): Promise<() => Promise<void>> {
    if (!this.capabilities.selectionEvents) return async () => {};
    let registration: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | undefined;
    await this.run(async (context) => {
      registration = context.workbook.onSelectionChanged.add(async () => {
        signal();
      });
      await context.sync();
    });
    return async () => {
      const r = registration;
      registration = undefined;
      if (!r) return;
      await this.excel.run(r.context, async (context) => {
        r.remove();
        await context.sync();
      });
    };
  }

  // ---------------------------------------------------------------- a few rows or columns

  async readRows(name: string, rows: readonly number[]): Promise<CellValue[][]> {
    if (!rows.length) return [];
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount,columnIndex,columnCount');
      await context.sync();
      if (used.isNullObject) return rows.map(() => []);
      const width = used.columnIndex + used.columnCount;
      const last = used.rowIndex + used.rowCount;
      const wanted = [...new Set(rows)].filter((r) => Number.isInteger(r) && r >= 1 && r <= last);
      wanted.sort((a, b) => a - b);
      // Adjacent rows form one range; ranges are grouped into syncs within the cell budget.
      const runs = runsOf(wanted, (a, b) => b === a + 1);
      const rowsPerSync = Math.max(
        1,
        Math.floor((this.opts.limits?.cellBudget ?? DEFAULT_CELL_BUDGET) / width),
      );
      const groups: number[][][] = [];
      let current: number[][] = [];
      let count = 0;
      for (const run of runs) {
        for (const part of chunk(run, Math.min(MAX_BLOCK_ROWS, rowsPerSync))) {
          if (count + part.length > rowsPerSync && current.length) {
            groups.push(current);
            current = [];
            count = 0;
          }
          current.push(part);
          count += part.length;
        }
      }
      if (current.length) groups.push(current);
      const byRow = new Map<number, CellValue[]>();
      for (const group of groups) {
        const ranges = group.map((part) => {
          const range = sheet.getRangeByIndexes(part[0] - 1, 0, part.length, width);
          range.load('values');
          return range;
        });
        // One sync per group of row runs within the cell budget (a person's rows: one group).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of ranges, never per row; the count is asserted in officeWorkbook.test.ts
        await context.sync();
        group.forEach((part, i) =>
          (ranges[i].values as CellValue[][]).forEach((line, j) => byRow.set(part[j], padRow(line, 0))),
        );
      }
      return rows.map((r) => byRow.get(r) ?? []);
    });
  }

  async readColumns(name: string, columns: readonly number[]): Promise<CellValue[][]> {
    if (!columns.length) return [];
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount');
      await context.sync();
      if (used.isNullObject) return [];
      const total = used.rowIndex + used.rowCount;
      const out: CellValue[][] = [];
      let row = 0;
      while (row < total) {
        const blocks = nextSyncBlocks(row, total, columns.length, this.opts.limits);
        const ranges = blocks.map((b) =>
          columns.map((c) => {
            const range = sheet.getRangeByIndexes(b.start, c - 1, b.count, 1);
            range.load('values');
            return range;
          }),
        );
        // One sync per group of ≤5000-row blocks within the cell budget — not per row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted group of blocks, never per row; the count is asserted in officeWorkbook.test.ts
        await context.sync();
        blocks.forEach((b, i) => {
          for (let j = 0; j < b.count; j++)
            out.push(
              ranges[i].map((range) => padRow([(range.values as CellValue[][])[j]?.[0] ?? null], 0)[0]),
            );
        });
        const lastBlock = blocks[blocks.length - 1];
        row = lastBlock.start + lastBlock.count;
      }
      return out;
    });
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(it);
  }
  return m;
}

/**
 * A loaded fill as a prior fill. `color` alone cannot tell "no fill" from white (both read "#FFFFFF");
 * with ExcelApi 1.9 `pattern` "None" means no fill. Without it, white is taken as no fill.
 */
export function priorColor(color: string | null, pattern?: string | null): string | null {
  if (pattern !== undefined && pattern !== null) return pattern === 'None' ? null : color;
  return color === null || sameColor(color, '#FFFFFF') ? null : color;
}

function setFill(fill: Excel.RangeFill, color: string | null): void {
  if (color === null) fill.clear();
  else fill.color = color;
}

function samePrior(a: PriorFill, b: PriorFill): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type { ReportRegistry };
