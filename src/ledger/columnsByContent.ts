/**
 * Columns told by what they hold when their header names no field: a column
 * whose cells are all 公需 / 专业 words is the subject column (一: 公需科目 and
 * 专业科目 are counted apart), one whose cells are mostly the names of forms of
 * study (岗位培训, 学术会议, 线上学习 …, 四(一)–(六)) is the kind column. Only a
 * field the header left unmapped is filled, only from the rows read before the
 * header was settled, and each such reading is a finding naming the column and
 * its header, so the officer sees it and can rename the header.
 *
 * An HR system's export has both a 培训类型 (论文发表, 学术会议, 线上学习 …) and a
 * 培训方式 (线上, 线下, 其他): when the column the header took for the kind names
 * almost no form and another column names forms, that column is the kind column.
 */
import type { RuleBook } from '../rules/rulebook';
import { columnLetter } from './columns';
import { FIELDS, type FieldCode } from './fields';
import { ledgerFinding, type Place } from './findings';
import type { HeaderFound } from './headers';
import { parseSubject } from './parse/labels';
import { cellText } from './parse/text';
import type { Finding } from './types';

export interface ColumnByContent {
  field: Extract<FieldCode, 'subject' | 'kind'>;
  column: number;
  /** The header cell as written ('' when blank). */
  header: string;
  /** Up to three distinct cell values, as examples for the finding. */
  examples: string[];
  /** The kind column the header named, replaced because it names no form. */
  replaces?: { column: number; header: string; examples: string[] };
}

/** Fewer filled cells than this say too little about a column. */
const MIN_CELLS = 3;
/** A subject word is short: 公需, 专业科目, 公需课 (a title that mentions 专业 is not one). */
const MAX_SUBJECT_LENGTH = 6;
/** Share of a column's cells that must name a form for it to be the kind column. */
const KIND_SHARE = 0.8;
/** Below this share of cells naming a form, the header's kind column only says how one studied (线上, 其他). */
const MANNER_SHARE = 0.2;

/**
 * The subject and kind columns the header left unmapped, told by content, from
 * `rows` (the first rows of the sheet, the header among them).
 * @example a column headed 分类 holding 公需 / 专业 / 专业 → { field: 'subject', column, header: '分类', … }
 */
export function columnsByContent(
  header: HeaderFound,
  rows: ReadonlyArray<readonly unknown[]>,
  book: RuleBook,
): ColumnByContent[] {
  const mapped = new Set(Object.values(header.columns));
  const headerRow = header.headerRow >= 0 ? rows[header.headerRow] : undefined;
  const width = Math.max(0, ...rows.slice(header.dataStartRow).map((r) => (Array.isArray(r) ? r.length : 0)));
  const textsOf = (column: number): string[] => columnTexts(rows, header.dataStartRow, column);
  const headerOf = (column: number): string => (headerRow ? (cellText(headerRow[column]) ?? '') : '');
  const namesForms = (texts: readonly string[]): number =>
    texts.filter((t) => {
      const m = book.matcher.match(t);
      return m.ok && m.via === 'alias';
    }).length;
  const replaceable = mannerKindColumn(header.columns.kind, textsOf, namesForms);
  const out: ColumnByContent[] = [];
  const wanted = (f: ColumnByContent['field']): boolean =>
    (header.columns[f] === undefined || (f === 'kind' && replaceable !== undefined)) &&
    !out.some((c) => c.field === f);
  for (let column = 0; column < width; column++) {
    if (mapped.has(column)) continue;
    const texts = textsOf(column);
    if (texts.length < MIN_CELLS) continue;
    const examples = examplesOf(texts);
    const isSubjectWord = (t: string): boolean => t.length <= MAX_SUBJECT_LENGTH && parseSubject(t).ok;
    if (wanted('subject') && texts.every(isSubjectWord)) {
      out.push({ field: 'subject', column, header: headerOf(column), examples });
      continue;
    }
    if (wanted('kind') && namesForms(texts) >= KIND_SHARE * texts.length) {
      const found: ColumnByContent = { field: 'kind', column, header: headerOf(column), examples };
      if (replaceable !== undefined)
        found.replaces = {
          column: replaceable.column,
          header: headerOf(replaceable.column),
          examples: replaceable.examples,
        };
      out.push(found);
    }
  }
  return out;
}

/** The filled cells of one column below the header, as text. */
function columnTexts(rows: ReadonlyArray<readonly unknown[]>, from: number, column: number): string[] {
  const texts: string[] = [];
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const t = cellText(row[column]);
    if (t !== undefined) texts.push(t);
  }
  return texts;
}

function examplesOf(texts: readonly string[]): string[] {
  return [...new Set(texts)].slice(0, 3);
}

/** The header's kind column when its cells name almost no form (线上, 线下, 其他): another column may take its place. */
function mannerKindColumn(
  column: number | undefined,
  textsOf: (column: number) => string[],
  namesForms: (texts: readonly string[]) => number,
): { column: number; examples: string[] } | undefined {
  if (column === undefined) return undefined;
  const texts = textsOf(column);
  if (texts.length < MIN_CELLS || namesForms(texts) >= MANNER_SHARE * texts.length) return undefined;
  return { column, examples: examplesOf(texts) };
}

/** One note per column told by content, on its header cell (row `headerRowNo`, 1-based). */
export function contentColumnNotes(
  columns: readonly ColumnByContent[],
  at: (row: number | null, column: string | null) => Place,
  headerRowNo: number,
): Finding[] {
  return columns.map((c) => {
    const column = columnLetter(c.column);
    if (c.replaces !== undefined) {
      const old = columnLetter(c.replaces.column);
      return ledgerFinding(
        'header-kind-by-content',
        {
          column,
          text: c.header,
          examples: c.examples.join('、'),
          old,
          oldText: c.replaces.header,
          oldExamples: c.replaces.examples.join('、'),
        },
        at(headerRowNo, column),
      );
    }
    return ledgerFinding(
      'header-by-content',
      {
        column,
        text: c.header,
        field: FIELDS[c.field].zh,
        fieldEn: FIELDS[c.field].en,
        examples: c.examples.join('、'),
      },
      at(headerRowNo, column),
    );
  });
}
