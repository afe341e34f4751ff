/**
 * The kind of activity of a row: its kind cell through the rule book's
 * matcher, else its title, else its 公需 / 专业 subject (interpretations.md
 * "Ledgers without a form column"). An exact alias is silent; a keyword match
 * is a note; an unknown word is one finding per word and sheet, listing the
 * rows it covers, not one per row; "the form was read from the subject" is
 * said once per sheet.
 */
import type { RuleBook } from '../rules/rulebook';
import { kindOfSubject } from './formFromSubject';
import { ledgerFinding } from './findings';
import { parseSubject } from './parse/labels';
import { readText } from './cells';
import type { RowCursor } from './rowCursor';
import type { Finding } from './types';

/** Rows listed in an unknown word's finding; the count says how many there are in all. */
const LISTED_ROWS = 10;

export interface KindOfRow {
  /** A kind code, the unmatched text (credits nothing) or '' when the row names no kind. */
  code: string;
  /** The kind cell's text, when there is one. */
  text?: string;
}

/** A reader of the kind of each row of one sheet. */
export function createKindReader(
  book: RuleBook,
  cursor: RowCursor,
): (row: readonly unknown[], title: string | undefined) => KindOfRow {
  const professionalCourse = kindOfSubject({ ok: true, value: 'professional' });
  let formFromSubjectNoted = false;
  const unknownWords = new Map<string, { finding: Finding; rows: number[] }>();

  /** Once per sheet: the form of study was not given and was read from the subject. */
  const noteFormFromSubject = (): void => {
    if (formFromSubjectNoted) return;
    formFromSubjectNoted = true;
    cursor.sheetNote('kind-from-subject', {}, cursor.cols.kind !== undefined ? 'kind' : 'subject');
  };

  /** One finding per unknown word: the first row carries it, later rows are added to its list. */
  const unknownWord = (text: string): void => {
    const seen = unknownWords.get(text);
    if (seen === undefined) {
      const place = cursor.at(cursor.rowNo, cursor.letter.kind ?? null);
      const finding = ledgerFinding(
        'kind-unknown',
        { text, rows: cursor.rowNo, count: 1 },
        place,
        cursor.rowKey,
      );
      cursor.findings.push(finding);
      unknownWords.set(text, { finding, rows: [cursor.rowNo] });
      return;
    }
    seen.rows.push(cursor.rowNo);
    seen.finding.params.count = seen.rows.length;
    if (seen.rows.length <= LISTED_ROWS) seen.finding.params.rows = seen.rows.join(', ');
    else if (seen.rows.length === LISTED_ROWS + 1) seen.finding.params.rows += ', …';
  };

  return (row, title) => {
    const text = readText(cursor.cell(row, 'kind'));
    if (text !== undefined) {
      const m = book.matcher.match(text);
      if (m.ok) {
        if (m.via === 'keyword')
          cursor.report('kind-matched-by-keyword', { text, alias: m.alias, kind: m.kind.name });
        // 专业科目 names a subject, not a form of study: say once how it was read.
        if (m.kind.code === professionalCourse) noteFormFromSubject();
        return { code: m.kind.code, text };
      }
      // A bare subject word in the kind column (专业, 公共课 …): the form was not given.
      const bySubject = kindOfSubject(parseSubject(text));
      if (bySubject !== undefined) {
        noteFormFromSubject();
        return { code: bySubject, text };
      }
      if (m.code === 'kind-ambiguous') {
        const names = m.candidates.map((c) => book.kindByCode.get(c)?.name ?? c);
        cursor.report('kind-ambiguous', { text, candidates: names.map((n) => `“${n}”`).join('、') });
      } else unknownWord(text);
      return { code: text, text };
    }
    if (title !== undefined) {
      const m = book.matcher.match(title);
      if (m.ok) {
        cursor.field = 'title';
        cursor.report('kind-matched-by-keyword', { text: title, alias: m.alias, kind: m.kind.name });
        return { code: m.kind.code };
      }
    }
    // No form at all: a 公需 / 专业 subject column decides.
    const bySubject = kindOfSubject(parseSubject(cursor.cell(row, 'subject')));
    if (bySubject !== undefined) {
      noteFormFromSubject();
      return { code: bySubject };
    }
    cursor.field = cursor.cols.kind !== undefined ? 'kind' : 'title';
    cursor.report('kind-missing', { text: title ?? '' });
    return { code: '' };
  };
}
