import { chineseNumber, numeralsToDigits } from './chineseNumerals';

describe('numeralsToDigits: numbers a hand-kept card writes in characters', () => {
  it.each<[string, string | undefined]>([
    ['十六', '16'],
    ['十', '10'],
    ['二十四学时', '24学时'],
    ['一百二十', '120'],
    ['两天', '2天'],
    ['二〇二四年九月十日至十二日', '2024年9月10日至12日'],
    ['二〇二五年上半年', '2025年上半年'],
    ['半天', undefined],
    ['合格', undefined],
    ['十十', undefined],
  ])('%s → %s', (text, digits) => {
    expect(numeralsToDigits(text)).toBe(digits);
  });
});

describe('chineseNumber: one number, as an hours cell says it', () => {
  it.each<[string, number | undefined]>([
    ['八', 8],
    ['两', 2],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['十六', 16],
    ['二十', 20],
    ['二十四', 24],
    ['两百', 200],
    ['一百零八', 108],
    ['一百二十', 120],
    // Digit by digit is a year's way; in hours it is ambiguous (二四: 24? 2–4?).
    ['二四', undefined],
    ['三四', undefined],
    ['二〇二四', undefined],
    ['十几', undefined],
    ['二十几', undefined],
    ['二十余', undefined],
    ['若干', undefined],
    ['十十', undefined],
    ['百', undefined],
    ['十两', undefined],
    ['', undefined],
    ['16', undefined],
  ])('%s → %p', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });
});
