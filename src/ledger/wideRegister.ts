/**
 * A register kept one row per person (专业技术人员继续教育学时登记表): each
 * person's activities side by side in numbered column groups, 培训项目1 / 学时1 /
 * 培训项目2 / 学时2 …, under a merged 专业科目. Read one activity per row, such
 * a sheet would give one odd activity per person, with no year. This module
 * recognises the shape (an hours header with two numbers or more); the sheet is
 * then read pair by pair by `wideReader.ts`: one activity per filled
 * (项目k, 学时k) pair, its subject from the group header, its kind from the
 * item's text, its days from "（3天）" in it, its year from a 年度 column or the
 * title ("（2025年度）"), a 小计 with no items as one claim of that subject, and
 * a ref naming the column as well as the row (`…!12#H`). Only a register whose
 * year nothing names is not checked (`sheet-wide-register`, with
 * `wideRegisterParams`: the row and columns of the numbered headers).
 */
import { readText } from './cells';
import { columnLetter } from './columns';

export interface WideRegister {
  /** 0-based row of the numbered headers. */
  row: number;
  /** 0-based columns of the numbered headers, left to right. */
  columns: number[];
  /** Their texts, as the ledger writes them. */
  texts: string[];
}

/** A header with a number of one or two digits in it: 学时1, 培训项目2, 项目3学时. */
export const NUMBERED = /^(\D*?)[(（]?([0-9０-９]{1,2})[)）]?(\D*)$/;
/** An hours header, once its number is taken out. */
export const HOURS_STEM = /学时|课时|时长|学分/;

/**
 * The numbered column groups of `rows[headerRow]` and the sub-header row under
 * it: a wide register when one hours header comes with two numbers or more
 * (学时1, 学时2); undefined otherwise (a year in a header, 2024年学时, has four digits).
 */
export function wideRegisterColumns(
  rows: ReadonlyArray<readonly unknown[]>,
  headerRow: number,
): WideRegister | undefined {
  for (const r of [headerRow, headerRow + 1]) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    const numbersOfStem = new Map<string, Set<string>>();
    const columns: number[] = [];
    const texts: string[] = [];
    row.forEach((cell, c) => {
      const text = typeof cell === 'string' ? readText(cell) : undefined;
      const m = text === undefined ? null : NUMBERED.exec(text.replace(/[\s\u3000]+/g, ''));
      if (m === null || text === undefined) return;
      const stem = m[1] + m[3];
      if (stem === '') return;
      numbersOfStem.set(stem, (numbersOfStem.get(stem) ?? new Set()).add(m[2]));
      columns.push(c);
      texts.push(text);
    });
    const wide = [...numbersOfStem].some(([stem, numbers]) => HOURS_STEM.test(stem) && numbers.size >= 2);
    if (wide) return { row: r, columns, texts };
  }
  return undefined;
}

/** The finding's params: the header row (1-based), the columns' span, the first few headers. */
export function wideRegisterParams(w: WideRegister): { row: number; columns: string; examples: string } {
  const first = columnLetter(w.columns[0]);
  const last = columnLetter(w.columns[w.columns.length - 1]);
  return { row: w.row + 1, columns: `${first}–${last}`, examples: w.texts.slice(0, 3).join('、') };
}
