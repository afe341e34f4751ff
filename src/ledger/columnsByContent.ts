/**
 * Columns told by what they hold when their header names no field: a column
 * whose cells are all 公需 / 专业 words is the subject column (一: 公需科目 and
 * 专业科目 are counted apart), one whose cells are mostly the names of forms of
 * study (岗位培训, 学术会议, 线上学习 …, 四(一)–(六)) is the kind column. Only a
 * field the header left unmapped is filled, only from the rows read before the
 * header was settled, and each such reading is a finding naming the column and
 * its header, so the officer sees it and can rename the header.
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
}

/** Fewer filled cells than this say too little about a column. */
const MIN_CELLS = 3;
/** A subject word is short: 公需, 专业科目, 公需课 (a title that mentions 专业 is not one). */
const MAX_SUBJECT_LENGTH = 6;
/** Share of a column's cells that must name a form for it to be the kind column. */
const KIND_SHARE = 0.8;

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
  const out: ColumnByContent[] = [];
  const wanted = (f: ColumnByContent['field']): boolean =>
    header.columns[f] === undefined && !out.some((c) => c.field === f);
  for (let column = 0; column < width; column++) {
    if (mapped.has(column)) continue;
    const texts: string[] = [];
    for (let r = header.dataStartRow; r < rows.length; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) continue;
      const t = cellText(row[column]);
      if (t !== undefined) texts.push(t);
    }
    if (texts.length < MIN_CELLS) continue;
    const examples = [...new Set(texts)].slice(0, 3);
    const headerText = headerRow ? (cellText(headerRow[column]) ?? '') : '';
    const isSubjectWord = (t: string): boolean => t.length <= MAX_SUBJECT_LENGTH && parseSubject(t).ok;
    if (wanted('subject') && texts.every(isSubjectWord)) {
      out.push({ field: 'subject', column, header: headerText, examples });
      continue;
    }
    const forms = texts.filter((t) => {
      const m = book.matcher.match(t);
      return m.ok && m.via === 'alias';
    }).length;
    if (wanted('kind') && forms >= KIND_SHARE * texts.length)
      out.push({ field: 'kind', column, header: headerText, examples });
  }
  return out;
}

/** One note per column told by content, on its header cell (row `headerRowNo`, 1-based). */
export function contentColumnNotes(
  columns: readonly ColumnByContent[],
  at: (row: number | null, column: string | null) => Place,
  headerRowNo: number,
): Finding[] {
  return columns.map((c) => {
    const column = columnLetter(c.column);
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
