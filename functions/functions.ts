// Excel custom functions (namespace QD). Placeholder with one real function;
// the full set replaces this file. The JSDoc of each function is the source of
// functions.json (custom-functions-metadata-plugin); the Chinese texts live in
// functions-zh-cn.source.json and are overlaid at build time. Keep this header
// a line comment: the metadata parser would take a leading /** block as the
// first function's description.

/**
 * Returns the continuing-education window for a professional title: the first and last year whose hours count.
 * @customfunction CEWINDOW
 * @param titleYear Year the current professional title was obtained.
 * @param [qualificationYear] Year the qualification was obtained; the window starts no earlier than the year after it.
 * @returns One row: start year, end year.
 */
export function CEWINDOW(titleYear: number, qualificationYear?: number): number[][] {
  if (!Number.isInteger(titleYear)) {
    throw new Error('titleYear must be a whole year');
  }
  // Excel passes null (or undefined) for an omitted optional argument.
  if (qualificationYear != null && !Number.isInteger(qualificationYear)) {
    throw new Error('qualificationYear must be a whole year');
  }
  let start = titleYear - 4;
  if (qualificationYear != null && qualificationYear + 1 > start) {
    start = qualificationYear + 1;
  }
  return [[start, titleYear]];
}
