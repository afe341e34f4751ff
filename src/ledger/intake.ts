/**
 * Ledger intake: one sheet's cells → typed activities and people, with a
 * finding for every cell or row that is not what it should be (sheet, 1-based
 * row, column letter, code, params). Bad input never throws and never stops
 * the run: a row becomes an activity wherever it can.
 */
import { defaultRuleBook, type RuleBook } from '../rules/rulebook';
import type { Activity, DayNumber, Person } from '../rules/types';
import { columnLetter } from './columns';
import { FIELD_CODES, FIELDS, type FieldCode } from './fields';
import { ledgerFinding, type Place } from './findings';
import { refPrefix, RowOriginIndex } from './origins';
import { ActivityStore, PlainActivity } from './activityStore';
import { detectLedgerHeader } from './headers';
import {
  finishLedger,
  idDigitsPrefix,
  mergeBadIdDigits,
  NAME_KEY_PREFIX,
  STAFF_KEY_PREFIX,
  type LedgerPart,
  type Sighting,
} from './join';
import { readCompactText, readIdNumber, readQualificationYear, readText, isBlank } from './cells';
import { createRowClassifier } from './rows';
import { RowCursor } from './rowCursor';
import { createKindReader } from './kindCell';
import { createPersonAbove } from './personAbove';
import { columnsByContent, contentColumnNotes } from './columnsByContent';
import { readPersonBlock } from './personBlock';
import { createActivityCellReader } from './activityCells';
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

/**
 * Fields whose presence makes a row an activity rather than a bare list of
 * staff: the catalogue's fields from 年度 on, minus 备注.
 */
const ACTIVITY_FIELDS: readonly FieldCode[] = FIELD_CODES.slice(FIELD_CODES.indexOf('year')).filter(
  (f) => f !== 'remark' && f !== 'cmeCredits' && f !== 'staffNo' && f !== 'organizer' && f !== 'totalHours',
);

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@]/;

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
  /** Names seen with each ID ('' for none): one name as a string, more as a set. */
  const seenPairs = new Map<string, string | Set<string>>();
  /** True the first time an (ID, name) pair is seen; allocates nothing for a pair seen before. */
  const firstSighting = (id: string, name: string): boolean => {
    const seen = seenPairs.get(id);
    if (seen === undefined) seenPairs.set(id, name);
    else if (typeof seen === 'string') {
      if (seen === name) return false;
      seenPairs.set(id, new Set([seen, name]));
    } else {
      if (seen.has(name)) return false;
      seen.add(name);
    }
    return true;
  };
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
    const header = detectLedgerHeader(rows, {
      maxScanRows: HEADER_SCAN_ROWS,
      ...(mapping ? { mapping } : {}),
      ...(userMapping ? { userMapping } : {}),
    });
    if (!header.ok) {
      findings.push(ledgerFinding('header-not-found', header.params, at(null, null)));
      return undefined;
    }
    const cols = header.columns;
    const byContent = columnsByContent(header, rows, book);
    for (const c of byContent) cols[c.field] = c.column;
    const letter: Partial<Record<FieldCode, string>> = {};
    for (const [field, c] of Object.entries(cols) as Array<[FieldCode, number]>)
      letter[field] = columnLetter(c);
    summary.headerRow = header.headerRow + 1;
    summary.columns = letter;
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

    // One reader per column; each caches its distinct strings.
    const read = {
      id: readIdNumber(opts.today),
      name: readCompactText(),
      series: readCompactText(),
      rank: readCompactText(),
      qualification: readQualificationYear(date1904),
      staffNo: readCompactText(),
    };
    const activityColumns = ACTIVITY_FIELDS.map((f) => cols[f]).filter((c): c is number => c !== undefined);
    const classifier = createRowClassifier(cols);
    // The row being read, for the problem reporter (no closure per cell).
    const cursor = new RowCursor(findings, cols, letter, at);
    const { report } = cursor;
    const kindOfRow = createKindReader(
      book,
      cursor,
      opts.trainingWordBySubject !== undefined ? { trainingWordBySubject: opts.trainingWordBySubject } : {},
    );
    const readActivityCells = createActivityCellReader(
      cursor,
      (code: string) => book.kindByCode.get(code),
      date1904,
    );
    if (cols.evidence === undefined) cursor.sheetNote('evidence-column-missing', {}, 'remark');
    const personAbove = createPersonAbove(findings, at, letter.name ?? letter.idNumber ?? null);
    const sheetPerson = header.personBlock && readPersonBlock(header.personBlock, read, findings, at);

    const dataStartRow = header.dataStartRow;
    return (row, r) => {
      if (r < dataStartRow) return;
      const rowNo = r + 1;
      cursor.rowNo = rowNo;
      cursor.rowKey = undefined;
      const kind = classifier.classify(row);
      if (kind.type === 'blank') return;
      if (kind.type === 'subtotal') {
        findings.push(
          ledgerFinding('row-subtotal', { text: kind.text }, at(rowNo, columnLetter(kind.column))),
        );
        return;
      }
      if (kind.type === 'repeated-header') {
        findings.push(ledgerFinding('row-repeated-header', {}, at(rowNo, null)));
        return;
      }
      if (kind.type === 'title') {
        findings.push(ledgerFinding('row-title', { text: kind.text }, at(rowNo, columnLetter(kind.column))));
        return;
      }

      // Who: the sheet's person (a sheet kept per person), else the row's name and ID.
      let idInfo = sheetPerson ? sheetPerson.idInfo : read.id(cursor.cell(row, 'idNumber'), report);
      const idCellFilled = sheetPerson
        ? sheetPerson.idCellFilled
        : cols.idNumber !== undefined && !isBlank(row[cols.idNumber]);
      let name = sheetPerson ? sheetPerson.name : read.name(cursor.cell(row, 'name'), report);
      // A name typed as "=张伟" or "-李娜" was probably keyed as a formula.
      if (name !== undefined && FORMULA_START.test(name)) report('name-formula-like', { text: name });
      // Continuation rows of cells merged per person: name, ID, 工号 and 序号 all blank.
      if (
        sheetPerson === undefined &&
        idInfo === undefined &&
        name === undefined &&
        !idCellFilled &&
        (cols.staffNo === undefined || isBlank(row[cols.staffNo])) &&
        (cols.seq === undefined || isBlank(row[cols.seq]))
      ) {
        const carried = personAbove.carry(rowNo);
        if (carried !== undefined) ({ idInfo, name } = carried);
      }
      if (idInfo === undefined && name === undefined) {
        findings.push(ledgerFinding('row-no-person', {}, at(rowNo, letter.name ?? letter.idNumber ?? null)));
        return;
      }
      personAbove.saw(rowNo, idInfo, name);
      // Without an ID: the 工号 where the ledger has one (two 张伟 are two people), else the name.
      const staffNo = idInfo === undefined ? read.staffNo(cursor.cell(row, 'staffNo'), report) : undefined;
      const key =
        idInfo !== undefined
          ? idInfo.id
          : staffNo !== undefined
            ? `${STAFF_KEY_PREFIX}${staffNo}`
            : NAME_KEY_PREFIX + name;
      cursor.rowKey = key;
      if (idInfo === undefined && idCellFilled)
        mergeBadIdDigits(keysFromBadIds, key, idDigitsPrefix(cursor.cell(row, 'idNumber')));
      // Findings already raised for this row's ID cell belong to this person too.
      for (
        let i = findings.length - 1;
        i >= 0 && findings[i].row === rowNo && findings[i].sheet === sheet;
        i--
      ) {
        if (findings[i].personKey === undefined) findings[i].personKey = key;
      }
      let person = people.get(key);
      if (!person) {
        person = { key };
        if (name !== undefined) person.name = name;
        if (idInfo !== undefined) {
          person.idNumber = idInfo.id;
          person.sex = idInfo.sex;
        }
        people.set(key, person);
      } else if (person.name === undefined && name !== undefined) person.name = name;
      if (idInfo === undefined && idCellFilled && person.unverifiedId === undefined) {
        const idCell = sheetPerson ? sheetPerson.idCell : cursor.cell(row, 'idNumber');
        const raw = readText(idCell)?.replace(/\s/g, '').toUpperCase();
        if (raw !== undefined && /^\d{17}[\dX]$/.test(raw)) person.unverifiedId = raw;
      }
      if (idInfo !== undefined || name !== undefined) {
        if (firstSighting(idInfo?.id ?? '', name ?? '')) {
          const s: Sighting = {
            sheet,
            row: rowNo,
            nameColumn: letter.name ?? null,
            idColumn: letter.idNumber ?? null,
          };
          if (file !== undefined) s.file = file;
          if (idInfo !== undefined) s.id = idInfo.id;
          if (name !== undefined) s.name = name;
          sightings.push(s);
        }
      }
      if (sheetPerson) {
        if (sheetPerson.series !== undefined) person.series ??= sheetPerson.series;
        if (sheetPerson.rank !== undefined) person.rank ??= sheetPerson.rank;
        if (sheetPerson.qualificationYear !== undefined)
          person.qualificationYear ??= sheetPerson.qualificationYear;
      }
      if (person.series === undefined) {
        const series = read.series(cursor.cell(row, 'series'), report);
        if (series !== undefined) person.series = series;
      }
      if (person.rank === undefined && cols.rank !== undefined) {
        const rank = read.rank(cursor.cell(row, 'rank'), report);
        if (rank !== undefined) person.rank = rank;
      }
      if (person.qualificationYear === undefined) {
        const q = read.qualification(cursor.cell(row, 'qualificationDate'), report);
        if (q !== undefined) person.qualificationYear = q;
      }

      // A row naming only a person lists them (they appear, with zeros) but credits nothing.
      let hasActivity = false;
      for (const c of activityColumns) {
        if (!isBlank(row[c])) {
          hasActivity = true;
          break;
        }
      }
      if (!hasActivity) {
        findings.push(ledgerFinding('row-no-activity', { name: name ?? '' }, at(rowNo, null), key));
        return;
      }

      const ref = refHead + rowNo; // activityRef({ file, sheet, row })
      const activity: Activity = new PlainActivity(ref, key);
      const title = readText(cursor.cell(row, 'title'));
      if (title !== undefined) activity.title = title;
      const kindOf = kindOfRow(row, title);
      activity.kind = kindOf.code;
      readActivityCells(row, activity, { kind: kindOf.text, title });
      if (kindOf.subject !== undefined && activity.declaredSubject === undefined)
        activity.declaredSubject = kindOf.subject;

      activities.pushRow(activity, refHeadIndex, rowNo);
      addOrigin(rowNo);
      summary.dataRows++;
    };
  }
}
