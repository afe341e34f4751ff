/**
 * 核查此人 / 核查本人: the card of the person on the selected row, also before any full 检查, and
 * quickly: only the sheet's first rows (to find the header), the columns that say who a row is
 * (身份证号, 工号, 姓名) and that person's rows are read — never the whole sheet. Those rows then go
 * through the same ledger reader and rules as 检查 (`createLedgerReader`, `judgeLedger`), each at its
 * own row number, so the card's hours and row links are those 检查 would give for this sheet.
 */
import type { CellValue, Selection, WorkbookPort } from '../src/excel/port';
import type { FieldCode } from '../src/ledger/fields';
import { detectHeader, type ColumnMap } from '../src/ledger/headers';
import { createLedgerReader, joinLedgerParts } from '../src/ledger/intake';
import { displayText } from '../src/ledger/parse/text';
import type { RuleBook } from '../src/rules/rulebook';
import type { Lang } from './i18n';
import { REPORTS_SETTING, readRegistry } from '../src/excel/reports';
import { isOwnSheet } from './ledgerSheets';
import { judgeLedger, rowKey, type CheckResult } from './runCheck';
import type { PaneSettings } from './settings';

/** Rows read for the header: the reader scans 20 and keeps the sub-header under the last. */
export const HEAD_ROWS = 21;

/** The fields that tell whose a row is, in the reader's order (ID, else 工号, else name). */
const WHO: readonly FieldCode[] = ['idNumber', 'staffNo', 'name'];

export interface PersonCheckRequest {
  settings: PaneSettings;
  lang: Lang;
  book?: RuleBook;
  /** The sheet's confirmed column mapping, when the user saved one. */
  mapping?: ColumnMap;
}

export type PersonCheck =
  /** The person on the row: `result` holds that person alone (this sheet's rows). */
  | { kind: 'person'; selection: Selection; personKey: string; result: CheckResult; rowsRead: number }
  /** The sheet has no ledger header in its first rows. */
  | { kind: 'no-ledger'; selection: Selection }
  /** The sheet is one the add-in wrote (the report, the archive, 规则): not a ledger. */
  | { kind: 'own-sheet'; selection: Selection }
  /** The row is the header, a title, a total or blank: nobody's. */
  | { kind: 'no-person'; selection: Selection };

const keyText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : displayText(v).replace(/\s/g, '').toUpperCase();

export async function checkPersonAt(
  port: WorkbookPort,
  selection: Selection,
  req: PersonCheckRequest,
): Promise<PersonCheck> {
  const { sheet, row } = selection;
  const reports = Object.keys(readRegistry(port.getSetting(REPORTS_SETTING)).sheets);
  if (isOwnSheet(sheet, reports)) return { kind: 'own-sheet', selection };
  const headNumbers = Array.from({ length: HEAD_ROWS }, (_, i) => i + 1);
  // The header rows and the selected row, in one read.
  const first = await port.readRows(sheet, row > HEAD_ROWS ? [...headNumbers, row] : headNumbers);
  const head = first.slice(0, HEAD_ROWS);
  while (head.length && head[head.length - 1].length === 0) head.pop();
  const header = detectHeader(head, {
    maxScanRows: HEAD_ROWS - 1,
    ...(req.mapping ? { mapping: req.mapping } : {}),
  });
  if (!header.ok) return { kind: 'no-ledger', selection };
  if (row - 1 < header.dataStartRow) return { kind: 'no-person', selection };
  const selected = row > HEAD_ROWS ? first[HEAD_ROWS] : first[row - 1];

  // Whose is the row: every row sharing its ID, 工号 or name is read (the reader then keys them as
  // 检查 does, and the card is the selected row's person).
  const who = WHO.map((f) => header.columns[f]).filter((c): c is number => c !== undefined);
  const wanted = who.map((c) => keyText(selected?.[c]));
  if (!wanted.some((k) => k !== '')) return { kind: 'no-person', selection };
  const keys = await port.readColumns(
    sheet,
    who.map((c) => c + 1),
  );
  const mine: number[] = [];
  for (let r = header.dataStartRow; r < keys.length; r++) {
    const cells = keys[r];
    if (wanted.some((k, i) => k !== '' && keyText(cells[i]) === k)) mine.push(r + 1);
  }
  if (!mine.includes(row)) mine.push(row);
  mine.sort((a, b) => a - b);
  // Rows already read with the header are not read again.
  const later = mine.filter((r) => r > HEAD_ROWS && r !== row);
  const values = await port.readRows(sheet, later);
  const byRow = new Map<number, CellValue[]>();
  later.forEach((r, i) => byRow.set(r, values[i]));
  for (const r of mine) if (r <= HEAD_ROWS) byRow.set(r, first[r - 1]);
  if (row > HEAD_ROWS) byRow.set(row, selected ?? []);

  // The same reader as 检查, each row at its own number; other people's rows are pushed empty.
  const reader = createLedgerReader(
    { sheet, ...(req.mapping ? { mapping: req.mapping } : {}) },
    {
      ...(req.book ? { book: req.book } : {}),
      trainingWordBySubject: req.settings.policy.trainingWordBySubject,
    },
  );
  const last = mine[mine.length - 1];
  for (let r = 1; r <= last; r++) {
    if (r - 1 < header.dataStartRow) reader.push(first[r - 1] ?? []);
    else reader.push(byRow.get(r) ?? []);
  }
  const ledger = joinLedgerParts([reader.finish()]);
  const result = judgeLedger(ledger, req);
  const personKey = result.rows.get(rowKey(sheet, row));
  if (personKey === undefined) return { kind: 'no-person', selection };
  return { kind: 'person', selection, personKey, result, rowsRead: mine.length };
}
