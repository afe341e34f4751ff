import { numeralsToDigits } from './chineseNumerals';

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
