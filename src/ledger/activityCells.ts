/**
 * The cells of one row that say when and how much: dates, 年度, hours, days,
 * months, counts, exam level and score, result, subject, evidence. Where the
 * row's own column is blank, facts written plainly in 备注, the kind label or
 * the course name are used ("A级 75分", "2个模块合格", "共7个月", "有结业证"), with a note
 * naming the words read (`text-facts-read`), so the officer sees the source.
 */
import { isoDate, yearOf } from '../rules/dates';
import type { Activity, ActivityKind } from '../rules/types';
import { parseYearSpan, type YearSpan } from './parse/yearSpan';
import {
  readCount,
  readDates,
  readDatesWithoutYear,
  readDays,
  readHours,
  readLevel,
  readMonths,
  readPassed,
  readScore,
  readSubject,
  readText,
  readYear,
} from './cells';
import type { FieldCode } from './fields';
import { yearOfReversedRange } from './parse/dates';
import { parsePassed } from './parse/labels';
import { otherQuantity, type OtherQuantity } from './parse/numbers';
import { readTextFacts, type CountedFact, type TextFacts } from './parse/remark';
import type { RowCursor } from './rowCursor';
import { isBlankCell } from './parse/text';
import { createYearAbove } from './yearAbove';

/** Which facts a kind's credit uses (四(五) levels and scores, modules, months of 四(四), 四(一)1 考试合格). */
function wantedFacts(kind: ActivityKind | undefined): CountedFact[] {
  const credit = kind?.credit;
  if (credit === undefined) return [];
  if (credit.type === 'examLevel') return ['level', 'score', 'passed'];
  if (credit.type === 'monthsProrated') return ['months'];
  if (credit.type === 'registeredHours' && credit.passRequired) return ['passed'];
  // Modules of the computer exam, courses of a registration exam.
  if (credit.type === 'perItem' && (kind?.code === 'computer' || kind?.code === 'registration-exam'))
    return ['count'];
  return [];
}

/** A 年度 cell's span of years holds the activity's dates (both known). */
function spanCovers(span: YearSpan | undefined, start: number | undefined, end: number | undefined): boolean {
  return (
    span !== undefined &&
    start !== undefined &&
    end !== undefined &&
    yearOf(start) >= span.from &&
    yearOf(end) <= span.to
  );
}

/**
 * How a kind takes a quantity of months or items written in the hours cell
 * (one 时长/数量 column for every kind): months prorate 四(四)2 and 四(四)4; items
 * count 四(三), 四(四)3, 四(五) and 四(二) programmes; a duration in months on a
 * per-item kind (业务进修 "3个月", 四(一)4 每项10学时) says nothing about its credit.
 * Undefined: the kind is credited by hours, and the cell stays an hours problem.
 */
function quantityReading(
  kind: ActivityKind | undefined,
  q: OtherQuantity,
): 'months' | 'items' | 'duration' | undefined {
  const type = kind?.credit.type;
  const perItem = type === 'perItem' || type === 'perProgrammeYear';
  if (q.unit === 'months') return type === 'monthsProrated' ? 'months' : perItem ? 'duration' : undefined;
  return perItem ? 'items' : undefined;
}

/** The row's dates: a period cell, or start / end columns (which win). */
interface RowDates {
  start: number | undefined;
  end: number | undefined;
  /** The end was set before the start (as the fields are then ordered). */
  endFirst: boolean;
  /** The one year both dates fall in when the end was before the start. */
  yearOfBadDates: number | undefined;
  /** One day from one cell, not a range. */
  loneDate: boolean | undefined;
}

/** A result cell that holds a score: 72分, 55分. */
const SCORE_AS_RESULT = /^\d{1,3}(?:\.\d+)?分$/;

/**
 * A score cell that holds a result, as a learning platform's 考试成绩 does for a
 * course without a marked exam: 合格 / 不合格 is the result, a dash (—) says there
 * was no score. Undefined: the cell is a score (or unreadable), read as one.
 * @example scoreCellResult('合格') → { passed: true }
 * @example scoreCellResult('—') → { passed: undefined }
 * @example scoreCellResult('85') → undefined
 */
export function scoreCellResult(value: unknown): { passed: boolean | undefined } | undefined {
  if (isBlankCell(value)) return undefined;
  const r = parsePassed(value);
  return r.ok ? { passed: r.value } : undefined;
}

/** A reader that fills an activity's when / how-much fields from its row. */
export function createActivityCellReader(
  cursor: RowCursor,
  kindOf: (code: string) => ActivityKind | undefined,
  date1904: boolean,
): (row: readonly unknown[], activity: Activity, texts: { kind?: string; title?: string }) => void {
  // One reader per column; each caches its distinct strings.
  const read = {
    year: readYear(),
    hours: readHours(),
    publicHours: readHours(),
    professionalHours: readHours(),
    days: readDays(),
    travelDays: readDays(),
    months: readMonths(),
    count: readCount(),
    score: readScore(),
    level: readLevel(),
    passed: readPassed(),
    subject: readSubject(),
    period: readDates(date1904),
    periodWithoutYear: readDatesWithoutYear(),
    start: readDates(date1904),
    end: readDates(date1904),
  };
  const { report } = cursor;
  // A 年度 merged down over a person's rows of one year: its blank cells below (yearAbove.ts).
  const yearAbove =
    cursor.cols.year === undefined
      ? undefined
      : createYearAbove(cursor.findings, cursor.at, cursor.letter.year ?? null);
  /**
   * `readTextFacts` once per distinct text: titles and 备注 repeat down a ledger
   * (one course, many people), and the facts are read from up to three texts a
   * row. The facts are only read from, never changed, so one object serves all.
   */
  const textFacts = new Map<string, TextFacts>();
  const factsOf = (text: string): TextFacts => {
    let facts = textFacts.get(text);
    if (facts === undefined) {
      facts = readTextFacts(text);
      if (textFacts.size < 5_000) textFacts.set(text, facts);
    }
    return facts;
  };

  /** `otherQuantity` once per distinct text: a CSV's hours column is text on every row. */
  const quantities = new Map<string, OtherQuantity | null>();
  const quantityOf = (cell: unknown): OtherQuantity | undefined => {
    if (typeof cell !== 'string')
      return typeof cell === 'object' && cell !== null ? otherQuantity(cell) : undefined;
    let q = quantities.get(cell);
    if (q === undefined) {
      q = otherQuantity(cell) ?? null;
      if (quantities.size < 5_000) quantities.set(cell, q);
    }
    return q ?? undefined;
  };
  const col = cursor.col;
  const cellOf = (row: readonly unknown[], f: FieldCode, column: number): unknown =>
    cursor.cellAt(row, f, column);

  /** Reads the period or start / end cells; an end before the start is reported and leaves no dates. */
  /** `readDatesOf`'s answer: one object, filled afresh for each row (read before the next). */
  const dates: RowDates = {
    start: undefined,
    end: undefined,
    endFirst: false,
    yearOfBadDates: undefined,
    loneDate: undefined,
  };

  function readDatesOf(row: readonly unknown[]): RowDates {
    const out = dates;
    out.start = out.end = out.yearOfBadDates = out.loneDate = undefined;
    out.endFirst = false;
    // 5月16日-18日: the year is the row's 年度 (read before the cell, so a note falls on the period).
    const yearCell = cellOf(row, 'year', col.year);
    const periodCell = cellOf(row, 'period', col.period);
    const period = read.periodWithoutYear(periodCell, yearCell, report) ?? read.period(periodCell, report);
    if (period !== undefined) {
      out.start = period.start;
      out.end = period.end;
    } else if (periodCell !== undefined && periodCell !== null) {
      // Reported by the period's reader; its year is still certain (2024.09.25—09.21).
      const year = yearOfReversedRange(periodCell, { date1904 });
      if (year !== undefined) out.yearOfBadDates = year;
    }
    const startSpan = read.start(cellOf(row, 'start', col.start), report);
    const endSpan = read.end(cellOf(row, 'end', col.end), report);
    if (startSpan !== undefined) {
      out.start = startSpan.start;
      if (endSpan === undefined) out.end = startSpan.end;
    }
    if (endSpan !== undefined) {
      out.end = endSpan.end;
      if (startSpan === undefined && period === undefined) {
        out.start = endSpan.start;
        out.endFirst = true;
      }
    }
    const { start, end } = out;
    if (start !== undefined && end !== undefined && end < start) {
      const field: FieldCode = startSpan !== undefined ? 'end' : 'period';
      report('date-end-before-start', {
        text: readText(cellOf(row, field, col[field])) ?? '',
        start: isoDate(start),
        end: isoDate(end),
      });
      // The days are unknown, but a slip inside one year leaves the year certain.
      out.start = out.end = undefined;
      out.endFirst = false;
      if (yearOf(start) === yearOf(end)) out.yearOfBadDates = yearOf(start);
      return out;
    }
    if (
      out.start !== undefined &&
      out.start === out.end &&
      (startSpan === undefined || endSpan === undefined)
    )
      out.loneDate = true;
    return out;
  }

  /**
   * Reads the dates and 年度. A lone date (one day from one cell, not a range)
   * keeps no end when `loneDateIsRecordDate` (三(二)3). The dates are settled
   * before they are set: an activity never loses a field once set, since
   * `delete` turns a V8 object into a slow dictionary of several hundred bytes.
   */
  function readWhen(row: readonly unknown[], activity: Activity, loneDateIsRecordDate: boolean): void {
    const { start, end, endFirst, yearOfBadDates, loneDate } = readDatesOf(row);
    const keptEnd = loneDate && loneDateIsRecordDate ? undefined : end;
    if (endFirst && keptEnd !== undefined) activity.end = keptEnd;
    if (start !== undefined) activity.start = start;
    if (!endFirst && keptEnd !== undefined) activity.end = keptEnd;
    const yearCell = cellOf(row, 'year', col.year);
    // 2023—2024 over dates within those years: no single year, the dates split it.
    if (spanCovers(parseYearSpan(yearCell), start, end)) return;
    let year = read.year(yearCell, report);
    if (yearAbove !== undefined) {
      if (year === undefined && isBlankCell(yearCell))
        year = yearAbove.carry(cursor.rowNo, cursor.rowKey, start, end);
      yearAbove.saw(cursor.rowNo, cursor.rowKey, year);
    }
    if (year === undefined && yearOfBadDates !== undefined) activity.year = yearOfBadDates;
    if (year !== undefined) {
      activity.year = year;
      if (start !== undefined && end !== undefined && (year < yearOf(start) || year > yearOf(end))) {
        cursor.field = 'year';
        report('year-disagrees-with-dates', {
          year,
          start: isoDate(start),
          end: isoDate(end),
        });
      }
    }
  }

  function readHowMuch(row: readonly unknown[], activity: Activity): void {
    const days = read.days(cellOf(row, 'days', col.days), report);
    if (days !== undefined) activity.days = days;
    const travel = read.travelDays(cellOf(row, 'travelDays', col.travelDays), report);
    if (travel !== undefined) activity.travelDays = travel;
    const months = read.months(cellOf(row, 'months', col.months), report);
    if (months !== undefined) activity.months = months;
    const count = read.count(cellOf(row, 'count', col.count), report);
    if (count !== undefined) activity.count = count;
    readHoursCells(row, activity);
    readResult(row, activity);
    const subject = read.subject(cellOf(row, 'subject', col.subject), report);
    if (subject !== undefined) activity.declaredSubject = subject;
    const evidence = readText(cellOf(row, 'evidence', col.evidence));
    if (evidence !== undefined) activity.evidence = evidence;
    const achievementKey = readText(cellOf(row, 'achievementKey', col.achievementKey));
    if (achievementKey !== undefined) activity.achievementKey = achievementKey;
  }

  /**
   * The exam's level, score and result. A 考核结果 written as a score ("72分", an
   * HR system's result of a 职称外语 exam, 四(五)) is the score, where the score
   * column is blank; 合格 or 不合格 then follows from the score by the kind's rule.
   */
  function readResult(row: readonly unknown[], activity: Activity): void {
    const level = read.level(cellOf(row, 'level', col.level), report);
    if (level !== undefined) activity.level = level;
    const scoreCell = cellOf(row, 'score', col.score);
    const scoreResult = scoreCellResult(scoreCell);
    const score = scoreResult ? undefined : read.score(scoreCell, report);
    if (score !== undefined) activity.score = score;
    const result = cellOf(row, 'passed', col.passed);
    if (SCORE_AS_RESULT.test(readText(result) ?? '')) {
      cursor.field = 'passed';
      const written = read.score(result, report);
      if (activity.score === undefined && written !== undefined) activity.score = written;
      return;
    }
    const passed = read.passed(result, report) ?? scoreResult?.passed;
    if (passed !== undefined) activity.passed = passed;
  }

  /**
   * The hours: the 学时 cell, or the 公需科目 / 专业科目 cells of a ledger that
   * splits them (the column a number stands in is its subject). Hours in both on
   * one row are one activity of both subjects only for a kind that gives both
   * (四(四)2, 四(四)4, 四(六)1); for any other kind the row cannot say how the hours
   * divide, and says so (an error: the person-year is 待核实, not silently credited).
   */
  function readHoursCells(row: readonly unknown[], activity: Activity): void {
    const hours = readHoursCell(row, activity, 'hours');
    if (hours !== undefined) activity.claimedHours = hours;
    const pub = readHoursCell(row, activity, 'publicHours');
    const pro = readHoursCell(row, activity, 'professionalHours');
    if (pub === undefined && pro === undefined) return;
    const both = (pub ?? 0) > 0 && (pro ?? 0) > 0;
    const only: 'public' | 'professional' | undefined = both
      ? undefined
      : (pub ?? 0) > 0 || pro === undefined
        ? 'public'
        : 'professional';
    if (activity.claimedHours === undefined) activity.claimedHours = (pub ?? 0) + (pro ?? 0);
    if (only !== undefined) {
      if (activity.declaredSubject === undefined) activity.declaredSubject = only;
      return;
    }
    const kind = kindOf(activity.kind);
    const givesBoth =
      kind?.subject.type === 'both' ||
      kind?.credit.type === 'monthsProrated' ||
      kind?.credit.type === 'deemedComplete';
    if (givesBoth) return;
    cursor.field = 'professionalHours';
    report('hours-both-subjects', { public: pub ?? 0, professional: pro ?? 0 });
    activity.claimedHours = pro ?? 0;
    activity.declaredSubject = 'professional';
  }

  /**
   * One hours cell: hours (or days at 8 a day), or, for a kind credited by months
   * or by items, the months ("6个月") or items ("2篇") it gives, with a note (then
   * no hours); a months or count column of the row's own wins.
   */
  function readHoursCell(
    row: readonly unknown[],
    activity: Activity,
    field: 'hours' | 'publicHours' | 'professionalHours',
  ): number | undefined {
    const cell = cellOf(row, field, col[field]);
    const q = quantityOf(cell);
    const kind = q === undefined ? undefined : kindOf(activity.kind);
    const reading = q === undefined ? undefined : quantityReading(kind, q);
    if (q === undefined || kind === undefined || reading === undefined) return read[field](cell, report);
    const params = { text: readText(cell) ?? '', n: q.n, kind: kind.name, kindEn: kind.nameEn };
    if (reading === 'months') {
      if (activity.months !== undefined) return undefined;
      activity.months = q.n;
      report('hours-cell-months', params);
    } else if (reading === 'items') {
      if (activity.count !== undefined) return undefined;
      activity.count = q.n;
      report('hours-cell-items', params);
    } else report('hours-cell-duration', params);
    return undefined;
  }

  /** Facts from 备注, then the kind label, then the title, for fields the row left blank. */
  function readFacts(
    row: readonly unknown[],
    activity: Activity,
    texts: { kind?: string; title?: string },
  ): void {
    const all = wantedFacts(kindOf(activity.kind));
    const monthsWanted = all.includes('months');
    const wanted = all.filter((f) => activity[f] === undefined);
    if (wanted.length === 0 && activity.evidence !== undefined && !monthsWanted) return;
    const sources: Array<{ field: FieldCode; text: string | undefined }> = [
      { field: 'remark', text: readText(cellOf(row, 'remark', col.remark)) },
      { field: 'kind', text: texts.kind },
      { field: 'title', text: texts.title },
    ];
    for (const { field, text } of sources) {
      if (text === undefined) continue;
      const facts = factsOf(text);
      const used: string[] = [];
      for (const fact of wanted) {
        const value = facts[fact];
        if (activity[fact] !== undefined || value === undefined) continue;
        (activity as Record<CountedFact, unknown>)[fact] = value;
        used.push(facts.words[fact] ?? String(value));
      }
      // A posting or leave dated only in words ("2024年3月至8月休产假"): its period.
      if (
        monthsWanted &&
        facts.span !== undefined &&
        activity.start === undefined &&
        activity.end === undefined &&
        activity.year === undefined
      ) {
        activity.start = facts.span.start;
        activity.end = facts.span.end;
        used.push(facts.words.span ?? '');
      }
      if (field === 'remark' && activity.evidence === undefined && facts.evidence !== undefined)
        activity.evidence = facts.evidence;
      // The kind label's level ("职称外语A级") is the kind's own name: read silently.
      if (used.length > 0 && field !== 'kind') {
        cursor.field = field;
        report('text-facts-read', { text, found: used.join(', ') });
      }
    }
  }

  /**
   * A 学时 cell left blank with the hours in 备注 ("共计24学时"): a kind credited
   * by hours takes them, with the note naming the words read.
   */
  function readRemarkHours(row: readonly unknown[], activity: Activity): void {
    if (activity.claimedHours !== undefined || !isBlankCell(cellOf(row, 'hours', col.hours))) return;
    const type = kindOf(activity.kind)?.credit.type;
    if (type !== 'hoursPerDay' && type !== 'registeredHours') return;
    const text = readText(cellOf(row, 'remark', col.remark));
    const facts = text === undefined ? undefined : factsOf(text);
    if (text === undefined || facts?.hours === undefined) return;
    activity.claimedHours = facts.hours;
    report('text-facts-read', { text, found: facts.words.hours ?? String(facts.hours) });
  }

  return (row, activity, texts) => {
    // 三(二)3: a lone date on an online course is when it was recorded, not a one-day course.
    readWhen(row, activity, kindOf(activity.kind)?.oneDateIsRecordDate === true);
    readHowMuch(row, activity);
    readFacts(row, activity, texts);
    readRemarkHours(row, activity);
  };
}
