/**
 * Who a data row is about, and what it says of them: the sheet's person (a
 * sheet kept per person), else the row's ID and name (a row under merged cells
 * takes the person above), keyed by ID, else 工号, else name; the person is
 * added on first sight, with their series, rank and qualification year from
 * the first row that gives each. Every problem lands on the row's cell.
 */
import type { DayNumber, Person } from '../rules/types';
import { isBlank, readCompactText, readIdNumber, readQualificationYear, readText } from './cells';
import { ledgerFinding, type Place } from './findings';
import { personBlockOnRow, type PersonBlock } from './headers';
import { idDigitsPrefix, mergeBadIdDigits, NAME_KEY_PREFIX, STAFF_KEY_PREFIX, type Sighting } from './join';
import { createPersonAbove } from './personAbove';
import { readPersonBlock, type SheetPerson } from './personBlock';
import type { RowCursor } from './rowCursor';

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@]/;

export interface RowPersonContext {
  sheet: string;
  file: string | undefined;
  cursor: RowCursor;
  at: (row: number | null, column: string | null) => Place;
  /** The card above the table of a sheet kept per person, when there is one. */
  personBlock: PersonBlock | undefined;
  date1904: boolean;
  today: DayNumber | undefined;
  /** What the sheet's reading collects. */
  people: Map<string, Person>;
  sightings: Sighting[];
  keysFromBadIds: Map<string, string>;
}

/** The person a row is about: their key, and the name the row gives. */
export interface RowPerson {
  key: string;
  name: string | undefined;
}

/**
 * A reader of each data row's person (the row being `cursor.rowNo`): the
 * row's person, or undefined (and a `row-no-person` finding) when it names
 * none. The answer is overwritten by the next row's.
 */
export interface RowPersonReader {
  (row: readonly unknown[]): RowPerson | undefined;
  /**
   * On a sheet kept per person, a row that names the next person (a form pasted
   * from Word: `姓名：周涛  身份证号：…  职称：…` above each one's table): the rows
   * below are theirs. True when `row` (1-based `rowNo`) is such a row.
   */
  nextPerson(row: readonly unknown[], rowNo: number): boolean;
}

/** A cell that may start a person's line, looked for before the line is read. */
const PERSON_LABEL = /姓\s*名|身份证/;

export function createRowPersonReader(ctx: RowPersonContext): RowPersonReader {
  const { sheet, file, cursor, at, people, sightings, keysFromBadIds } = ctx;
  const { findings, col, letter, report } = cursor;
  // One reader per column; each caches its distinct strings.
  const read = {
    id: readIdNumber(ctx.today),
    name: readCompactText(),
    series: readCompactText(),
    rank: readCompactText(),
    qualification: readQualificationYear(ctx.date1904),
    staffNo: readCompactText(),
  };
  const personAbove = createPersonAbove(findings, at, letter.name ?? letter.idNumber ?? null);
  let sheetPerson = ctx.personBlock && readPersonBlock(ctx.personBlock, read, findings, at);
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

  // The row's ID, name and whether its ID cell holds anything (read or not), set by `whoOnRow`.
  let idInfo: SheetPerson['idInfo'];
  let name: string | undefined;
  let idCellFilled = false;

  function whoOnRow(row: readonly unknown[]): void {
    if (sheetPerson) {
      idInfo = sheetPerson.idInfo;
      name = sheetPerson.name;
      idCellFilled = sheetPerson.idCellFilled;
      return;
    }
    idInfo = read.id(cursor.cellAt(row, 'idNumber', col.idNumber), report);
    idCellFilled = col.idNumber >= 0 && !isBlank(row[col.idNumber]);
    name = read.name(cursor.cellAt(row, 'name', col.name), report);
    // A name typed as "=张伟" or "-李娜" was probably keyed as a formula.
    if (name !== undefined && FORMULA_START.test(name)) report('name-formula-like', { text: name });
    // Continuation rows of cells merged per person: name, ID, 工号 and 序号 all blank.
    if (
      idInfo === undefined &&
      name === undefined &&
      !idCellFilled &&
      (col.staffNo < 0 || isBlank(row[col.staffNo])) &&
      (col.seq < 0 || isBlank(row[col.seq]))
    ) {
      const carried = personAbove.carry(cursor.rowNo);
      if (carried !== undefined) ({ idInfo, name } = carried);
    }
  }

  /** The person's series, rank and qualification year: the sheet's card, else the first row that gives each. */
  function personFacts(row: readonly unknown[], person: Person): void {
    if (sheetPerson) {
      if (sheetPerson.series !== undefined) person.series ??= sheetPerson.series;
      if (sheetPerson.rank !== undefined) person.rank ??= sheetPerson.rank;
      if (sheetPerson.qualificationYear !== undefined)
        person.qualificationYear ??= sheetPerson.qualificationYear;
    }
    if (person.series === undefined) {
      const series = read.series(cursor.cellAt(row, 'series', col.series), report);
      if (series !== undefined) person.series = series;
    }
    if (person.rank === undefined && col.rank >= 0) {
      const rank = read.rank(cursor.cellAt(row, 'rank', col.rank), report);
      if (rank !== undefined) person.rank = rank;
    }
    if (person.qualificationYear === undefined) {
      const q = read.qualification(cursor.cellAt(row, 'qualificationDate', col.qualificationDate), report);
      if (q !== undefined) person.qualificationYear = q;
    }
  }

  /** The answer, one object overwritten for each row (read it before the next). */
  const who: RowPerson = { key: '', name: undefined };

  const nextPerson = (row: readonly unknown[], rowNo: number): boolean => {
    if (sheetPerson === undefined) return false;
    if (!row.some((c) => typeof c === 'string' && PERSON_LABEL.test(c))) return false;
    const block = personBlockOnRow(row, rowNo - 1);
    if (block === undefined) return false;
    sheetPerson = readPersonBlock(block, read, findings, at);
    return true;
  };

  const readRow = (row: readonly unknown[]): RowPerson | undefined => {
    const rowNo = cursor.rowNo;
    whoOnRow(row);
    if (idInfo === undefined && name === undefined) {
      findings.push(ledgerFinding('row-no-person', {}, at(rowNo, letter.name ?? letter.idNumber ?? null)));
      return undefined;
    }
    personAbove.saw(rowNo, idInfo, name);
    // Without an ID: the 工号 where the ledger has one (two 张伟 are two people), else the name.
    const staffNo =
      idInfo === undefined ? read.staffNo(cursor.cellAt(row, 'staffNo', col.staffNo), report) : undefined;
    const key =
      idInfo !== undefined
        ? idInfo.id
        : staffNo !== undefined
          ? `${STAFF_KEY_PREFIX}${staffNo}`
          : NAME_KEY_PREFIX + name;
    cursor.rowKey = key;
    if (idInfo === undefined && idCellFilled)
      mergeBadIdDigits(keysFromBadIds, key, idDigitsPrefix(cursor.cellAt(row, 'idNumber', col.idNumber)));
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
      const idCell = sheetPerson ? sheetPerson.idCell : cursor.cellAt(row, 'idNumber', col.idNumber);
      const raw = readText(idCell)?.replace(/\s/g, '').toUpperCase();
      if (raw !== undefined && /^\d{17}[\dX]$/.test(raw)) person.unverifiedId = raw;
    }
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
    personFacts(row, person);
    who.key = key;
    who.name = name;
    return who;
  };
  return Object.assign(readRow, { nextPerson });
}
