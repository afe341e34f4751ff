/**
 * A 年度 cell naming two years (`2023—2024`, `2025-2026年度`, `2023至2024年`): a
 * posting, a leave or a course that runs over New Year, written once with both
 * years. It names no single year to credit; the dates split the activity
 * (interpretations.md "Which year").
 */
import { stripSpaces, toHalfWidth, unwrapCellValue } from './text';

export interface YearSpan {
  from: number;
  to: number;
}

const SPAN = /^(\d{4})年?度?(?:-|－|—|–|―|~|～|〜|至|到)+(\d{4})年?度?$/;

/**
 * The two years of a 年度 cell that names a span of years, or undefined.
 * @example parseYearSpan('2023—2024') → { from: 2023, to: 2024 }
 */
export function parseYearSpan(value: unknown): YearSpan | undefined {
  const v = unwrapCellValue(value);
  if (typeof v !== 'string') return undefined;
  const m = SPAN.exec(stripSpaces(toHalfWidth(v)));
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from < to && from >= 1950 && to <= 2100 ? { from, to } : undefined;
}
