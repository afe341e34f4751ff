/**
 * Ledger intake: one sheet's cells → typed activities and people, with a
 * finding for every cell or row that is not what it should be (sheet, 1-based
 * row, column letter, code, params). Bad input never throws and never stops
 * the run: a row becomes an activity wherever it can.
 */
import { defaultRuleBook, type RuleBook } from '../rules/rulebook';
import { yearOf } from '../rules/dates';
import type { Activity, DayNumber, Person } from '../rules/types';
import type { LedgerCode } from './codes';
import { columnLetter } from './columns';
import { FIELDS, type FieldCode } from './fields';
import { activityRef, ledgerFinding, type Place } from './findings';
import { detectHeader } from './headers';
import { finishLedger, idDigitsPrefix, mergeBadIdDigits, NAME_KEY_PREFIX, type LedgerPart, type Sighting } from './join';
import { isoDate } from '../rules/dates';
import type { Params } from './parse/result';
import {
  readCompactText,
  readCount,
  readDates,
  readDays,
  readHours,
  readIdNumber,
  readLevel,
  readMonths,
  readPassed,
  readQualificationYear,
  readScore,
  readSubject,
  readText,
  readYear,
  isBlank,
} from './cells';
import { createRowClassifier } from './rows';
import type { Finding, Ledger, LedgerSource, RowOrigin, SourceSummary } from './types';

export interface ReadOptions {
  /** Kinds to match (built-in plus user-defined, 四(四)5); default: the notice's own. */
  book?: RuleBook;
  /** Today, for the "born in the future" ID check; default the real date. */
  today?: DayNumber;
}

/** Fields whose presence makes a row an activity rather than a bare list of staff. */
const ACTIVITY_FIELDS: readonly FieldCode[] = [
  'kind',
  'subject',
  'title',
  'achievementKey',
  'hours',
  'days',
  'count',
  'start',
  'end',
  'period',
  'travelDays',
  'months',
  'level',
  'score',
  'passed',
  'evidence',
  'year',
];

/** Reads one sheet. */
export function readLedger(source: LedgerSource, opts: ReadOptions = {}): Ledger {
  return finishLedger([readPart(source, opts)]);
}

/** Reads each sheet and joins them (people by ID, else name). */
export function readLedgers(sources: readonly LedgerSource[], opts: ReadOptions = {}): Ledger {
  return finishLedger(sources.map((s) => readPart(s, opts)));
}

function readPart(source: LedgerSource, opts: ReadOptions): LedgerPart {
  const book = opts.book ?? defaultRuleBook();
  const rows = Array.isArray(source.rows) ? source.rows : [];
  const sheet = String(source.sheet ?? '');
  const file = source.file;
  const at = (row: number | null, column: string | null): Place =>
    file !== undefined ? { file, sheet, row, column } : { sheet, row, column };

  const findings: Finding[] = [];
  const activities: Activity[] = [];
  const origins = new Map<string, RowOrigin>();
  const people = new Map<string, Person>();
  const sightings: Sighting[] = [];
  const seenPairs = new Set<string>();
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

  const header = detectHeader(rows, source.mapping ? { mapping: source.mapping } : {});
  if (!header.ok) {
    findings.push(ledgerFinding('header-not-found', header.params, at(null, null)));
    return part;
  }
  const cols = header.columns;
  const letter: Partial<Record<FieldCode, string>> = {};
  for (const [field, c] of Object.entries(cols) as Array<[FieldCode, number]>)
    letter[field] = columnLetter(c);
  summary.headerRow = header.headerRow + 1;
  summary.columns = letter;
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
  const date1904 = source.date1904 === true;
  const read = {
    id: readIdNumber(opts.today),
    name: readCompactText(),
    series: readCompactText(),
    qualification: readQualificationYear(date1904),
    year: readYear(),
    hours: readHours(),
    days: readDays(),
    travelDays: readDays(),
    months: readMonths(),
    count: readCount(),
    score: readScore(),
    level: readLevel(),
    passed: readPassed(),
    subject: readSubject(),
    period: readDates(date1904),
    start: readDates(date1904),
    end: readDates(date1904),
  };
  const activityColumns = ACTIVITY_FIELDS.map((f) => cols[f]).filter((c): c is number => c !== undefined);
  const classifier = createRowClassifier(cols);

  // The row being read, for the problem reporter (no closure per cell).
  let rowNo = 0;
  let field: FieldCode = 'name';
  let rowKey: string | undefined;
  const report = (code: LedgerCode, params: Params): void => {
    findings.push(ledgerFinding(code, params, at(rowNo, letter[field] ?? null), rowKey));
  };
  const cell = (row: readonly unknown[], f: FieldCode): unknown => {
    const c = cols[f];
    field = f;
    return c === undefined ? undefined : row[c];
  };

  for (let r = header.dataStartRow; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    rowNo = r + 1;
    rowKey = undefined;
    const kind = classifier.classify(row);
    if (kind.type === 'blank') continue;
    if (kind.type === 'subtotal') {
      findings.push(ledgerFinding('row-subtotal', { text: kind.text }, at(rowNo, columnLetter(kind.column))));
      continue;
    }
    if (kind.type === 'repeated-header') {
      findings.push(ledgerFinding('row-repeated-header', {}, at(rowNo, null)));
      continue;
    }
    if (kind.type === 'title') {
      findings.push(ledgerFinding('row-title', { text: kind.text }, at(rowNo, columnLetter(kind.column))));
      continue;
    }

    // Who.
    const idInfo = read.id(cell(row, 'idNumber'), report);
    const idCellFilled = cols.idNumber !== undefined && !isBlank(row[cols.idNumber]);
    const name = read.name(cell(row, 'name'), report);
    if (idInfo === undefined && name === undefined) {
      findings.push(ledgerFinding('row-no-person', {}, at(rowNo, letter.name ?? letter.idNumber ?? null)));
      continue;
    }
    const key = idInfo !== undefined ? idInfo.id : NAME_KEY_PREFIX + name;
    rowKey = key;
    if (idInfo === undefined && idCellFilled) mergeBadIdDigits(keysFromBadIds, key, idDigitsPrefix(cell(row, 'idNumber')));
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
    if (idInfo !== undefined || name !== undefined) {
      const pair = `${idInfo?.id ?? ''}\u0000${name ?? ''}`;
      if (!seenPairs.has(pair)) {
        seenPairs.add(pair);
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
    if (person.series === undefined) {
      const series = read.series(cell(row, 'series'), report);
      if (series !== undefined) person.series = series;
    }
    if (person.qualificationYear === undefined) {
      const q = read.qualification(cell(row, 'qualificationDate'), report);
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
      continue;
    }

    const ref = activityRef(file !== undefined ? { file, sheet, row: rowNo } : { sheet, row: rowNo });
    const activity: Activity = { ref, personKey: key, kind: '' };
    const title = readText(cell(row, 'title'));
    if (title !== undefined) activity.title = title;
    activity.kind = matchKind(row, title);

    // When: a period cell, or start/end columns (which win), and a declared 年度.
    const period = read.period(cell(row, 'period'), report);
    if (period !== undefined) {
      activity.start = period.start;
      activity.end = period.end;
    }
    const startSpan = read.start(cell(row, 'start'), report);
    const endSpan = read.end(cell(row, 'end'), report);
    if (startSpan !== undefined) {
      activity.start = startSpan.start;
      if (endSpan === undefined) activity.end = startSpan.end;
    }
    if (endSpan !== undefined) {
      activity.end = endSpan.end;
      if (startSpan === undefined && period === undefined) activity.start = endSpan.start;
    }
    if (activity.start !== undefined && activity.end !== undefined && activity.end < activity.start) {
      field = startSpan !== undefined ? 'end' : 'period';
      report('date-end-before-start', {
        text: readText(cell(row, field)) ?? '',
        start: isoDate(activity.start),
        end: isoDate(activity.end),
      });
      delete activity.start;
      delete activity.end;
    }
    const year = read.year(cell(row, 'year'), report);
    if (year !== undefined) {
      activity.year = year;
      if (
        activity.start !== undefined &&
        activity.end !== undefined &&
        (year < yearOf(activity.start) || year > yearOf(activity.end))
      ) {
        field = 'year';
        report('year-disagrees-with-dates', {
          year,
          start: isoDate(activity.start),
          end: isoDate(activity.end),
        });
      }
    }

    // How much.
    const hours = read.hours(cell(row, 'hours'), report);
    if (hours !== undefined) activity.claimedHours = hours;
    const days = read.days(cell(row, 'days'), report);
    if (days !== undefined) activity.days = days;
    const travel = read.travelDays(cell(row, 'travelDays'), report);
    if (travel !== undefined) activity.travelDays = travel;
    const months = read.months(cell(row, 'months'), report);
    if (months !== undefined) activity.months = months;
    const count = read.count(cell(row, 'count'), report);
    if (count !== undefined) activity.count = count;
    const level = read.level(cell(row, 'level'), report);
    if (level !== undefined) activity.level = level;
    const score = read.score(cell(row, 'score'), report);
    if (score !== undefined) activity.score = score;
    const passed = read.passed(cell(row, 'passed'), report);
    if (passed !== undefined) activity.passed = passed;
    const subject = read.subject(cell(row, 'subject'), report);
    if (subject !== undefined) activity.declaredSubject = subject;
    const evidence = readText(cell(row, 'evidence'));
    if (evidence !== undefined) activity.evidence = evidence;
    const achievementKey = readText(cell(row, 'achievementKey'));
    if (achievementKey !== undefined) activity.achievementKey = achievementKey;

    activities.push(activity);
    origins.set(ref, file !== undefined ? { file, sheet, row: rowNo } : { sheet, row: rowNo });
    summary.dataRows++;
  }
  part.people = [...people.values()];
  return part;

  /**
   * The kind column through the matcher: an exact alias is silent, a keyword
   * match is an info finding, unknown and ambiguous words are errors. A blank
   * kind is read from the title, never silently. Unmatched, the activity keeps
   * the text (the engine credits nothing for it).
   */
  function matchKind(row: readonly unknown[], title: string | undefined): string {
    const text = readText(cell(row, 'kind'));
    if (text !== undefined) {
      const m = book.matcher.match(text);
      if (m.ok) {
        if (m.via === 'keyword')
          report('kind-matched-by-keyword', { text, alias: m.alias, kind: m.kind.name });
        return m.kind.code;
      }
      if (m.code === 'kind-ambiguous') {
        const names = m.candidates.map((c) => book.kindByCode.get(c)?.name ?? c);
        report('kind-ambiguous', { text, candidates: names.map((n) => `“${n}”`).join('、') });
      } else report('kind-unknown', { text });
      return text;
    }
    if (title !== undefined) {
      const m = book.matcher.match(title);
      if (m.ok) {
        field = 'title';
        report('kind-matched-by-keyword', { text: title, alias: m.alias, kind: m.kind.name });
        return m.kind.code;
      }
    }
    field = cols.kind !== undefined ? 'kind' : 'title';
    report('kind-missing', { text: title ?? '' });
    return '';
  }
}
