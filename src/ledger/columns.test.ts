import fc from 'fast-check';
import { cellAddress, columnIndex, columnLetter } from './columns';

describe('columnLetter / columnIndex', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'], // Excel's last column
  ])('%p ↔ %p', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it.each(['', 'A1', '1', 'A-B', ' A'])('columnIndex(%p) is undefined', (text) => {
    expect(columnIndex(text)).toBeUndefined();
  });

  it('accepts lower case', () => {
    expect(columnIndex('xfd')).toBe(16383);
  });

  it.each([-1, 1.5, NaN])('columnLetter(%p) throws: a programming error, not user data', (n) => {
    expect(() => columnLetter(n)).toThrow(RangeError);
  });

  it('round-trips', () => {
    fc.assert(fc.property(fc.nat(1_000_000), (n) => columnIndex(columnLetter(n)) === n));
    fc.assert(fc.property(fc.stringMatching(/^[A-Z]{1,4}$/), (s) => columnLetter(columnIndex(s)!) === s));
  });

  it('cellAddress', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(11, 2)).toBe('C12');
  });
});
