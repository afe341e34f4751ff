/**
 * Reading a register kept one row per person (专业技术人员继续教育学时登记表,
 * `wideRegister.ts` recognises it): each filled (项目k, 学时k) pair of a row is
 * one activity, read as a row of an ordinary ledger would be, by the same
 * readers (`createRowActivityReader`) over a row of five cells made for it:
 *
 * - the course name: the item's text, whose kind the title matcher reads;
 * - the hours: the pair's hours cell ("已完成" there is an error, not hours);
 * - the subject: the merged group header above the pair (公需科目 / 专业科目);
 * - the year: a 年度 column's, else the title's ("（2025年度）"), said once per
 *   sheet, since the register gives no dates (without either it is not read);
 * - the days: "（3天）" in the item's text, said as any fact read from a text.
 *
 * A group whose items are all blank and whose 小计 is filled is one claim of
 * that subject, with a warning that neither the kind nor 8 hours a day can be
 * checked. An activity's ref names its row and the pair's first column
 * (`…!12#H`): one row, several activities. Findings name the pair's columns.
 */
import type { RuleBook } from '../rules/rulebook';
import type { Subject } from '../rules/types';
import type { ActivityStore } from './activityStore';
import { isBlank, readText } from './cells';
import { columnLetter } from './columns';
import { ledgerFinding, type Place } from './findings';
import type { KindReaderOptions } from './kindCell';
import { parseSubject } from './parse/labels';
import { stripSpaces, toHalfWidth } from './parse/text';
import { RowCursor, type ColumnIndex, type ColumnLetters } from './rowCursor';
import { createRowActivityReader } from './rowActivity';
import type { RowPerson, RowPersonReader } from './rowPerson';
import { isDataRow, type RowClassifier } from './rows';
import type { Finding, SourceSummary } from './types';
import { NUMBERED, HOURS_STEM, type WideRegister } from './wideRegister';

/** One (项目, 学时) pair of a group: the item's column, the hours' column (either may be missing). */
export interface WidePair {
  item?: number;
  hours?: number;
}

/** The columns under one group header (公需科目, 专业科目). */
export interface WideGroup {
  /** The group header's text and 0-based column; '' and the first pair's column without one. */
  text: string;
  column: number;
  subject?: Subject;
  pairs: WidePair[];
  /** The 小计 column, read only when every pair of the row is blank. */
  subtotal?: number;
}

export interface WideLayout {
  groups: WideGroup[];
  /** The one year the title names ("（2025年度）"), with the title and its 0-based row and column. */
  year?: { year: number; text: string; row: number; column: number };
  /** A 年度 column (0-based): each row's year, which wins over the title's. */
  yearColumn?: number;
}

const SUBTOTAL = /小计|合计|总计|共计/;

/** Stripped text of a header cell. */
function headerText(cell: unknown): string | undefined {
  const t = typeof cell === 'string' ? readText(cell) : undefined;
  return t === undefined ? undefined : t.replace(/[\s\u3000]+/g, '');
}

/**
 * The groups and pairs of a register kept one row per person: the numbered
 * headers' row `w.row` and, when it is the sub-header row, the group headers
 * above it. A column belongs to the nearest group header at or left of it; a
 * group counts when its header names a subject or it holds a numbered header.
 * Undefined when no pair is found, or when neither a 年度 column nor the title
 * says the year (the register gives no dates): the sheet is then not checked.
 */
export function wideLayout(
  rows: ReadonlyArray<readonly unknown[]>,
  headerRow: number,
  w: WideRegister,
  yearColumn?: number,
): WideLayout | undefined {
  const sub = Array.isArray(rows[w.row]) ? rows[w.row] : [];
  const top = w.row > headerRow && Array.isArray(rows[headerRow]) ? rows[headerRow] : undefined;
  const numbered = new Set(w.columns);
  /** Columns by the group header they stand under (its column; -1 without a group row). */
  const byGroup = new Map<number, number[]>();
  let groupAt = -1;
  for (let c = 0; c < sub.length; c++) {
    // A merged group header is in its first cell, or in each (as some readers fill merges).
    const groupText = top === undefined ? undefined : headerText(top[c]);
    if (groupText !== undefined && (c === 0 || groupText !== headerText(top?.[c - 1]))) groupAt = c;
    // A column merged down from the group row repeats the group's header: not a pair.
    if (headerText(sub[c]) === undefined || headerText(sub[c]) === groupText) continue;
    const list = byGroup.get(groupAt) ?? [];
    list.push(c);
    byGroup.set(groupAt, list);
  }
  const groups: WideGroup[] = [];
  for (const [g, columns] of byGroup) {
    const text = g >= 0 && top !== undefined ? (readText(top[g]) ?? '') : '';
    const said = parseSubject(text);
    const subject = said.ok ? said.value : undefined;
    if (subject === undefined && !columns.some((c) => numbered.has(c))) continue;
    const group = groupOf(sub, columns);
    if (group.pairs.length === 0) continue;
    groups.push({ text, column: g >= 0 ? g : columns[0], ...(subject ? { subject } : {}), ...group });
  }
  if (groups.length === 0) return undefined;
  if (yearColumn !== undefined) return { groups, yearColumn };
  const year = titleYear(rows, headerRow);
  return year !== undefined ? { groups, year } : undefined;
}

/** The pairs and 小计 of one group's columns: an item with the hours of its number, else the next unnumbered hours. */
function groupOf(
  sub: readonly unknown[],
  columns: readonly number[],
): { pairs: WidePair[]; subtotal?: number } {
  const items: Array<{ c: number; n?: string }> = [];
  const hours: Array<{ c: number; n?: string; taken?: true }> = [];
  let subtotal: number | undefined;
  for (const c of columns) {
    const t = headerText(sub[c]) ?? '';
    const m = NUMBERED.exec(t);
    const n = m === null ? undefined : toHalfWidth(m[2]);
    const stem = m === null ? t : m[1] + m[3];
    if (SUBTOTAL.test(t)) subtotal ??= c;
    else if (HOURS_STEM.test(stem)) hours.push(n === undefined ? { c } : { c, n });
    else items.push(n === undefined ? { c } : { c, n });
  }
  const pairs: WidePair[] = [];
  for (const item of items) {
    const h = hours.find((x) =>
      item.n !== undefined ? x.n === item.n && !x.taken : x.n === undefined && x.c > item.c && !x.taken,
    );
    if (h !== undefined) h.taken = true;
    pairs.push(h !== undefined ? { item: item.c, hours: h.c } : { item: item.c });
  }
  for (const h of hours) if (!h.taken) pairs.push({ hours: h.c });
  pairs.sort((a, b) => (a.item ?? a.hours ?? 0) - (b.item ?? b.hours ?? 0));
  return subtotal !== undefined ? { pairs, subtotal } : { pairs };
}

/** 2025年度 first, then (2025) / （2025年）, then 2025年 not followed by a month (a 填报时间 is not the year). */
const YEAR_PATTERNS = [/(\d{4})年度/g, /[(（](\d{4})年?[)）]/g, /(\d{4})年(?!\d{1,2}月)/g];

/** Two years: 2024—2025年度, 2024-2025. */
const YEARS_SPAN = /\d{4}年?(?:-|－|—|–|―|~|～|至|到)+\d{4}/;

/**
 * The year the title rows above the header name, when the first title naming
 * a year names one only ("（2025年度）"); "2024—2025年度" names none.
 */
export function titleYear(
  rows: ReadonlyArray<readonly unknown[]>,
  headerRow: number,
): WideLayout['year'] | undefined {
  for (let r = 0; r < headerRow && r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    const texts = row.map((v) => (typeof v === 'string' ? readText(v) : undefined));
    const column = texts.findIndex((t) => t !== undefined);
    const text = column < 0 ? undefined : texts[column];
    if (text === undefined || new Set(texts.filter((t) => t !== undefined)).size !== 1) continue;
    const flat = stripSpaces(toHalfWidth(text));
    if (YEARS_SPAN.test(flat)) return undefined;
    for (const pattern of YEAR_PATTERNS) {
      const years = new Set([...flat.matchAll(pattern)].map((m) => Number(m[1])));
      if (years.size === 0) continue;
      const [year] = years;
      return years.size === 1 && year >= 1950 && year <= 2100 ? { year, text, row: r, column } : undefined;
    }
  }
  return undefined;
}

/** An hours cell that says whether it was done, not how much: an error (the year is 待核实). */
const STATUS = /^(?:已|未|没有?|尚未)?(?:完成|学完|修完|结业|合格|达标|通过)$/;
/** Days in an item's text: "（3天）", "2天", "两天". */
const DAYS_IN_TEXT = /(?<![\d.])(?:\d{1,3}(?:\.5)?|[一二两三四五六七八九十]{1,3})个?[天日](?![制])/;

/** The cells of the row made for one pair, by field. */
const TITLE = 0;
const HOURS = 1;
const SUBJECT = 2;
const DAYS = 3;
const YEAR = 4;

export interface WideRowContext {
  layout: WideLayout;
  book: RuleBook;
  date1904: boolean;
  kindOptions: KindReaderOptions;
  /** The sheet's cursor, on the person's columns. */
  cursor: RowCursor;
  classifier: RowClassifier;
  personOf: RowPersonReader;
  dataStartRow: number;
  activities: ActivityStore;
  addOrigin: (row: number) => void;
  refHead: string;
  summary: SourceSummary;
  findings: Finding[];
  at: (row: number | null, column: string | null) => Place;
}

/** A reader of each data row (0-based index) of a register kept one row per person. */
export function createWideRowReader(ctx: WideRowContext): (row: readonly unknown[], r: number) => void {
  const { layout, cursor, classifier, personOf, activities, findings, at } = ctx;
  const { year, yearColumn } = layout;
  const cols: ColumnIndex = { title: TITLE, hours: HOURS, subject: SUBJECT, days: DAYS, year: YEAR };
  const letter: ColumnLetters = {};
  const pairCursor = new RowCursor(findings, cols, letter, at);
  const readActivity = createRowActivityReader(
    pairCursor,
    ctx.book,
    ctx.date1904,
    ctx.refHead,
    cols,
    ctx.kindOptions,
  );
  const cells: unknown[] = [undefined, undefined, undefined, undefined, year?.year];
  let yearNoted = false;

  /** One activity from the pair whose first column is `first`. */
  const read = (
    who: RowPerson,
    g: WideGroup,
    first: number,
    hoursColumn: number | undefined,
    title: string | undefined,
    hours: unknown,
  ): void => {
    const hoursLetter = hoursColumn === undefined ? null : columnLetter(hoursColumn);
    letter.title = letter.days = columnLetter(first);
    letter.year = columnLetter(yearColumn ?? first);
    letter.subject = columnLetter(g.column);
    if (hoursLetter !== null) letter.hours = hoursLetter;
    pairCursor.rowNo = cursor.rowNo;
    pairCursor.rowKey = who.key;
    const status = typeof hours === 'string' && STATUS.test(stripSpaces(hours));
    if (status)
      findings.push(
        ledgerFinding('wide-hours-status', { text: String(hours) }, at(cursor.rowNo, hoursLetter), who.key),
      );
    const days = title === undefined ? null : DAYS_IN_TEXT.exec(title);
    cells[TITLE] = title;
    cells[HOURS] = status ? undefined : hours;
    cells[SUBJECT] = g.text;
    cells[DAYS] = days?.[0];
    const activity = readActivity(cells, who);
    if (activity === undefined) return;
    if (days !== null && title !== undefined) {
      pairCursor.field = 'title';
      pairCursor.report('text-facts-read', { text: title, found: days[0] });
    }
    activity.ref += `#${columnLetter(first)}`;
    activities.push(activity);
    if (year !== undefined && !yearNoted) {
      yearNoted = true;
      findings.push(
        ledgerFinding(
          'wide-year-from-title',
          { year: year.year, text: year.text },
          at(year.row + 1, columnLetter(year.column)),
        ),
      );
    }
  };

  return (row, r) => {
    if (r < ctx.dataStartRow) return;
    const rowNo = r + 1;
    cursor.rowNo = rowNo;
    cursor.rowKey = undefined;
    if (!isDataRow(classifier.classify(row), rowNo, findings, at)) return;
    const who = personOf(row);
    if (who === undefined) return;
    const before = activities.slots;
    if (yearColumn !== undefined) cells[YEAR] = row[yearColumn];
    for (const g of layout.groups) {
      let filled = false;
      for (const p of g.pairs) {
        const title = p.item === undefined ? undefined : readText(row[p.item]);
        const hours = p.hours === undefined ? undefined : row[p.hours];
        if (title === undefined && isBlank(hours)) continue;
        filled = true;
        read(who, g, p.item ?? (p.hours as number), p.hours, title, hours);
      }
      if (filled || g.subtotal === undefined || isBlank(row[g.subtotal])) continue;
      findings.push(
        ledgerFinding(
          'wide-subtotal-only',
          { text: readText(row[g.subtotal]) ?? '', subject: g.text },
          at(rowNo, columnLetter(g.subtotal)),
          who.key,
        ),
      );
      read(who, g, g.subtotal, g.subtotal, undefined, row[g.subtotal]);
    }
    if (activities.slots === before) return;
    ctx.addOrigin(rowNo);
    ctx.summary.dataRows++;
  };
}
