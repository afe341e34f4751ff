/**
 * Findings: where a problem is (file, sheet, 1-based row, column letter), its
 * code and params; the message is chosen late from the ledger or rules table
 * (zod's habit), so the same finding reads in Chinese or English.
 */
import { formatMessage, type Lang } from '../i18n/format';
import { ruleIssueMessage } from '../rules/messages';
import type { RuleIssueCode } from '../rules/types';
import type { LedgerCode } from './codes';
import { LEDGER_CODE_SEVERITY, ledgerMessagesEn, ledgerMessagesZh } from './messages';
import type { Finding, RowOrigin } from './types';

const LEDGER_TABLES = { zh: ledgerMessagesZh, en: ledgerMessagesEn };

/** Where a ledger finding points: the sheet, a 1-based row or null, a column letter or null. */
export interface Place {
  file?: string;
  sheet: string;
  row: number | null;
  column: string | null;
}

/**
 * A ledger-layer finding with the code's own severity.
 * @example ledgerFinding('row-subtotal', { text: '合计' }, { sheet: '2023年', row: 12, column: 'B' })
 *   → { severity: 'info', code: 'row-subtotal', layer: 'ledger', clause: null, sheet: '2023年', row: 12, column: 'B', params: { text: '合计' } }
 */
export function ledgerFinding(
  code: LedgerCode,
  params: Record<string, string | number>,
  place: Place,
  personKey?: string,
): Finding {
  const f: Finding = {
    severity: LEDGER_CODE_SEVERITY[code],
    code,
    layer: 'ledger',
    clause: null,
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    params: { ...params },
  };
  if (place.file !== undefined) f.file = place.file;
  if (personKey !== undefined) f.personKey = personKey;
  return f;
}

/**
 * The activity ref of a row: `${file}|${sheet}!${row}`, or `${sheet}!${row}` without a file;
 * `#${column}` after the row when the origin names a column (one row, several activities).
 * @example activityRef({ sheet: '2023年', row: 12 }) === '2023年!12'
 * @example activityRef({ sheet: '登记表', row: 12, column: 'H' }) === '登记表!12#H'
 */
export function activityRef(origin: RowOrigin): string {
  const row = `${origin.file !== undefined ? `${origin.file}|` : ''}${origin.sheet}!${origin.row}`;
  return origin.column !== undefined ? `${row}#${origin.column}` : row;
}

/**
 * The ref of the row an activity's ref names: itself, or without its `#column`.
 * @example rowRefOf('登记表!12#H') === '登记表!12'
 */
export function rowRefOf(ref: string): string {
  // A row's ref ends with the row's digits: only a ref with a column is looked into.
  const last = ref.charCodeAt(ref.length - 1);
  if (last >= 48 && last <= 57) return ref;
  const hash = ref.lastIndexOf('#');
  return hash > ref.lastIndexOf('!') ? ref.slice(0, hash) : ref;
}

/**
 * A row as a message names it: `台账!12`, with the file's name in front
 * (`2023年台账.xlsx|台账!12`) only when the ledger joins several files. A ref
 * carries the file's whole path, which says nothing more to the reader.
 * @example rowLabel({ file: '/data/2023.xlsx', sheet: '台账', row: 12 }, false) === '台账!12'
 */
export function rowLabel(origin: RowOrigin, severalFiles: boolean): string {
  if (!severalFiles || origin.file === undefined) return `${origin.sheet}!${origin.row}`;
  const name = origin.file.slice(Math.max(origin.file.lastIndexOf('/'), origin.file.lastIndexOf('\\')) + 1);
  return `${name}|${origin.sheet}!${origin.row}`;
}

/** Whether the sources come from more than one file (then a row's label names its file). */
export function severalFiles(sources: ReadonlyArray<{ file?: string }>): boolean {
  return sources.some((s) => s.file !== sources[0]?.file);
}

/** The message of a finding in `lang`, from the table of its layer. */
export function findingMessage(f: Finding, lang: Lang = 'zh'): string {
  if (f.layer === 'rules') return ruleIssueMessage({ code: f.code as RuleIssueCode, params: f.params }, lang);
  // `rows` and `found` params are lists ("2, 3, 5"): Chinese lists them with 、.
  let params = f.params;
  if (lang === 'zh')
    for (const list of ['rows', 'found'] as const) {
      const v = params[list];
      if (typeof v === 'string' && v.includes(', ')) params = { ...params, [list]: v.replace(/, /g, '、') };
    }
  return formatMessage(LEDGER_TABLES, f.code as LedgerCode, params, lang);
}

/**
 * Orders findings by source (in the order the sources were read), then row
 * (sheet-level findings, row null, first), then column; stable otherwise.
 */
export function sortFindings(
  findings: readonly Finding[],
  sourceOrder: ReadonlyArray<{ file?: string; sheet: string }>,
): Finding[] {
  const rank = new Map<string, number>();
  sourceOrder.forEach((s, i) => {
    const k = sourceKey(s.file, s.sheet);
    if (!rank.has(k)) rank.set(k, i);
  });
  const indexed = findings.map((f, i) => ({
    f,
    i,
    s: rank.get(sourceKey(f.file, f.sheet)) ?? sourceOrder.length,
  }));
  indexed.sort(
    (a, b) =>
      a.s - b.s ||
      cmpStr(a.f.file ?? '', b.f.file ?? '') ||
      cmpStr(a.f.sheet, b.f.sheet) ||
      (a.f.row ?? 0) - (b.f.row ?? 0) ||
      columnOrder(a.f.column) - columnOrder(b.f.column) ||
      a.i - b.i,
  );
  return indexed.map((x) => x.f);
}

function sourceKey(file: string | undefined, sheet: string): string {
  return `${file ?? ''}\u0000${sheet}`;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A, B … Z, AA: shorter letters first, then alphabetical; no column sorts first. */
function columnOrder(col: string | null): number {
  if (col === null) return -1;
  let n = 0;
  for (let i = 0; i < col.length; i++) n = n * 26 + (col.charCodeAt(i) - 64);
  return n;
}
