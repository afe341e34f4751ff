/**
 * Finding the header row of a ledger sheet and what each column means;
 * telling a ledger sheet from an instructions sheet (填表说明).
 */
import { FIELD_CODES, matchHeader, matchHeaderExact, normaliseHeader, type FieldCode } from './fields';
import { displayText } from './parse/text';
import { resolveMapping, type UserMapping } from './columnMapping';

export type ColumnMap = Partial<Record<FieldCode, number>>;

export interface HeaderFound {
  ok: true;
  /** 0-based index into `rows`; -1 when only an explicit mapping gave the columns. */
  headerRow: number;
  /** The row of sub-headers (开始/结束 under a merged 起止时间), when there is one. */
  subHeaderRow?: number;
  /** First row after the header (and sub-header). */
  dataStartRow: number;
  columns: ColumnMap;
  /** Non-empty header cells that name no field. */
  unknownHeaders: Array<{ column: number; text: string }>;
  /** Later columns naming a field already taken by an earlier column (the first one wins). */
  duplicateHeaders: Array<{ column: number; field: FieldCode; text: string }>;
  /** Distinct fields mapped. */
  score: number;
  /**
   * The person of a sheet kept per person (个人继续教育登记卡): a block of
   * label/value cells above a header that names no person (see `personBlockAbove`).
   */
  personBlock?: PersonBlock;
}

/** The fields a person block above the activity table gives. */
export type PersonBlockField = 'name' | 'idNumber' | 'series' | 'rank' | 'qualificationDate' | 'staffNo';

/** A block value and where it stands (0-based row and column). */
export interface BlockCell {
  row: number;
  column: number;
  value: unknown;
}

export type PersonBlock = Partial<Record<PersonBlockField, BlockCell>>;

export interface HeaderNotFound {
  ok: false;
  code: 'header-not-found';
  params: { scannedRows: number };
}

export type HeaderResult = HeaderFound | HeaderNotFound;

export interface DetectOptions {
  /** Explicit columns (0-based) chosen by the user: each overrides detection for its field. */
  mapping?: ColumnMap;
  /** Columns the user named by letter or header text (`--map 学时=F`); `mapping` wins over it. */
  userMapping?: UserMapping;
  /** Rows scanned for a header; default 20. */
  maxScanRows?: number;
}

const SUB_START = new Set([
  '开始',
  '起',
  '起始',
  '自',
  '从',
  '开始日期',
  '开始时间',
  '起始日期',
  '起始时间',
  '起日期',
]);
const SUB_END = new Set([
  '结束',
  '止',
  '至',
  '到',
  '截止',
  '结束日期',
  '结束时间',
  '截止日期',
  '截止时间',
  '止日期',
]);

function key(cell: unknown): string {
  return normaliseHeader(cell).full;
}

/**
 * A title row merged across the top (text in the first cell only, or the same
 * text repeated as some readers spread a merged cell) or a blank row: it names
 * at most one distinct thing, so it cannot be a header.
 */
function isTitleOrBlank(row: readonly unknown[]): boolean {
  const distinct = new Set(row.map(key).filter((t) => t !== ''));
  return distinct.size <= 1;
}

interface RowMapping {
  columns: ColumnMap;
  unknownHeaders: Array<{ column: number; text: string }>;
  duplicateHeaders: Array<{ column: number; field: FieldCode; text: string }>;
}

function mapRow(row: readonly unknown[]): RowMapping {
  const out: RowMapping = { columns: {}, unknownHeaders: [], duplicateHeaders: [] };
  row.forEach((cell, column) => {
    if (key(cell) === '') return;
    const text = displayText(cell);
    const field = matchHeader(cell);
    if (field === undefined) out.unknownHeaders.push({ column, text });
    else if (out.columns[field] === undefined) out.columns[field] = column;
    else out.duplicateHeaders.push({ column, field, text });
  });
  preferSpecificKind(row, out);
  return out;
}

/**
 * 类别-style headers name the kind or the subject: ledgers put 公需科目 / 专业科目
 * under 培训类别 as often as a form. Beside a column that names the form
 * (学习形式, 培训方式), such a header is the subject column.
 */
const GENERIC_KIND_HEADERS = new Set(['类别', '培训类别', '类型', '培训类型', '继续教育类型']);

function preferSpecificKind(row: readonly unknown[], out: RowMapping): void {
  const generic = out.columns.kind;
  if (generic === undefined || !GENERIC_KIND_HEADERS.has(normaliseHeader(row[generic]).bare)) return;
  const i = out.duplicateHeaders.findIndex(
    (d) => d.field === 'kind' && !GENERIC_KIND_HEADERS.has(normaliseHeader(d.text).bare),
  );
  if (i < 0) return;
  const specific = out.duplicateHeaders.splice(i, 1)[0];
  out.columns.kind = specific.column;
  if (out.columns.subject === undefined) out.columns.subject = generic;
  else out.duplicateHeaders.push({ column: generic, field: 'kind', text: displayText(row[generic]) });
}

/**
 * Reads a second header row under `header`. A group is a labelled header cell
 * followed by cells that are empty (a merged cell arrives as its value in the
 * first cell and null in the others) or repeat its text (readers that spread
 * merged cells). Under a group of two or more columns, a row whose every cell
 * is a sub-header (`开始`/`起` and `结束`/`止` under 起止时间, or an exact field
 * name) supplies those columns; the group's own field is dropped when its
 * sub-columns replace it. Exact names only: a data row must not pass for a
 * sub-header. Returns true when the row contributed a column.
 */
function mergeSubHeaders(header: readonly unknown[], sub: readonly unknown[], m: RowMapping): boolean {
  let used = false;
  for (let c = 0; c < header.length;) {
    const text = key(header[c]);
    let end = c;
    while (end + 1 < header.length && [text, ''].includes(key(header[end + 1]))) end++;
    if (text !== '' && end > c) used = readGroup(header[c], c, end, sub, m) || used;
    c = end + 1;
  }
  return used;
}

function readGroup(
  label: unknown,
  from: number,
  to: number,
  sub: readonly unknown[],
  m: RowMapping,
): boolean {
  const groupField = matchHeader(label);
  const isPeriod = groupField === 'period' || groupField === 'start' || /时间|日期/.test(key(label));
  const found: Array<[FieldCode, number]> = [];
  for (let c = from; c <= to; c++) {
    const t = normaliseHeader(sub[c]).bare;
    if (t === '') continue;
    const field =
      isPeriod && SUB_START.has(t) ? 'start' : isPeriod && SUB_END.has(t) ? 'end' : matchHeaderExact(sub[c]);
    if (field === undefined) return false;
    found.push([field, c]);
  }
  if (found.length < 2) return false;
  if (groupField !== undefined && m.columns[groupField] === from) delete m.columns[groupField];
  m.unknownHeaders = m.unknownHeaders.filter((u) => u.column < from || u.column > to);
  for (const [field, c] of found) if (m.columns[field] === undefined) m.columns[field] = c;
  return true;
}

/** The explicit columns for a candidate header row: the user's letters and header texts, then `mapping`. */
function mappingFor(opts: DetectOptions, row: readonly unknown[]): ColumnMap | undefined {
  if (opts.userMapping === undefined) return opts.mapping;
  return { ...resolveMapping(opts.userMapping, row), ...opts.mapping };
}

function applyMapping(m: RowMapping, mapping: ColumnMap | undefined): void {
  if (!mapping) return;
  for (const field of FIELD_CODES) {
    const column = mapping[field];
    if (column === undefined || !Number.isInteger(column) || column < 0) continue;
    for (const other of FIELD_CODES) if (m.columns[other] === column) delete m.columns[other];
    m.columns[field] = column;
    m.unknownHeaders = m.unknownHeaders.filter((u) => u.column !== column);
  }
}

/** A ledger needs to say who (name or ID) and what (kind or hours). */
function isUsable(columns: ColumnMap): boolean {
  const who = columns.name !== undefined || columns.idNumber !== undefined;
  const what =
    columns.kind !== undefined ||
    columns.hours !== undefined ||
    columns.publicHours !== undefined ||
    columns.professionalHours !== undefined;
  return who && what;
}

const BLOCK_FIELDS = new Set<FieldCode>([
  'name',
  'idNumber',
  'series',
  'rank',
  'qualificationDate',
  'staffNo',
]);

/** The field a block label names: 取得时间 beside a 职称 is when it was obtained, not a period of study. */
function blockLabel(cell: unknown): FieldCode | undefined {
  const field = matchHeader(cell);
  if ((field === 'period' || field === 'start') && /取得|聘任|评定/.test(key(cell)))
    return 'qualificationDate';
  return field;
}

/**
 * A sheet kept per person puts the person above the table: label cells
 * (姓名, 身份证号, 职称系列, 专业技术职务, 取得时间) each followed by its value, or
 * `姓名：王丽华` in one cell (several such pairs in one cell, as a form pasted
 * from Word writes `姓名：张三  身份证号：…  职称：…`). Read from the rows above
 * `headerRow`; undefined unless it names the person (a name or an ID).
 * @example personBlockAbove([['登记卡'], ['姓名', '王丽华', '身份证号', '3702…']], 2)
 *   → { name: { row: 1, column: 1, value: '王丽华' }, idNumber: { row: 1, column: 3, value: '3702…' } }
 */
export function personBlockAbove(
  rows: readonly (readonly unknown[])[],
  headerRow: number,
): PersonBlock | undefined {
  const block: PersonBlock = {};
  for (let r = 0; r < headerRow; r++) readBlockRow(Array.isArray(rows[r]) ? rows[r] : [], r, block);
  return block.name !== undefined || block.idNumber !== undefined ? block : undefined;
}

/**
 * One row of a person block on its own (0-based row `r`): the next person of a
 * sheet that keeps several people one under another, each under such a row.
 * Undefined unless the row names a person.
 * @example personBlockOnRow(['姓名：周涛    身份证号：3702…    职称：工程师'], 9)
 *   → { name: { row: 9, column: 0, value: '周涛' }, idNumber: { row: 9, column: 0, value: '3702…' }, rank: … }
 */
export function personBlockOnRow(row: readonly unknown[], r: number): PersonBlock | undefined {
  const block: PersonBlock = {};
  readBlockRow(row, r, block);
  return block.name !== undefined || block.idNumber !== undefined ? block : undefined;
}

/** `label：value` pairs in one cell: `姓名：周涛    身份证号：3702…` → [['姓名', '周涛'], ['身份证号', '3702…']]. */
export function labelledPairs(text: string): Array<[string, string]> {
  const labels = [...text.matchAll(/([^\s:：]{1,12})[:：]/g)];
  if (labels.length === 0 || text.slice(0, labels[0].index).trim() !== '') {
    // A label with spaces in it (姓  名：王丽华): one pair.
    const one = /^([^:：]{1,12})[:：]\s*(\S.*)$/.exec(text);
    return one ? [[one[1], one[2].trim()]] : [];
  }
  return labels.map((m, i) => {
    const end = i + 1 < labels.length ? labels[i + 1].index : text.length;
    return [m[1], text.slice(m.index + m[0].length, end).trim()];
  });
}

/** Reads one row's label/value cells into `block` (the first value of each field stays). */
function readBlockRow(row: readonly unknown[], r: number, block: PersonBlock): void {
  if (isTitleOrBlank(row) && !row.some((c) => typeof c === 'string' && /[:：]/.test(c))) return;
  for (let c = 0; c < row.length; c++) {
    const text = displayText(row[c]);
    if (text === '' || text.length > 120) continue;
    const pairs = /[:：]/.test(text) ? labelledPairs(text.trim()) : [];
    if (pairs.length > 0) {
      for (const [label, value] of pairs) {
        const field = blockLabel(label);
        if (field === undefined || !BLOCK_FIELDS.has(field) || value === '') continue;
        block[field as PersonBlockField] ??= { row: r, column: c, value };
      }
      continue;
    }
    if (text.length > 40) continue;
    const field = blockLabel(row[c]);
    if (field === undefined || !BLOCK_FIELDS.has(field)) continue;
    let v = c + 1;
    while (v < row.length && key(row[v]) === '' && typeof row[v] !== 'number' && !(row[v] instanceof Date))
      v++;
    if (v >= row.length || blockLabel(row[v]) !== undefined) continue;
    block[field as PersonBlockField] ??= { row: r, column: v, value: row[v] };
    c = v;
  }
}

function score(columns: ColumnMap): number {
  return Object.keys(columns).length;
}

/**
 * Finds the header among the first 20 rows: the row mapping the most distinct
 * fields (earliest on a tie; at least two of its own) that, with the explicit
 * mapping applied, names a person (姓名 or 身份证号) and an activity (学习形式
 * or 学时). With no such row, a mapping that names both alone gives
 * `headerRow: -1` (data from the first row).
 * @example detectHeader([['2023年继续教育台账'], ['姓名', '身份证号', '学习形式', '学时'], ['张三', …]])
 *   → { ok: true, headerRow: 1, dataStartRow: 2, columns: { name: 0, idNumber: 1, kind: 2, hours: 3 }, … }
 */
export function detectHeader(rows: readonly (readonly unknown[])[], opts: DetectOptions = {}): HeaderResult {
  const limit = Math.min(rows.length, opts.maxScanRows ?? 20);
  let best: HeaderFound | undefined;
  for (let r = 0; r < limit; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    if (isTitleOrBlank(row)) continue;
    const m = mapRow(row);
    const next = rows[r + 1];
    const hasSub = Array.isArray(next) && mergeSubHeaders(row, next, m);
    // A header names things of its own (or columns the user named by their header text):
    // with an explicit mapping by index, a data row would otherwise pass.
    const explicit = mappingFor(opts, row);
    const byText = opts.userMapping ? Object.keys(resolveMapping(opts.userMapping, row, true)).length : 0;
    // One header text the user named marks this row as the header.
    if (score(m.columns) < 2 && byText === 0) continue;
    applyMapping(m, explicit);
    if (!isUsable(m.columns)) continue;
    const found: HeaderFound = {
      ok: true,
      headerRow: r,
      ...(hasSub ? { subHeaderRow: r + 1 } : {}),
      dataStartRow: hasSub ? r + 2 : r + 1,
      columns: m.columns,
      unknownHeaders: m.unknownHeaders,
      duplicateHeaders: m.duplicateHeaders,
      score: score(m.columns),
    };
    if (!best || found.score > best.score) best = found;
  }
  if (best) return best;
  const only: RowMapping = { columns: {}, unknownHeaders: [], duplicateHeaders: [] };
  applyMapping(only, mappingFor(opts, []));
  if (isUsable(only.columns)) {
    // Columns named by letter over a header the catalogue does not know: the first row
    // with text and no digit in any named column is that header, else data starts at once.
    const first = rows.findIndex((r) => Array.isArray(r) && !isTitleOrBlank(r));
    const named = Object.values(only.columns);
    const headerLike =
      first >= 0 &&
      first < limit &&
      named.every((c) => {
        const v = rows[first][c];
        return v === null || v === undefined || (typeof v === 'string' && !/\d/.test(v));
      });
    return headerLike
      ? { ok: true, headerRow: first, dataStartRow: first + 1, ...only, score: score(only.columns) }
      : { ok: true, headerRow: -1, dataStartRow: 0, ...only, score: score(only.columns) };
  }
  return { ok: false, code: 'header-not-found', params: { scannedRows: limit } };
}

/**
 * The header of a ledger sheet: `detectHeader`'s table with a person column,
 * else a sheet kept per person (个人继续教育登记卡): a header naming what
 * (学习方式, 学时) but no person, under a block of label/value cells naming who
 * (`personBlock`).
 */
export function detectLedgerHeader(
  rows: readonly (readonly unknown[])[],
  opts: DetectOptions = {},
): HeaderResult {
  const table = detectHeader(rows, opts);
  if (table.ok) return table;
  return headerUnderPersonBlock(rows, Math.min(rows.length, opts.maxScanRows ?? 20), opts) ?? table;
}

/** The per-person header of `detectLedgerHeader`: the row mapping the most fields (at least three, hours among them). */
function headerUnderPersonBlock(
  rows: readonly (readonly unknown[])[],
  limit: number,
  opts: DetectOptions,
): HeaderFound | undefined {
  let best: HeaderFound | undefined;
  for (let r = 1; r < limit; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    if (isTitleOrBlank(row)) continue;
    const m = mapRow(row);
    const next = rows[r + 1];
    const hasSub = Array.isArray(next) && mergeSubHeaders(row, next, m);
    applyMapping(m, mappingFor(opts, row));
    const c = m.columns;
    if (c.name !== undefined || c.idNumber !== undefined || score(c) < 3) continue;
    if (c.hours === undefined && c.publicHours === undefined && c.professionalHours === undefined) continue;
    if (best && score(c) <= best.score) continue;
    const personBlock = personBlockAbove(rows, r);
    if (!personBlock) continue;
    best = {
      ok: true,
      headerRow: r,
      ...(hasSub ? { subHeaderRow: r + 1 } : {}),
      dataStartRow: hasSub ? r + 2 : r + 1,
      columns: c,
      unknownHeaders: m.unknownHeaders,
      duplicateHeaders: m.duplicateHeaders,
      score: score(c),
      personBlock,
    };
  }
  return best;
}

/**
 * True when a data row repeats the header (ledgers pasted together, a header
 * per page): at least two mapped columns, and at least half of them, hold a
 * header word for their own field.
 */
export function isRepeatedHeaderRow(row: readonly unknown[], header: Pick<HeaderFound, 'columns'>): boolean {
  const entries = Object.entries(header.columns) as Array<[FieldCode, number]>;
  const hits = entries.filter(([field, column]) => matchHeader(row[column]) === field).length;
  return hits >= 2 && hits * 2 >= entries.length;
}

/**
 * How much a sheet looks like a ledger: 10 per mapped field plus up to 10 for
 * its data rows (0.1 each, at most 100); 0 without a usable header. An
 * instructions sheet has one text per row and no header, so it scores 0.
 */
export function sheetLooksLikeLedger(rows: readonly (readonly unknown[])[]): number {
  const h = detectLedgerHeader(rows);
  if (!h.ok) return 0;
  let dataRows = 0;
  for (let r = h.dataStartRow; r < rows.length && dataRows < 100; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    if (
      row.some((c) => key(c) !== '' || typeof c === 'number' || c instanceof Date) &&
      !isRepeatedHeaderRow(row, h)
    ) {
      dataRows++;
    }
  }
  return h.score * 10 + dataRows / 10;
}

/**
 * Whether two sheets are parts of one ledger (one sheet per department or per
 * year): their headers name mostly the same fields (at least three quarters of
 * the fields either names). A 汇总 sheet or a code list has another shape.
 */
export function sameLedgerShape(
  a: readonly (readonly unknown[])[],
  b: readonly (readonly unknown[])[],
): boolean {
  const ha = detectLedgerHeader(a);
  const hb = detectLedgerHeader(b);
  if (!ha.ok || !hb.ok) return false;
  const fa = new Set(Object.keys(ha.columns));
  const fb = Object.keys(hb.columns);
  const common = fb.filter((f) => fa.has(f)).length;
  const all = new Set([...fa, ...fb]).size;
  return all > 0 && common / all >= 0.75;
}

/**
 * The sheets checked when the user chose none: the likeliest ledger sheet and
 * every other sheet of the same shape (one per department or per year), as
 * indexes in workbook order; none when no sheet looks like a ledger.
 */
export function defaultLedgerSheets(
  sheets: ReadonlyArray<{ name: string; rows: readonly (readonly unknown[])[] }>,
): number[] {
  const ranked = chooseLedgerSheets(sheets);
  const best = ranked[0];
  if (!best || best.score === 0) return [];
  const bestRows = sheets[best.index].rows;
  return ranked
    .filter((r) => r.index === best.index || (r.score > 0 && sameLedgerShape(bestRows, sheets[r.index].rows)))
    .map((r) => r.index)
    .sort((a, b) => a - b);
}

/** Sheet names that hold instructions, code lists or user rules rather than a ledger. */
const NOT_A_LEDGER_NAME = /说明|填表|须知|instruction|readme|规则|字典|代码|选项|下拉|参数/i;

/**
 * Ranks sheets by `sheetLooksLikeLedger`, highest first (workbook order on a
 * tie); a name like `填表说明` or `规则` halves the score.
 */
export function chooseLedgerSheets(
  sheets: ReadonlyArray<{ name: string; rows: readonly (readonly unknown[])[] }>,
): Array<{ name: string; index: number; score: number }> {
  return sheets
    .map((s, index) => {
      const base = sheetLooksLikeLedger(s.rows);
      return { name: s.name, index, score: NOT_A_LEDGER_NAME.test(s.name) ? base / 2 : base };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
