/**
 * A 汇总 sheet beside the ledger: one row per person-year with the totals the
 * office typed or summed (公需科目学时, 专业科目学时, 合计, 是否达标), no course,
 * no dates. It is not a ledger (nothing in it can be credited); it is read so
 * that its stated totals can be set against what the 明细 gives
 * (`../report/summaryCheck.ts`).
 */
import { columnLetter } from './columns';
import { parseIdNumber } from './parse/idNumber';
import { parseHours } from './parse/numbers';
import { parseYearCell } from './parse/dates';
import { cellText, unwrapCellValue } from './parse/text';

export type SummaryField = 'name' | 'idNumber' | 'year' | 'public' | 'professional' | 'total' | 'verdict';

/** A figure the sheet states, with the column it stands in. */
export interface SummaryRow {
  /** 1-based sheet row. */
  row: number;
  name?: string;
  /** The normalised ID when the cell holds a valid one. */
  id?: string;
  year?: number;
  public?: number;
  professional?: number;
  total?: number;
  /** 是否达标 as written: 达标 / 未达标. */
  verdict?: 'pass' | 'fail';
}

export interface SummarySheet {
  file?: string;
  sheet: string;
  /** 0-based column of each field found, and its header text. */
  columns: Partial<Record<SummaryField, { column: number; letter: string; header: string }>>;
  rows: SummaryRow[];
}

/** Header words, tried in this order on each header cell (the first that matches names it). */
const HEADER_WORDS: ReadonlyArray<[SummaryField, RegExp]> = [
  ['name', /^姓名$/],
  ['idNumber', /身份证/],
  ['year', /^(?:所属|归属)?(?:年度|年份)$/],
  ['public', /^公需(?:科目|课)?(?:学时|课时)?(?:数|小计|合计)?(?:（学时）|\(学时\))?$/],
  [
    'professional',
    /^专业(?:科目|课)(?:学时|课时)?(?:数|小计|合计)?(?:（学时）|\(学时\))?$|^专业(?:学时|课时)(?:数|小计|合计)?$/,
  ],
  ['total', /^(?:合计|总计|总)(?:学时|课时)?(?:数)?(?:（学时）|\(学时\))?$|^学时合计$/],
  ['verdict', /^(?:是否达标|达标情况|是否合格|考核结果|完成情况)$/],
];

/** Headers of a ledger's activity columns: a sheet with them is a ledger, not a summary. */
const ACTIVITY_HEADER = /培训|项目|内容|课程|名称|时间|日期|形式|方式|证明|证书/;

/** Rows under the table that are no person: totals, signatures. */
const NOT_A_PERSON = /合计|小计|总计|填表|制表|审核|负责人|说明/;

/** Rows searched for the header. */
const HEADER_ROWS = 12;

function headerOf(row: readonly unknown[]): SummarySheet['columns'] | undefined {
  const columns: SummarySheet['columns'] = {};
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c])?.replace(/\s+/g, '');
    if (!text) continue;
    if (ACTIVITY_HEADER.test(text)) return undefined;
    const hit = HEADER_WORDS.find(([, re]) => re.test(text));
    if (hit && columns[hit[0]] === undefined)
      columns[hit[0]] = { column: c, letter: columnLetter(c), header: text };
  }
  const person = columns.name !== undefined || columns.idNumber !== undefined;
  return person && columns.public !== undefined && columns.professional !== undefined ? columns : undefined;
}

/** A figure as the sheet shows it (a formula's cached result; 36、36学时、３６): the hours cells' own parser. */
function figure(cell: unknown): number | undefined {
  const r = parseHours(cell);
  return r.ok ? r.value : undefined;
}

function verdictOf(cell: unknown): SummaryRow['verdict'] {
  const text = cellText(unwrapCellValue(cell))?.replace(/\s+/g, '');
  if (!text) return undefined;
  if (/^(?:未达标|不达标|不合格|未完成|否|×|✗)$/.test(text)) return 'fail';
  if (/^(?:达标|合格|已达标|完成|已完成|是|√|✓)$/.test(text)) return 'pass';
  return undefined;
}

/**
 * The sheet read as a 汇总, or undefined when its header (in the first rows)
 * has no person column with 公需 and 专业 hours beside it, or names activity
 * columns (培训项目, 时间 …), as a ledger does.
 */
export function readSummarySheet(
  sheet: string,
  rows: readonly (readonly unknown[])[],
  file?: string,
): SummarySheet | undefined {
  for (let h = 0; h < Math.min(rows.length, HEADER_ROWS); h++) {
    const columns = headerOf(rows[h] ?? []);
    if (columns === undefined) continue;
    const at = (row: readonly unknown[], f: SummaryField): unknown =>
      columns[f] === undefined ? undefined : row[columns[f].column];
    const out: SummaryRow[] = [];
    for (let r = h + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const name = cellText(unwrapCellValue(at(row, 'name')))?.trim();
      const idCell = parseIdNumber(at(row, 'idNumber'));
      const id = idCell.ok ? idCell.value?.id : undefined;
      if ((name === undefined || name === '' || NOT_A_PERSON.test(name)) && id === undefined) continue;
      const entry: SummaryRow = { row: r + 1 };
      if (name) entry.name = name;
      if (id !== undefined) entry.id = id;
      const year = parseYearCell(at(row, 'year'));
      if (year.ok && year.value !== undefined) entry.year = year.value;
      for (const f of ['public', 'professional', 'total'] as const) {
        const n = figure(at(row, f));
        if (n !== undefined) entry[f] = n;
      }
      const verdict = verdictOf(at(row, 'verdict'));
      if (verdict !== undefined) entry.verdict = verdict;
      out.push(entry);
    }
    return { ...(file !== undefined ? { file } : {}), sheet, columns, rows: out };
  }
  return undefined;
}

/**
 * Keeps a streamed sheet's rows while it may be a 汇总: the first rows until
 * the header is known, then every row (a 汇总 has one row per person-year);
 * a sheet that is no 汇总 keeps nothing past its first rows.
 */
export function createSummaryCollector(): {
  push(row: readonly unknown[]): void;
  finish(sheet: string, file?: string): SummarySheet | undefined;
} {
  const rows: (readonly unknown[])[] = [];
  let state: 'looking' | 'summary' | 'no' = 'looking';
  return {
    push(row) {
      if (state === 'no') return;
      rows.push(row);
      if (state === 'looking' && headerOf(row) !== undefined) state = 'summary';
      else if (state === 'looking' && rows.length >= HEADER_ROWS) {
        state = 'no';
        rows.length = 0;
      }
    },
    finish(sheet, file) {
      return state === 'summary' ? readSummarySheet(sheet, rows, file) : undefined;
    },
  };
}
