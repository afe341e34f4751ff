/**
 * An Excel + Office mock for the adapter tests, built on office-addin-mock's `OfficeMockObject`.
 *
 * What the library gives us: every object of the mocked object model is an `OfficeMockObject` built
 * from a data object; `load('a,b/c')` validates that the loaded properties exist in the model and
 * marks them "not synced" (reading them before `context.sync()` yields the library's error string,
 * never data); methods are whatever functions we put into the data object.
 *
 * What we add (the library's own `sync` only copies static values): the data objects' methods
 * (`getRangeByIndexes`, `getUsedRangeOrNullObject`, `worksheets.add`, `comments.add`, …) create new
 * mock objects over an in-memory grid (`MockBook`), and `context.sync` is a method of the data object
 * that replays the queued operations in order — property writes (captured by a Proxy around each
 * mock object) and loads (which compute the values from the grid at that point of the queue). Writing
 * a string into `values` is parsed like Excel does (formula, number, date, boolean, or text with a
 * leading apostrophe), so tests can check what a cell really became.
 */
// office-addin-mock uses office-addin-manifest only for its `OfficeApp` enum (host detection); the
// package's entry point pulls ESM-only dependencies this jest setup cannot load, so we point it at the
// module that defines the enum (no other dependencies). Hoisted above the imports by ts-jest.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetters, quoteSheetName } from '../address';
import { excelText } from '../marks';
import type { CellValue } from '../port';

/** office-addin-mock's marker for a property that was loaded but not synced yet. */
const NOT_SYNCED = 'Error, context.sync() was not called';

export interface MockCell {
  value: string | number | boolean;
  /** Set when Excel would have turned the input into a formula. */
  formula?: string;
  /** Written with a leading apostrophe (Excel's prefix character). */
  textPrefix?: boolean;
  fill?: string;
  /** The user's own cell formats (the add-in must never change them; tests compare snapshots). */
  font?: { bold?: boolean; color?: string; name?: string };
  numberFormat?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

/** A chart as added with `worksheet.charts.add`, with the properties set on it. */
export interface MockChart {
  sheet: MockSheet;
  type: string;
  /** The source range. */
  source: { r0: number; c0: number; rows: number; cols: number };
  seriesBy?: string;
  /** Properties set on the chart (`title/text`, `legend/visible`, …) and `setPosition`'s cells. */
  props: Record<string, unknown>;
  /** The sync in which Excel added it. */
  sync: number;
}

/** A conditional format as Excel keeps it: on a range, in priority order (index 0 = top). */
export interface MockConditionalFormat {
  id: string;
  sheet: MockSheet;
  box: { r0: number; c0: number; rows: number; cols: number };
  type: string;
  /** Custom rules: the formula, relative to the range's top-left cell. */
  formula?: string;
  fill?: string;
}

export class MockSheet {
  cells: Array<Array<MockCell | undefined> | undefined> = [];
  visibility = 'Visible';
  frozenRows = 0;
  columnWidths: Record<number, number> = {};
  constructor(
    public name: string,
    /** A ledger: any value write to it is a contract violation. */
    public ledger = false,
  ) {}

  cell(r: number, c: number): MockCell | undefined {
    return this.cells[r]?.[c];
  }

  ensure(r: number, c: number): MockCell {
    const row = (this.cells[r] ??= []);
    return (row[c] ??= { value: '' });
  }

  /** Values as plain data (for deep-equal snapshots). */
  values(): CellValue[][] {
    const out = this.cells.map((row) => (row ?? []).map((c) => (c ? c.value : '')));
    for (const row of out) while (row.length && row[row.length - 1] === '') row.pop(); // fill-only cells
    return out;
  }

  /**
   * The user sorts rows `first..last` (0-based, inclusive) by a column, as Excel's Sort does: whole cells
   * move with their values and their own formats (fills, fonts, number formats); conditional-format
   * rules stay on their ranges.
   */
  userSorts(first: number, last: number, column: number, descending = false): void {
    const rows = [];
    for (let r = first; r <= last; r++) rows.push(this.cells[r]);
    const key = (row: Array<MockCell | undefined> | undefined) => row?.[column]?.value ?? '';
    const order = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => {
        const x = key(a.row);
        const y = key(b.row);
        const cmp =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : typeof x === 'number'
              ? -1
              : typeof y === 'number'
                ? 1
                : String(x).localeCompare(String(y));
        return (descending ? -cmp : cmp) || a.i - b.i;
      });
    order.forEach(({ row }, i) => (this.cells[first + i] = row));
  }

  /** Every cell with its values and formats, as plain data (for deep-equal snapshots). */
  snapshot(): unknown {
    return JSON.parse(JSON.stringify(this.cells.map((row) => (row ?? []).map((c) => c ?? null))));
  }

  usedBox(): { r0: number; c0: number; rows: number; cols: number } | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && cell.value !== '') {
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        }
      }),
    );
    return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export interface MockComment {
  id: string;
  sheet: MockSheet;
  row: number;
  col: number;
  text: string;
}

/** What Excel makes of a value typed into a cell. */
export function excelParse(v: unknown): MockCell {
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v ?? '');
  if (s.startsWith("'")) return { value: s.slice(1), textPrefix: true };
  if (/^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(s)) return { value: Number(s) };
  if (/^\d+(\.\d+)?%$/.test(s)) return { value: Number(s.slice(0, -1)) / 100 };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return { value: Math.round(Date.parse(s) / 86400000) + 25569 };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  if (/^[=+\-@]/.test(s)) return { value: '#NAME?', formula: s.startsWith('=') ? s : `=${s}` };
  return { value: s };
}

type Box = { r0: number; c0: number; rows: number; cols: number };

interface Hooks {
  /** Value of a loaded property path (`values`, `format/fill/color`, `items`, `isNullObject`…). */
  resolve?: (path: string) => unknown;
  /** A property write (path relative to the node). */
  set?: (path: string, value: unknown) => void;
}

const targets = new WeakMap<object, OfficeMockObject>();

export class MockBook {
  sheets: MockSheet[] = [];
  tables: Array<{ name: string; sheet: MockSheet; box: Box; props: Record<string, unknown> }> = [];
  comments: MockComment[] = [];
  /** Conditional formats of every sheet, in priority order (index 0 = top). */
  conditionalFormats: MockConditionalFormat[] = [];
  charts: MockChart[] = [];
  active: MockSheet | undefined;
  selection: { sheet: MockSheet; row: number; col: number } | undefined;
  settings = new Map<string, string>();
  /** ExcelApi minor version supported (1.x). */
  apiMinor = 10;
  /** Number of upcoming `Excel.run` calls that fail with InvalidOperationInCellEditMode. */
  cellEditFailures = 0;
  runs = 0;
  syncs = 0;
  /** Every `values` load: the sync it belonged to and its size. */
  valueLoads: Array<{ sync: number; sheet: string; rows: number; cols: number }> = [];
  /** Every `values` write. */
  valueWrites: Array<{ sync: number; sheet: string; rows: number; cols: number }> = [];
  /** Order of queued operations as applied: `set:values`, `set:format/fill/color`, `call:clear`, … */
  log: string[] = [];
  /** The sync in which each `log` entry was applied (same index). */
  logSync: number[] = [];
  /** Writes of values/hyperlinks to ledger sheets (must stay empty). */
  ledgerWrites: string[] = [];
  calcSuspensions = 0;
  syncsWithCalcSuspended = 0;
  private queue: Array<() => void> = [];
  private nextId = 1;
  private handlers: Array<(args: unknown) => unknown> = [];
  /** The mock request context passed to `Excel.run` callbacks. */
  readonly context: Excel.RequestContext;
  /** The `Excel` global mock. */
  readonly excel: OfficeMockObject & { run: (...args: unknown[]) => Promise<unknown> };
  /** The `Office` global mock. */
  readonly office: OfficeMockObject;

  constructor(sheets: Array<{ name: string; values: CellValue[][]; ledger?: boolean }> = []) {
    for (const s of sheets) this.addSheet(s.name, s.values, s.ledger ?? true);
    this.active = this.sheets[0];
    this.context = this.makeContext();
    const run = async (a: unknown, b?: unknown) => {
      this.runs++;
      if (this.cellEditFailures > 0) {
        this.cellEditFailures--;
        throw Object.assign(new Error('cell edit mode'), { code: 'InvalidOperationInCellEditMode' });
      }
      const batch = (typeof a === 'function' ? a : b) as (ctx: unknown) => Promise<unknown>;
      const result = await batch(this.context);
      if (this.queue.length) await this.context.sync(); // Excel.run flushes what is still queued
      return result;
    };
    this.excel = new OfficeMockObject({ run }) as OfficeMockObject & { run: typeof run };
    this.office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, v?: string) =>
            name === 'ExcelApi' && Number((v ?? '1.1').split('.')[1]) <= this.apiMinor,
        },
        document: {
          settings: {
            get: (k: string) => (this.settings.has(k) ? JSON.parse(this.settings.get(k)!) : null),
            set: (k: string, v: unknown) => this.settings.set(k, JSON.stringify(v)),
            remove: (k: string) => this.settings.delete(k),
            saveAsync: (cb?: (r: { status: string }) => void) =>
              setTimeout(() => cb?.({ status: 'succeeded' }), 0),
          },
        },
      },
    });
  }

  addSheet(name: string, values: CellValue[][] = [], ledger = false): MockSheet {
    const s = new MockSheet(name, ledger);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') s.ensure(r, c).value = v;
      }),
    );
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The user selects a cell: fires the registered selection handlers. */
  async userSelects(sheet: string, row: number, col: number): Promise<void> {
    this.selection = { sheet: this.sheet(sheet)!, row, col };
    for (const h of this.handlers) await h({ type: 'WorksheetSelectionChanged' });
  }

  get handlerCount(): number {
    return this.handlers.length;
  }

  private fail(code: string, message: string): never {
    throw Object.assign(new Error(message), { code });
  }

  /** Wraps an OfficeMockObject so that property writes and loads are queued until `sync`. */
  private node<T = unknown>(data: object, hooks: Hooks): T {
    const root = new OfficeMockObject(data);
    return this.wrap(root, root, '', hooks) as T;
  }

  private wrap(root: OfficeMockObject, target: OfficeMockObject, prefix: string, hooks: Hooks): unknown {
    const children = new Map<string, unknown>();
    const proxy: object = new Proxy(target, {
      get: (t, prop) => {
        if (prop === 'load') {
          return (arg?: unknown) => {
            t.load(arg as string);
            this.queue.push(() => this.resolveLoaded(root, root, '', hooks));
            return proxy;
          };
        }
        const v = Reflect.get(t, prop);
        if (v instanceof OfficeMockObject && typeof prop === 'string') {
          if (!children.has(prop)) children.set(prop, this.wrap(root, v, `${prefix}${prop}/`, hooks));
          return children.get(prop);
        }
        return v;
      },
      set: (t, prop, value) => {
        Reflect.set(t, prop, value);
        if (typeof value !== 'function' && typeof prop === 'string') {
          const path = prefix + prop;
          this.queue.push(() => {
            this.log.push(`set:${path}`);
            this.logSync.push(this.syncs);
            hooks.set?.(path, value);
          });
        }
        return true;
      },
    });
    targets.set(proxy, target);
    return proxy;
  }

  /** At sync: every loaded-but-not-synced property of the node gets its value from the grid. */
  private resolveLoaded(root: OfficeMockObject, obj: OfficeMockObject, prefix: string, hooks: Hooks): void {
    const rec = obj as unknown as Record<string, unknown>;
    if (obj === root) rec.isNullObject = hooks.resolve?.('isNullObject') ?? false;
    const isNull = (root as unknown as Record<string, unknown>).isNullObject === true;
    for (const key of Object.keys(rec)) {
      if (key.startsWith('_')) continue;
      const v = rec[key];
      if (key === 'items') {
        if (isNull) continue;
        const items = hooks.resolve?.(`${prefix}items`);
        if (Array.isArray(items)) rec.items = items;
      } else if (v instanceof OfficeMockObject) this.resolveLoaded(root, v, `${prefix}${key}/`, hooks);
      else if (v === NOT_SYNCED) rec[key] = isNull ? null : hooks.resolve?.(prefix + key);
    }
  }

  private queueCall(name: string, fn: () => void): void {
    this.queue.push(() => {
      this.log.push(`call:${name}`);
      this.logSync.push(this.syncs);
      fn();
    });
  }

  /**
   * Makes the sync with this number (1-based) fail as Excel on the web does when a response is too
   * large: the whole batch is discarded, nothing of it applied.
   */
  payloadFailureAtSync: number | undefined;

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.syncs === this.payloadFailureAtSync)
      throw Object.assign(new Error('response too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
    const suspended = this.pendingSuspend;
    this.pendingSuspend = false;
    if (suspended) this.syncsWithCalcSuspended++;
    for (const op of ops) op(); // throws like Excel: the first failing operation fails the sync
    await new Promise((r) => setTimeout(r, 0));
  }

  private pendingSuspend = false;

  private makeContext(): Excel.RequestContext {
    const ctx = this.node<Record<string, unknown>>(
      {
        workbook: {
          worksheets: {
            items: { name: '', visibility: '' },
            getItem: (name: string) =>
              this.sheetNode(() => this.sheet(name) ?? this.fail('ItemNotFound', name), name),
            getItemOrNullObject: (name: string) => this.sheetNode(() => this.sheet(name), name),
            add: (name: string) => {
              this.queueCall('addSheet', () => {
                if (this.sheet(name)) this.fail('ItemAlreadyExists', name);
                this.sheets.push(new MockSheet(name));
              });
              return this.sheetNode(() => this.sheet(name), name);
            },
          },
          tables: {
            items: { name: '' },
            getItemOrNullObject: (name: string) =>
              this.node(
                { name: '' },
                { resolve: (p) => (p === 'isNullObject' ? !this.tableByName(name) : name) },
              ),
          },
          comments: {
            add: (cell: unknown, text: string) => this.addComment(cell, text),
            getItemOrNullObject: (id: string) => this.commentNode(id),
          },
          getSelectedRange: () => {
            const sel = this.selection ?? { sheet: this.active!, row: 0, col: 0 };
            return this.rangeNode(
              () => sel.sheet,
              () => ({ r0: sel.row, c0: sel.col, rows: 1, cols: 1 }),
            );
          },
          onSelectionChanged: {
            add: (handler: (args: unknown) => unknown) => {
              this.queueCall('onSelectionChanged.add', () => this.handlers.push(handler));
              return {
                context: this.context,
                remove: () =>
                  this.queueCall(
                    'onSelectionChanged.remove',
                    () => (this.handlers = this.handlers.filter((h) => h !== handler)),
                  ),
              };
            },
          },
        },
        application: {
          suspendApiCalculationUntilNextSync: () => {
            this.calcSuspensions++;
            this.pendingSuspend = true;
          },
        },
        sync: () => this.sync(),
      },
      {
        resolve: (path) => {
          if (path === 'workbook/worksheets/items')
            return this.sheets.map((s) => ({
              name: s.name,
              visibility: s.visibility,
              ...this.sheetMethods(s),
            }));
          if (path === 'workbook/tables/items') return this.tables.map((t) => ({ name: t.name }));
          return undefined;
        },
      },
    );
    return ctx as unknown as Excel.RequestContext;
  }

  tableByName(name: string) {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Methods of a sheet object as returned in `worksheets.items`. */
  private sheetMethods(s: MockSheet) {
    const node = this.sheetNode(() => this.sheet(s.name), s.name) as Record<string, unknown>;
    return { getUsedRangeOrNullObject: node.getUsedRangeOrNullObject };
  }

  private sheetNode(get: () => MockSheet | undefined, name: string): unknown {
    const must = () => get() ?? this.fail('ItemNotFound', `sheet ${name}`);
    return this.node(
      {
        name: '',
        visibility: '',
        getUsedRangeOrNullObject: () => this.rangeNode(must, () => must().usedBox(), true),
        getRangeByIndexes: (r0: number, c0: number, rows: number, cols: number) => {
          if (r0 < 0 || c0 < 0 || rows < 1 || cols < 1 || r0 + rows > 1048576 || c0 + cols > 16384)
            this.fail('InvalidArgument', 'range');
          return this.rangeNode(must, () => ({ r0, c0, rows, cols }));
        },
        getRange: (address?: string) => {
          if (address !== undefined) throw new Error('mock: getRange(address) is not modelled');
          return this.rangeNode(must, () => ({ r0: 0, c0: 0, rows: 1048576, cols: 16384 }));
        },
        activate: () => this.queueCall('activate', () => (this.active = must())),
        delete: () =>
          this.queueCall('deleteSheet', () => {
            const s = must();
            if (s.ledger) this.ledgerWrites.push(`delete ${s.name}`);
            this.sheets = this.sheets.filter((x) => x !== s);
            this.tables = this.tables.filter((t) => t.sheet !== s);
            this.comments = this.comments.filter((c) => c.sheet !== s);
            this.conditionalFormats = this.conditionalFormats.filter((f) => f.sheet !== s);
            this.charts = this.charts.filter((c) => c.sheet !== s);
            // References to a deleted sheet become #REF! in every remaining formula.
            const name = s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const ref = new RegExp(
              `(?:'${name.replace(/'/g, "''")}'|${name})!\\$?[A-Z]{1,3}\\$?\\d+(?::\\$?[A-Z]{1,3}\\$?\\d+)?`,
              'gi',
            );
            for (const f of this.conditionalFormats)
              if (f.formula) f.formula = f.formula.replace(ref, '#REF!');
          }),
        freezePanes: {
          freezeRows: (n: number) => this.queueCall('freezeRows', () => (must().frozenRows = n)),
        },
        tables: {
          add: (range: unknown, hasHeaders: boolean) => {
            const info = this.rangeInfo(range);
            const entry = {
              name: `Table${this.nextId++}`,
              sheet: undefined as unknown as MockSheet,
              box: { r0: 0, c0: 0, rows: 0, cols: 0 },
              props: { hasHeaders } as Record<string, unknown>,
            };
            this.queueCall('addTable', () => {
              entry.sheet = info.sheet();
              entry.box = info.box()!;
              this.tables.push(entry);
            });
            return this.node(
              { name: '', showBandedRows: true },
              {
                set: (path, value) => {
                  if (path === 'name') {
                    const clash = this.tableByName(String(value));
                    if (clash && clash !== entry) this.fail('InvalidArgument', `table name ${value} exists`);
                    entry.name = String(value);
                  } else entry.props[path] = value;
                },
              },
            );
          },
        },
        comments: { items: { id: '' } },
        charts: {
          add: (type: string, source: unknown, seriesBy?: string) => {
            const info = this.rangeInfo(source);
            const chart: MockChart = {
              sheet: undefined as unknown as MockSheet,
              type,
              source: { r0: 0, c0: 0, rows: 0, cols: 0 },
              seriesBy,
              props: {},
              sync: -1,
            };
            this.queueCall('addChart', () => {
              chart.sheet = info.sheet();
              chart.source = { ...info.box()! };
              chart.sync = this.syncs;
              this.charts.push(chart);
            });
            return this.node(
              {
                name: '',
                title: { text: '' },
                legend: { visible: true },
                dataLabels: { showValue: false },
                axes: { valueAxis: { minimum: 0, maximum: 0 } },
                setPosition: (start: unknown, end?: unknown) =>
                  this.queueCall('chart.setPosition', () => (chart.props.position = [start, end])),
              },
              { set: (path, value) => (chart.props[path] = value) },
            );
          },
        },
      },
      {
        resolve: (path) => {
          if (path === 'isNullObject') return !get();
          if (path === 'name') return must().name;
          if (path === 'visibility') return must().visibility;
          if (path === 'comments/items')
            return this.comments.filter((c) => c.sheet === must()).map((c) => this.commentNode(c.id, true));
          return undefined;
        },
        set: (path, value) => {
          if (path === 'visibility') must().visibility = String(value);
        },
      },
    );
  }

  private commentNode(id: string, loaded = false): unknown {
    const find = () => this.comments.find((c) => c.id === id);
    const node = this.node<Record<string, unknown>>(
      {
        id: '',
        delete: () =>
          this.queueCall('deleteComment', () => (this.comments = this.comments.filter((c) => c.id !== id))),
        getLocation: () => {
          const c = find();
          return this.rangeNode(
            () => c?.sheet ?? this.fail('ItemNotFound', id),
            () => (c ? { r0: c.row, c0: c.col, rows: 1, cols: 1 } : null),
          );
        },
      },
      { resolve: (path) => (path === 'isNullObject' ? !find() : id) },
    );
    if (loaded) (targets.get(node) as unknown as Record<string, unknown>).id = id;
    return node;
  }

  private addComment(cell: unknown, text: string): unknown {
    const info = this.rangeInfo(cell);
    const id = `c${this.nextId++}`;
    this.queueCall('addComment', () => {
      const sheet = info.sheet();
      const box = info.box()!;
      if (this.comments.some((c) => c.sheet === sheet && c.row === box.r0 && c.col === box.c0))
        this.fail('InvalidArgument', 'cell has a comment');
      this.comments.push({ id, sheet, row: box.r0, col: box.c0, text });
    });
    return this.commentNode(id);
  }

  private addConditionalFormat(sheet: () => MockSheet, box: () => Box, type: string): unknown {
    const id = `cf${this.nextId++}`;
    this.queueCall('addConditionalFormat', () => {
      // ConditionalFormatCollection.add: "at the first/top priority".
      this.conditionalFormats.unshift({ id, sheet: sheet(), box: { ...box() }, type });
    });
    return this.conditionalFormatNode(id);
  }

  private conditionalFormatNode(id: string, loaded = false): unknown {
    const find = () => this.conditionalFormats.find((f) => f.id === id);
    const must = () => find() ?? this.fail('ItemNotFound', `conditional format ${id}`);
    const custom = () => {
      const f = must();
      if (f.type !== 'Custom') this.fail('InvalidOperation', `conditional format ${id} is not custom`);
      return f;
    };
    const node = this.node<Record<string, unknown>>(
      {
        id: '',
        type: '',
        custom: { rule: { formula: '' }, format: { fill: { color: '' } } },
        delete: () =>
          this.queueCall(
            'deleteConditionalFormat',
            () => (this.conditionalFormats = this.conditionalFormats.filter((f) => f !== must())),
          ),
      },
      {
        resolve: (path) => {
          if (path === 'isNullObject') return !find();
          if (path === 'id') return id;
          if (path === 'type') return must().type;
          if (path === 'custom/rule/formula') return custom().formula ?? '';
          if (path === 'custom/format/fill/color') return custom().fill ?? null;
          throw new Error(`mock cannot resolve ${path}`);
        },
        set: (path, value) => {
          if (path === 'custom/rule/formula') custom().formula = String(value);
          else if (path === 'custom/format/fill/color') custom().fill = String(value);
          else throw new Error(`mock cannot set ${path} on a conditional format`);
        },
      },
    );
    if (loaded) {
      const target = targets.get(node) as unknown as Record<string, unknown>;
      target.id = id;
      target.type = must().type;
    }
    return node;
  }

  /**
   * The fill a user sees on a cell: the first conditional format (by priority) whose rule holds for
   * the cell, else the cell's own fill. Custom rules are evaluated by `evaluateRule`.
   */
  shownFill(sheetName: string, r: number, c: number): string | null {
    const sheet = this.sheet(sheetName)!;
    for (const f of this.conditionalFormats) {
      if (f.sheet !== sheet || f.type !== 'Custom' || !f.formula) continue;
      const b = f.box;
      if (r < b.r0 || r >= b.r0 + b.rows || c < b.c0 || c >= b.c0 + b.cols) continue;
      if (truthy(evaluateRule(f.formula, this, sheet, b.r0, b.c0, r, c))) return f.fill ?? null;
    }
    return sheet.cell(r, c)?.fill ?? null;
  }

  private rangeInfos = new WeakMap<object, { sheet: () => MockSheet; box: () => Box | null }>();

  private rangeInfo(range: unknown) {
    const info = this.rangeInfos.get(range as object);
    if (!info) throw new Error('not a mock range');
    return info;
  }

  private rangeNode(sheet: () => MockSheet, box: () => Box | null, nullable = false): unknown {
    const must = () => box() ?? this.fail('ItemNotFound', 'range');
    const cells = (f: (cell: MockCell | undefined, r: number, c: number) => void) => {
      const b = must();
      for (let r = b.r0; r < b.r0 + b.rows; r++)
        for (let c = b.c0; c < b.c0 + b.cols; c++) f(sheet().cell(r, c), r, c);
    };
    const uniform = (get: (cell: MockCell | undefined) => unknown) => {
      const seen = new Set<unknown>();
      cells((cell) => seen.add(get(cell)));
      return seen.size === 1 ? [...seen][0] : null;
    };
    const node = this.node<object>(
      {
        address: '',
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
        values: 0,
        numberFormat: '',
        format: {
          font: { bold: false },
          fill: {
            color: '',
            pattern: '',
            clear: () => this.queueCall('clear', () => cells((_, r, c) => delete sheet().ensure(r, c).fill)),
          },
        },
        worksheet: { name: '' },
        conditionalFormats: {
          items: { id: '', type: '' },
          add: (type: string) => this.addConditionalFormat(sheet, must, type),
        },
        select: () =>
          this.queueCall('select', () => {
            const b = must();
            this.selection = { sheet: sheet(), row: b.r0, col: b.c0 };
          }),
      },
      {
        resolve: (path) => {
          if (path === 'isNullObject') return nullable && !box();
          if (path === 'conditionalFormats/items') {
            const b = box();
            if (!b) return [];
            return this.conditionalFormats
              .filter((f) => f.sheet === sheet() && intersects(f.box, b))
              .map((f) => this.conditionalFormatNode(f.id, true));
          }
          const b = must();
          switch (path) {
            case 'address':
              return `${quoteSheetName(sheet().name)}!${columnLetters(b.c0 + 1)}${b.r0 + 1}:${columnLetters(b.c0 + b.cols)}${b.r0 + b.rows}`;
            case 'rowIndex':
              return b.r0;
            case 'columnIndex':
              return b.c0;
            case 'rowCount':
              return b.rows;
            case 'columnCount':
              return b.cols;
            case 'values': {
              this.valueLoads.push({ sync: this.syncs, sheet: sheet().name, rows: b.rows, cols: b.cols });
              const out: CellValue[][] = [];
              for (let r = b.r0; r < b.r0 + b.rows; r++) {
                const line: CellValue[] = [];
                for (let c = b.c0; c < b.c0 + b.cols; c++) line.push(sheet().cell(r, c)?.value ?? '');
                out.push(line);
              }
              return out;
            }
            case 'format/fill/color':
              // Excel reads "#FFFFFF" for no fill, null for mixed.
              return uniform((cell) => cell?.fill ?? '#FFFFFF');
            case 'format/fill/pattern':
              return uniform((cell) => (cell?.fill ? 'Solid' : 'None'));
            case 'worksheet/name':
              return sheet().name;
          }
          throw new Error(`mock cannot resolve ${path}`);
        },
        set: (path, value) => {
          const s = sheet();
          const b = must();
          switch (path) {
            case 'values': {
              const grid = value as unknown[][];
              if (grid.length !== b.rows || grid.some((row) => row.length !== b.cols))
                this.fail('InvalidArgument', 'values size');
              if (s.ledger) this.ledgerWrites.push(`values ${s.name}`);
              this.valueWrites.push({ sync: this.syncs, sheet: s.name, rows: b.rows, cols: b.cols });
              grid.forEach((row, i) =>
                row.forEach((v, j) => {
                  if (v === null) return; // null leaves a cell unchanged
                  const cell = s.ensure(b.r0 + i, b.c0 + j);
                  const parsed = excelParse(v);
                  delete cell.formula;
                  delete cell.textPrefix;
                  Object.assign(cell, parsed);
                }),
              );
              return;
            }
            case 'format/fill/color':
              cells((_, r, c) => (s.ensure(r, c).fill = String(value)));
              return;
            case 'numberFormat':
            case 'format/font/bold': {
              if (s.ledger) this.ledgerWrites.push(`${path} ${s.name}`);
              const grid = value as unknown[][] | unknown;
              for (let r = b.r0; r < b.r0 + b.rows; r++)
                for (let c = b.c0; c < b.c0 + b.cols; c++) {
                  const cell = s.ensure(r, c);
                  if (path === 'numberFormat')
                    cell.numberFormat = String(Array.isArray(grid) ? grid[r - b.r0]?.[c - b.c0] : grid);
                  else cell.font = { ...cell.font, bold: Boolean(value) };
                }
              return;
            }
            case 'format/columnWidth':
              for (let c = b.c0; c < b.c0 + b.cols; c++) s.columnWidths[c] = Number(value);
              return;
            case 'hyperlink': {
              if (s.ledger) this.ledgerWrites.push(`hyperlink ${s.name}`);
              const link = value as MockCell['hyperlink'];
              const cell = s.ensure(b.r0, b.c0);
              cell.hyperlink = link;
              if (link?.textToDisplay !== undefined) {
                cell.value = link.textToDisplay;
                delete cell.formula;
              }
              return;
            }
            default:
              if (s.ledger) this.ledgerWrites.push(`${path} ${s.name}`);
          }
        },
      },
    );
    this.rangeInfos.set(node, { sheet, box });
    return node;
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

// ------------------------------------------------------------------------------------------------
// A small evaluator for conditional-format formulas, enough for the rules the add-in writes and the
// simple rules tests give the "user": references (relative to the rule's top-left cell, `$` fixes a
// part), ranges, other sheets, text and numbers, `& = <> < > <= >= + - * /`, unary minus, and
// SUMPRODUCT, OR, AND, NOT. Semantics as Excel's: `=` compares text case-insensitively, text never
// equals a number, an empty cell equals "" and 0, `&` writes numbers in General format; operators
// broadcast over arrays; an error makes the rule false.
// ------------------------------------------------------------------------------------------------

type Scalar = string | number | boolean | null;
type Val = Scalar | Scalar[][];

class FormulaError extends Error {}

export function truthy(v: Val): boolean {
  if (Array.isArray(v)) return truthy(v[0]?.[0] ?? null);
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'boolean') return v;
  return false;
}

/** `&` writes a value as Excel's General format does (one definition, shared with the marks' keys). */
const generalText = (v: Scalar): string => excelText(v);

function num(v: Scalar): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  // Empty matches "" against text and 0 against numbers.
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let cmp: number;
  if (rank(x) !== rank(y)) cmp = rank(x) - rank(y);
  else if (typeof x === 'string') {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    cmp = p < q ? -1 : p > q ? 1 : 0;
  } else cmp = Number(x) - Number(y);
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    default:
      return cmp >= 0;
  }
}

function broadcast(a: Val, b: Val, f: (x: Scalar, y: Scalar) => Scalar): Val {
  if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
  const A = Array.isArray(a) ? a : null;
  const B = Array.isArray(b) ? b : null;
  const rows = Math.max(A?.length ?? 1, B?.length ?? 1);
  const cols = Math.max(A?.[0]?.length ?? 1, B?.[0]?.length ?? 1);
  const out: Scalar[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < cols; c++) {
      const x = A ? (A[A.length === 1 ? 0 : r]?.[A[0].length === 1 ? 0 : c] ?? null) : (a as Scalar);
      const y = B ? (B[B.length === 1 ? 0 : r]?.[B[0].length === 1 ? 0 : c] ?? null) : (b as Scalar);
      line.push(f(x, y));
    }
    out.push(line);
  }
  return out;
}

function flat(v: Val): Scalar[] {
  return Array.isArray(v) ? v.flat() : [v];
}

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*)!)?(?:(\$?[A-Z]{1,3}\$?\d+)|("(?:[^"]|"")*")|(\d+(?:\.\d+)?)|([A-Z]+)\(|(<>|<=|>=|[=<>&+\-*/(),:]))/iy;

interface Token {
  sheet?: string;
  ref?: string;
  str?: string;
  num?: number;
  fn?: string;
  op?: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`mock formula: cannot read ${src.slice(i)}`);
    i = TOKEN.lastIndex;
    const sheet = m[1] ? (m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]) : undefined;
    if (m[2]) out.push({ sheet, ref: m[2] });
    else if (m[3] !== undefined) out.push({ str: m[3].slice(1, -1).replace(/""/g, '"') });
    else if (m[4] !== undefined) out.push({ num: Number(m[4]) });
    else if (m[5]) out.push({ fn: m[5].toUpperCase() });
    else out.push({ op: m[6] });
  }
  return out;
}

/** Evaluates a custom rule's formula for cell (r, c) of a rule anchored at (r0, c0). */
export function evaluateRule(
  formula: string,
  book: MockBook,
  home: MockSheet,
  r0: number,
  c0: number,
  r: number,
  c: number,
): Val {
  if (formula.includes('#REF!')) return false; // an error: the rule does not apply
  const tokens = tokenize(formula.replace(/^=/, ''));
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (...ops: string[]) => tokens[p]?.op !== undefined && ops.includes(tokens[p].op!);
  const expect = (op: string) => {
    if (tokens[p]?.op !== op) throw new Error(`mock formula: expected ${op} in ${formula}`);
    p++;
  };
  const cellAt = (ref: string) => {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(ref)!;
    let col = 0;
    for (const ch of m[2].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    col -= 1;
    let row = Number(m[4]) - 1;
    if (!m[1]) col += c - c0;
    if (!m[3]) row += r - r0;
    return { row, col };
  };
  const sheetOf = (name?: string) => {
    if (name === undefined) return home;
    const s = book.sheet(name);
    if (!s) throw new FormulaError('#REF!');
    return s;
  };
  const read = (s: MockSheet, row: number, col: number): Scalar => {
    const v = s.cell(row, col)?.value;
    return v === undefined || v === '' ? null : v;
  };
  const primary = (): Val => {
    const t = peek();
    if (!t) throw new Error(`mock formula: unexpected end of ${formula}`);
    p++;
    if (t.str !== undefined) return t.str;
    if (t.num !== undefined) return t.num;
    if (t.ref) {
      const s = sheetOf(t.sheet);
      const a = cellAt(t.ref);
      if (isOp(':')) {
        p++;
        const end = peek();
        if (!end?.ref) throw new Error(`mock formula: bad range in ${formula}`);
        p++;
        const b = cellAt(end.ref);
        const out: Scalar[][] = [];
        for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
          const line: Scalar[] = [];
          for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++)
            line.push(read(s, row, col));
          out.push(line);
        }
        return out;
      }
      return read(s, a.row, a.col);
    }
    if (t.fn) {
      const args: Val[] = [];
      if (!isOp(')')) {
        args.push(comparison());
        while (isOp(',')) {
          p++;
          args.push(comparison());
        }
      }
      expect(')');
      switch (t.fn) {
        case 'SUMPRODUCT': {
          const arrays = args.map((a) => (Array.isArray(a) ? a : [[a]]));
          let sum = 0;
          arrays[0].forEach((line, i) =>
            line.forEach((_, j) => {
              let prod = 1;
              for (const arr of arrays) {
                const v = arr[i]?.[j] ?? null;
                prod *= typeof v === 'number' ? v : 0; // SUMPRODUCT treats non-numbers as 0
              }
              sum += prod;
            }),
          );
          return sum;
        }
        case 'OR':
          return args.some((a) => flat(a).some((v) => v !== null && truthy(v)));
        case 'AND':
          return args.every((a) => flat(a).every((v) => v === null || truthy(v)));
        case 'NOT':
          return !truthy(args[0]);
        default:
          throw new Error(`mock formula: function ${t.fn} is not modelled`);
      }
    }
    if (t.op === '(') {
      const v = comparison();
      expect(')');
      return v;
    }
    if (t.op === '-' || t.op === '+') {
      const v = primary();
      return t.op === '-' ? broadcast(v, 0, (x) => -num(x)) : v;
    }
    throw new Error(`mock formula: unexpected ${JSON.stringify(t)} in ${formula}`);
  };
  const binary = (next: () => Val, ops: string[], f: (op: string, x: Scalar, y: Scalar) => Scalar) => () => {
    let v = next();
    while (isOp(...ops)) {
      const op = tokens[p++].op!;
      const w = next();
      v = broadcast(v, w, (x, y) => f(op, x, y));
    }
    return v;
  };
  const mult = binary(primary, ['*', '/'], (op, x, y) => (op === '*' ? num(x) * num(y) : num(x) / num(y)));
  const add = binary(mult, ['+', '-'], (op, x, y) => (op === '+' ? num(x) + num(y) : num(x) - num(y)));
  const concat = binary(add, ['&'], (_, x, y) => generalText(x) + generalText(y));
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>='], (op, x, y) => compare(op, x, y));
  try {
    const v = comparison();
    if (p !== tokens.length) throw new Error(`mock formula: trailing input in ${formula}`);
    return v;
  } catch (e) {
    if (e instanceof FormulaError) return false;
    throw e;
  }
}
