/**
 * Ledger intake: one sheet's cells → typed activities and people, with a
 * finding for every cell or row that is not what it should be (sheet, 1-based
 * row, column letter, code, params). Bad input never throws and never stops
 * the run: a row becomes an activity wherever it can.
 */
import { defaultRuleBook, type RuleBook } from '../rules/rulebook';
import type { DayNumber, Person } from '../rules/types';
import type { Place } from './findings';
import { refPrefix, RowOriginIndex } from './origins';
import { ActivityStore } from './activityStore';
import { finishLedger, type LedgerPart, type Sighting } from './join';
import { createRowClassifier, isDataRow, titlesAbove } from './rows';
import { RowCursor } from './rowCursor';
import { findSheetColumns } from './sheetColumns';
import { createRowPersonReader } from './rowPerson';
import { createRowActivityReader } from './rowActivity';
import { createWideRowReader } from './wideReader';
import type { Finding, Ledger, LedgerSource, SourceSummary } from './types';

export interface ReadOptions {
  /** Kinds to match (built-in plus user-defined, 四(四)5); default: the notice's own. */
  book?: RuleBook;
  /** Today, for the "born in the future" ID check; default the real date. */
  today?: DayNumber;
  /**
   * The policy option of that name (default true): a way of training the notice
   * does not name (单位内训), with a 公需 / 专业 subject, is read as that subject.
   */
  trainingWordBySubject?: boolean;
}

/** Reads one sheet. */
export function readLedger(source: LedgerSource, opts: ReadOptions = {}): Ledger {
  return finishLedger([readPart(source, opts)]);
}

/** Reads each sheet and joins them (people by ID, else name). */
export function readLedgers(sources: readonly LedgerSource[], opts: ReadOptions = {}): Ledger {
  return finishLedger(sources.map((s) => readPart(s, opts)));
}

/** Several sheets read by `createLedgerReader`, joined (people by ID, else name) with the whole-ledger checks. */
export function joinLedgerParts(parts: readonly LedgerPart[]): Ledger {
  return finishLedger(parts);
}

export type { LedgerPart } from './join';

/** A sheet without its cells: what `createLedgerReader` needs before the rows arrive. */
export type LedgerSheet = Omit<LedgerSource, 'rows'>;

/**
 * One sheet read row by row: `push` each row in sheet order (the n-th push is
 * sheet row n; push `[]` for an empty row), then `finish`. The header is found
 * among the first rows (kept until then); every later row becomes an activity,
 * a finding or nothing as it arrives and is not kept, so memory holds what was
 * read, never the grid.
 */
export interface LedgerReader {
  push(row: readonly unknown[]): void;
  /** The sheet's reading, for `joinLedgerParts`; pushing after it does nothing. */
  finish(): LedgerPart;
}

/** Rows scanned for the header (`detectHeader`'s default). */
const HEADER_SCAN_ROWS = 20;
/** Rows kept until the header is known: those scanned and the sub-header under the last. */
const HEADER_ROWS = HEADER_SCAN_ROWS + 1;

function readPart(source: LedgerSource, opts: ReadOptions): LedgerPart {
  const reader = createLedgerReader(source, opts);
  const rows: readonly unknown[] = Array.isArray(source.rows) ? source.rows : [];
  for (let r = 0; r < rows.length; r++) reader.push(rows[r] as readonly unknown[]);
  return reader.finish();
}

/** Starts reading one sheet (see `LedgerReader`). */
export function createLedgerReader(sheetInfo: LedgerSheet, opts: ReadOptions = {}): LedgerReader {
  const book = opts.book ?? defaultRuleBook();
  const sheet = String(sheetInfo.sheet ?? '');
  const file = sheetInfo.file;
  const mapping = sheetInfo.mapping;
  const userMapping = sheetInfo.userMapping;
  const date1904 = sheetInfo.date1904 === true;
  const at = (row: number | null, column: string | null): Place =>
    file !== undefined ? { file, sheet, row, column } : { sheet, row, column };

  const findings: Finding[] = [];
  const activities = new ActivityStore();
  const origins = new RowOriginIndex();
  const addOrigin = origins.rowsOf(file !== undefined ? { file, sheet } : { sheet });
  const refHead = refPrefix(file !== undefined ? { file, sheet } : { sheet });
  const refHeadIndex = activities.prefixIndex(refHead);
  const people = new Map<string, Person>();
  const sightings: Sighting[] = [];
  const keysFromBadIds = new Map<string, string>();
  const summary: SourceSummary = {
    ...(file !== undefined ? { file } : {}),
    sheet,
    headerRow: 0,
    dataRows: 0,
    columns: {},
  };
  const part: LedgerPart = {
    sources: [summary],
    activities,
    origins,
    people: [],
    findings,
    sightings,
    keysFromBadIds,
  };

  /** Rows before the header is known; undefined once it is. */
  let head: Array<readonly unknown[]> | undefined = [];
  /** 0-based index of the next row pushed. */
  let next = 0;
  let finished = false;
  /** Reads one data row (0-based index); set once the header is found. */
  let readRow: ((row: readonly unknown[], r: number) => void) | undefined;

  return {
    push(row) {
      if (finished) return;
      const r = next++;
      if (head !== undefined) {
        head.push(row);
        if (head.length >= HEADER_ROWS) start();
        return;
      }
      if (readRow !== undefined && Array.isArray(row)) readRow(row, r);
    },
    finish() {
      if (!finished) {
        if (head !== undefined) start();
        finished = true;
        part.people = [...people.values()];
      }
      return part;
    },
  };

  /** Finds the header in the rows kept so far, then reads the data rows among them. */
  function start(): void {
    const rows = head ?? [];
    head = undefined;
    readRow = begin(rows);
    if (readRow === undefined) return;
    for (let r = 0; r < rows.length; r++) if (Array.isArray(rows[r])) readRow(rows[r], r);
  }

  /** The header of the first rows, and a reader for the rows below it (undefined without a header). */
  function begin(
    rows: ReadonlyArray<readonly unknown[]>,
  ): ((row: readonly unknown[], r: number) => void) | undefined {
    const columns = findSheetColumns(
      rows,
      {
        maxScanRows: HEADER_SCAN_ROWS,
        ...(mapping ? { mapping } : {}),
        ...(userMapping ? { userMapping } : {}),
      },
      book,
      findings,
      at,
    );
    if (columns === undefined) return undefined;
    const { header, cols, letter } = columns;
    summary.headerRow = header.headerRow + 1;
    summary.columns = letter;
    if (columns.notChecked) return undefined;
    const classifier = createRowClassifier(cols, titlesAbove(rows, header.headerRow));
    // The row being read, for the problem reporter (no closure per cell).
    const cursor = new RowCursor(findings, cols, letter, at);
    if (cols.evidence === undefined) cursor.sheetNote('evidence-column-missing', {}, 'remark');
    const personOf = createRowPersonReader({
      sheet,
      file,
      cursor,
      at,
      personBlock: header.personBlock,
      date1904,
      today: opts.today,
      people,
      sightings,
      keysFromBadIds,
    });
    const kindOptions =
      opts.trainingWordBySubject !== undefined ? { trainingWordBySubject: opts.trainingWordBySubject } : {};
    const dataStartRow = header.dataStartRow;
    if (columns.wide) {
      return createWideRowReader({
        layout: columns.wide,
        activities,
        addOrigin,
        refHead,
        summary,
        findings,
        at,
        book,
        date1904,
        kindOptions,
        cursor,
        classifier,
        personOf,
        dataStartRow,
      });
    }
    const readActivity = createRowActivityReader(cursor, book, date1904, refHead, cols, kindOptions);
    return (row, r) => {
      if (r < dataStartRow) return;
      const rowNo = r + 1;
      cursor.rowNo = rowNo;
      cursor.rowKey = undefined;
      const kind = classifier.classify(row);
      if (kind.type !== 'blank' && personOf.nextPerson(row, rowNo)) return;
      if (!isDataRow(kind, rowNo, findings, at)) return;
      const who = personOf(row);
      if (who === undefined) return;
      const activity = readActivity(row, who);
      if (activity === undefined) return;
      activities.pushRow(activity, refHeadIndex, rowNo);
      addOrigin(rowNo);
      summary.dataRows++;
    };
  }
}
