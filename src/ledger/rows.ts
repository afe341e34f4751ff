/**
 * What a row below the header is, before it is read as an activity: blank,
 * a subtotal (合计/小计/总计), the header repeated (ledgers pasted together, a
 * header per printed page), a title or note (`一、管理人员`, a merged `2020年度`),
 * or data. interpretations.md "Data quality": such rows are never activities,
 * and every one but a blank row is reported.
 */
import { FIELDS, matchHeader, normaliseHeader, type FieldCode } from './fields';
import type { ColumnMap } from './headers';
import { isBlank, readText } from './cells';
import { columnLetter } from './columns';
import { ledgerFinding, type Place } from './findings';
import type { Finding } from './types';

export type RowKind =
  | { type: 'blank' }
  | { type: 'subtotal'; column: number; text: string }
  | { type: 'repeated-header' }
  | { type: 'title'; column: number; text: string }
  | { type: 'data' };

const BLANK: RowKind = { type: 'blank' };
const DATA: RowKind = { type: 'data' };
const REPEATED: RowKind = { type: 'repeated-header' };

const SUBTOTAL = /合计|小计|总计|共计/;
/** The character all those words end with, looked for before any expression runs (most cells have none). */
const SUBTOTAL_CHAR = '计';

/**
 * A subtotal written where the course name goes, the person's cells merged above it
 * (小计 | | 97): the whole cell is the word, so a course title that merely contains 合计 is not one.
 */
const SUBTOTAL_CELL = /^(?:本人|个人|本年|年度)?(?:合计|小计|总计|共计)(?:学时)?[:：]?$/;

/**
 * The signature lines under a ledger: 制表人：… 审核人：… 填报日期：…, and the place
 * of the seal, （单位公章）.
 */
const SIGNATURE =
  /^(?:制表|填表|填报|审核|复核|审批|负责|经办|联系)人?(?:签字|签名)?[:：]|^(?:单位负责人|分管领导|联系电话|填报日期|制表日期|审核日期|填报单位)[:：]?|^[(（]?(?:单位)?(?:公章|盖章|印章|签章)[)）]?$/;

/** A person's name as ledgers write it: letters (Han or Latin) and the `·` of minority names, no digits or punctuation. */
const NAME_LIKE = /^[\p{L}·•．. ]{1,20}$/u;

/** What a page title is known by when the page break repeats it: its text without spaces or digits (第1页, 第2页). */
function titleKey(text: string): string {
  return text.replace(/[\s\u3000\d]+/g, '');
}

/**
 * The title rows above the header (one text in the row, such as a merged
 * `专业技术人员继续教育学时登记表（2024—2025年度）` or `单位：…  第1页`): a form
 * printed page by page repeats them further down, where they are titles too.
 */
export function titlesAbove(rows: ReadonlyArray<readonly unknown[]>, headerRow: number): string[] {
  const titles: string[] = [];
  for (let r = 0; r < headerRow && r < rows.length; r++) {
    const texts = new Set(
      (Array.isArray(rows[r]) ? rows[r] : []).map(readText).filter((t) => t !== undefined),
    );
    if (texts.size === 1) titles.push([...texts][0]);
  }
  return titles;
}

export interface RowClassifier {
  classify(row: readonly unknown[]): RowKind;
}

/**
 * Builds a classifier for the columns of one header. Header words are matched
 * once per distinct text (the same `姓名` comes back on every printed page).
 */
export function createRowClassifier(columns: ColumnMap, titles: readonly string[] = []): RowClassifier {
  const pageTitles = new Set(titles.map(titleKey).filter((t) => t !== ''));
  const entries = Object.entries(columns) as Array<[FieldCode, number]>;
  const personColumns = new Set([columns.name, columns.idNumber].filter((c): c is number => c !== undefined));
  const subtotalColumns = [
    ...new Set([columns.name, columns.seq, columns.idNumber, 0].filter((c): c is number => c !== undefined)),
  ];
  const subtotalCellColumns = [columns.title, columns.kind].filter((c): c is number => c !== undefined);
  /** Columns holding what an activity is: a lone value there is data missing its person, not a title. */
  const activityColumns = new Set(
    entries
      .filter(([f]) => f !== 'seq' && f !== 'name' && f !== 'idNumber' && f !== 'remark' && f !== 'unit')
      .map(([, c]) => c),
  );
  const fieldWords = Object.fromEntries(
    entries.map(([f]) => [f, FIELDS[f].synonyms.map((w) => normaliseHeader(w).full)]),
  ) as Record<FieldCode, string[]>;
  const headerMemo = new Map<string, FieldCode | undefined>();

  function headerField(v: unknown): FieldCode | undefined {
    if (typeof v !== 'string' || v.length > 40) return undefined;
    if (headerMemo.has(v)) return headerMemo.get(v);
    const f = matchHeader(v);
    if (headerMemo.size < 5_000) headerMemo.set(v, f);
    return f;
  }

  /**
   * Same test as `isRepeatedHeaderRow` (headers.ts): at least two, and at least
   * half, of the mapped columns hold their own header word. A header is text:
   * a number or date in a mapped cell rules the row out at once, and a cell
   * counts only if it contains one of its field's words, before the full match.
   */
  function repeatsHeader(row: readonly unknown[]): boolean {
    // A data row nearly always has a number or a date in some mapped column:
    // ruled out before any text is looked at.
    for (let e = 0; e < entries.length; e++) {
      const v = row[entries[e][1]];
      if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return false;
    }
    let candidates = 0;
    for (const [field, column] of entries) {
      const v = row[column];
      if (typeof v !== 'string' || v.length > 40) continue;
      const t = v.replace(/[\s\u3000]+/g, '').toLowerCase();
      if (fieldWords[field].some((w) => t.includes(w))) candidates++;
    }
    if (candidates < 2 || candidates * 2 < entries.length) return false;
    let hits = 0;
    for (const [field, column] of entries) if (headerField(row[column]) === field) hits++;
    return hits >= 2 && hits * 2 >= entries.length;
  }

  function subtotal(row: readonly unknown[]): RowKind | undefined {
    for (let i = 0; i < subtotalColumns.length; i++) {
      const c = subtotalColumns[i];
      const v = row[c];
      if (typeof v === 'string' && v.includes(SUBTOTAL_CHAR) && SUBTOTAL.test(v.replace(/\s+/g, '')))
        return { type: 'subtotal', column: c, text: v.trim() };
    }
    for (let i = 0; i < subtotalCellColumns.length; i++) {
      const c = subtotalCellColumns[i];
      const v = row[c];
      if (
        typeof v === 'string' &&
        v.includes(SUBTOTAL_CHAR) &&
        SUBTOTAL_CELL.test(v.replace(/[\s\u3000]+/g, ''))
      )
        return { type: 'subtotal', column: c, text: v.trim() };
    }
    return undefined;
  }

  /** One distinct value in the whole row, text that is not a name in the name column: a title or a note. */
  function title(row: readonly unknown[]): RowKind | undefined {
    // A title is text: a row whose first filled cell is not a string (a 序号, a date) is not one.
    let first = 0;
    while (first < row.length && isBlank(row[first])) first++;
    if (typeof row[first] !== 'string') return undefined;
    let text: string | undefined;
    let column = -1;
    let copies = 0;
    for (let c = first; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const t = readText(row[c]);
      if (t === undefined) return undefined;
      if (text === undefined) {
        text = t;
        column = c;
      } else if (t !== text) return undefined;
      copies++;
    }
    if (text === undefined || column < 0 || typeof row[column] !== 'string') return undefined;
    // A merged title spread over several cells is a title wherever it sits.
    if (copies < 2 && !(pageTitles.size > 0 && pageTitles.has(titleKey(text)))) {
      if (personColumns.has(column)) {
        if (
          NAME_LIKE.test(text) ||
          (column === columns.idNumber && /^[\dxX]+$/i.test(text.replace(/\s+/g, '')))
        )
          return undefined;
      } else if (activityColumns.has(column)) return undefined;
    }
    return { type: 'title', column, text };
  }

  /**
   * A row of signature lines (制表人：王丽丽, 审核人：): a note under the ledger, not
   * data. Every filled cell is a signature label, or the row starts with one and
   * each other cell is a label or the value after a label (审核人： | 张敏 |
   * 审核日期： | 2026年1月8日).
   */
  function signatures(row: readonly unknown[]): RowKind | undefined {
    let first: { column: number; text: string } | undefined;
    let afterLabel = false;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const v = row[c];
      const label = typeof v === 'string' && SIGNATURE.test(v.replace(/[\s\u3000]+/g, ''));
      if (!label && (first === undefined || !afterLabel)) return undefined;
      first ??= { column: c, text: typeof v === 'string' ? v.trim() : '' };
      afterLabel = label;
    }
    return first && { type: 'title', ...first };
  }

  return {
    classify(row) {
      let filled = false;
      for (let c = 0; c < row.length; c++) {
        if (!isBlank(row[c])) {
          filled = true;
          break;
        }
      }
      if (!filled) return BLANK;
      return (
        subtotal(row) ?? (repeatsHeader(row) ? REPEATED : undefined) ?? title(row) ?? signatures(row) ?? DATA
      );
    },
  };
}

/** True for a data row; a subtotal, a repeated header or a title is noted on `findings` and skipped (a blank row silently). */
export function isDataRow(
  kind: RowKind,
  rowNo: number,
  findings: Finding[],
  at: (row: number | null, column: string | null) => Place,
): boolean {
  switch (kind.type) {
    case 'data':
      return true;
    case 'blank':
      return false;
    case 'subtotal':
      findings.push(ledgerFinding('row-subtotal', { text: kind.text }, at(rowNo, columnLetter(kind.column))));
      return false;
    case 'repeated-header':
      findings.push(ledgerFinding('row-repeated-header', {}, at(rowNo, null)));
      return false;
    case 'title':
      findings.push(ledgerFinding('row-title', { text: kind.text }, at(rowNo, columnLetter(kind.column))));
      return false;
  }
}
