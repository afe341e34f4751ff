/**
 * The columns of one sheet, found once from its first rows: the header
 * (`detectLedgerHeader`), the columns told by their content where the header
 * named none (`columnsByContent`), each field's column letter, and the notes
 * that go with them (no header; a column told by content; a field named twice).
 */
import type { RuleBook } from '../rules/rulebook';
import { columnLetter } from './columns';
import { columnsByContent, contentColumnNotes } from './columnsByContent';
import { FIELDS, type FieldCode } from './fields';
import { ledgerFinding, type Place } from './findings';
import { detectLedgerHeader, type DetectOptions, type HeaderFound } from './headers';
import type { ColumnIndex, ColumnLetters } from './rowCursor';
import type { Finding } from './types';
import { wideLayout, type WideLayout } from './wideReader';
import { wideRegisterColumns, wideRegisterParams } from './wideRegister';

export interface SheetColumns {
  header: HeaderFound;
  /** 0-based column of each field found. */
  cols: ColumnIndex;
  /** Column letter of each field found (what findings name). */
  letter: ColumnLetters;
  /** A register kept one row per person, read pair by pair (`wideReader.ts`). */
  wide?: WideLayout;
  /** A register kept one row per person that names no year (or no pair): not read, a finding says why. */
  notChecked: boolean;
}

/**
 * The sheet's columns, or undefined (and a `header-not-found` finding) when
 * its first rows hold no header. Findings are pushed onto `findings`.
 */
export function findSheetColumns(
  rows: ReadonlyArray<readonly unknown[]>,
  detect: DetectOptions,
  book: RuleBook,
  findings: Finding[],
  at: (row: number | null, column: string | null) => Place,
): SheetColumns | undefined {
  const header = detectLedgerHeader(rows, detect);
  if (!header.ok) {
    findings.push(ledgerFinding('header-not-found', header.params, at(null, null)));
    return undefined;
  }
  const cols = header.columns;
  const wide = wideRegisterColumns(rows, header.headerRow);
  const layout = wide && wideLayout(rows, header.headerRow, wide, cols.year);
  if (wide !== undefined && layout === undefined)
    findings.push(
      ledgerFinding(
        'sheet-wide-register',
        wideRegisterParams(wide),
        at(wide.row + 1, columnLetter(wide.columns[0])),
      ),
    );
  const byContent = columnsByContent(header, rows, book);
  for (const c of byContent) cols[c.field] = c.column;
  const letter: ColumnLetters = {};
  for (const [field, c] of Object.entries(cols) as Array<[FieldCode, number]>)
    letter[field] = columnLetter(c);
  findings.push(...contentColumnNotes(byContent, at, header.headerRow + 1));
  for (const d of header.duplicateHeaders) {
    const first = cols[d.field];
    findings.push(
      ledgerFinding(
        'header-duplicate-column',
        {
          column: columnLetter(d.column),
          text: d.text,
          field: FIELDS[d.field].zh,
          first: first === undefined ? '' : columnLetter(first),
        },
        at(header.headerRow + 1, columnLetter(d.column)),
      ),
    );
  }
  return {
    header,
    cols,
    letter,
    ...(layout ? { wide: layout } : {}),
    notChecked: wide !== undefined && !layout,
  };
}
