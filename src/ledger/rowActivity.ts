/**
 * What a data row records, once its person is known: an activity with its
 * ref, course name, kind (`createKindReader`) and cells (`createActivityCellReader`),
 * or none, and a `row-no-activity` note, when the row names only a person.
 */
import type { RuleBook } from '../rules/rulebook';
import type { Activity } from '../rules/types';
import { createActivityCellReader } from './activityCells';
import { PlainActivity } from './activityStore';
import { isBlank, readText } from './cells';
import { FIELD_CODES, type FieldCode } from './fields';
import { ledgerFinding } from './findings';
import { createKindReader, type KindReaderOptions } from './kindCell';
import type { ColumnIndex, RowCursor } from './rowCursor';
import type { RowPerson } from './rowPerson';

/**
 * Fields whose presence makes a row an activity rather than a bare list of
 * staff: the catalogue's fields from 年度 on, minus 备注.
 */
const ACTIVITY_FIELDS: readonly FieldCode[] = FIELD_CODES.slice(FIELD_CODES.indexOf('year')).filter(
  (f) => f !== 'remark' && f !== 'cmeCredits' && f !== 'staffNo' && f !== 'organizer' && f !== 'totalHours',
);

/**
 * A reader of each data row's activity (the row being `cursor.rowNo`); `refHead`
 * is the sheet's ref prefix (`refPrefix`), the row number follows it.
 */
export function createRowActivityReader(
  cursor: RowCursor,
  book: RuleBook,
  date1904: boolean,
  refHead: string,
  cols: ColumnIndex,
  kindOptions: KindReaderOptions = {},
): (row: readonly unknown[], who: RowPerson) => Activity | undefined {
  const activityColumns = ACTIVITY_FIELDS.map((f) => cols[f]).filter((c): c is number => c !== undefined);
  const col = cursor.col;
  const kindOfRow = createKindReader(book, cursor, kindOptions);
  const readActivityCells = createActivityCellReader(
    cursor,
    (code: string) => book.kindByCode.get(code),
    date1904,
  );

  /** Something in a column that says what was done (a bare list of staff has nothing there). */
  const hasActivity = (row: readonly unknown[]): boolean => {
    for (const c of activityColumns) if (!isBlank(row[c])) return true;
    return false;
  };

  return (row, who) => {
    const rowNo = cursor.rowNo;
    // A row naming only a person lists them (they appear, with zeros) but credits nothing.
    if (!hasActivity(row)) {
      cursor.findings.push(
        ledgerFinding('row-no-activity', { name: who.name ?? '' }, cursor.at(rowNo, null), who.key),
      );
      return undefined;
    }
    const activity: Activity = new PlainActivity(refHead + rowNo, who.key); // activityRef({ file, sheet, row })
    const title = readText(cursor.cellAt(row, 'title', col.title));
    if (title !== undefined) activity.title = title;
    const kindOf = kindOfRow(row, title);
    activity.kind = kindOf.code;
    readActivityCells(row, activity, { kind: kindOf.text, title });
    if (kindOf.subject !== undefined && activity.declaredSubject === undefined)
      activity.declaredSubject = kindOf.subject;
    return activity;
  };
}
