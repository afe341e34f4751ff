/**
 * Numbers written in Chinese characters, as ledgers typed by hand have them:
 * hours (`十六`, `二十四学时`) and dates (`二〇二四年九月十日至十二日`). Each run
 * of numeral characters becomes its Arabic digits; the rest of the text is
 * kept, so the ordinary number and date readers take it from there.
 */

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const RUN = /[〇零Ｏ一二两三四五六七八九十百]+/g;

/**
 * One run of numerals: with 十/百 a counted value (`二十四` → 24, `一百二十` → 120,
 * `十` → 10); without them digit by digit, as years are written (`二〇二四` → 2024).
 * Undefined for a run that is not a number (`十十`, `百`).
 */
function runValue(run: string): string | undefined {
  if (!/[十百]/.test(run)) {
    if (run.length > 1 && /两/.test(run)) return undefined;
    return [...run].map((c) => DIGIT[c]).join('');
  }
  const m =
    /^(?:([一二两三四五六七八九])百)?(?:([一二两三四五六七八九])?十|零)?([一二三四五六七八九])?$/.exec(run);
  if (!m || run === '零') return undefined;
  const hundreds = m[1] ? DIGIT[m[1]] : 0;
  const hasTen = run.includes('十');
  const tens = hasTen ? (m[2] ? DIGIT[m[2]] : 1) : 0;
  const ones = m[3] ? DIGIT[m[3]] : 0;
  if (!hundreds && !hasTen && !ones) return undefined;
  return String(hundreds * 100 + tens * 10 + ones);
}

/**
 * One number written in characters, as an hours cell has it: a single digit
 * (`八`, `两`, `〇`) or a counted value (`十六`, `二十四`, `一百零八`). Digit by
 * digit runs (`二四`, `三四`: twenty-four, or three or four?) are ambiguous
 * outside a year and give undefined, as do non-numbers (`十十`, `百`) and
 * anything that is not all numerals (`十几`, `二十余`, `若干`).
 * @example chineseNumber('二十四') === 24
 * @example chineseNumber('两') === 2
 * @example chineseNumber('三四') === undefined
 * @example chineseNumber('十几') === undefined
 */
export function chineseNumber(text: string): number | undefined {
  if (!/^[〇零Ｏ一二两三四五六七八九十百]+$/.test(text)) return undefined;
  if (!/[十百]/.test(text) && text.length > 1) return undefined;
  const v = runValue(text);
  return v === undefined ? undefined : Number(v);
}

/**
 * The text with every run of Chinese numerals in Arabic digits; a run that is
 * not a number is left as written. Undefined when the text has no numerals.
 * @example numeralsToDigits('十六') === '16'
 * @example numeralsToDigits('二十四学时') === '24学时'
 * @example numeralsToDigits('二〇二四年九月十日至十二日') === '2024年9月10日至12日'
 * @example numeralsToDigits('半天') === undefined
 */
export function numeralsToDigits(text: string): string | undefined {
  if (!/[〇零Ｏ一二两三四五六七八九十百]/.test(text)) return undefined;
  let changed = false;
  const out = text.replace(RUN, (run) => {
    const v = runValue(run);
    if (v === undefined) return run;
    changed = true;
    return v;
  });
  return changed ? out : undefined;
}
