import { cellText, displayText, isBlankCell, stripSpaces, toHalfWidth, unwrapCellValue } from './text';

describe('unwrapCellValue', () => {
  const date = new Date(Date.UTC(2023, 4, 8));
  it.each<[unknown, unknown]>([
    [8, 8],
    ['8', '8'],
    [null, null],
    [date, date],
    [{ formula: 'A1+1', result: 9 }, 9],
    [{ sharedFormula: 'A1', result: { richText: [{ text: 'a' }] } }, 'a'],
    [{ richText: [{ text: '8' }, { text: '学时' }] }, '8学时'],
    [{ text: '链接', hyperlink: 'https://example.org' }, '链接'],
    [{ error: '#N/A' }, undefined],
  ])('%p → %p', (cell, value) => {
    expect(unwrapCellValue(cell)).toEqual(value);
  });
});

describe('text helpers', () => {
  it.each([
    ['２０２３年５月８日（Ａ）', '2023年5月8日(A)'],
    ['\u3000a\u3000', ' a '],
    ['－～', '-~'],
  ])('toHalfWidth(%p) === %p', (text, out) => {
    expect(toHalfWidth(text)).toBe(out);
  });

  it('stripSpaces removes every kind of space', () => {
    expect(stripSpaces(' a\u3000b\u00a0c\u200bd\r\ne\tf ')).toBe('abcdef');
  });

  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    [' \u3000\n', true],
    [{ richText: [] }, true],
    [0, false],
    ['0', false],
    [false, false],
  ])('isBlankCell(%p) === %p', (cell, blank) => {
    expect(isBlankCell(cell)).toBe(blank);
  });

  it.each<[unknown, string | undefined]>([
    [' ８ 学时 ', '8学时'],
    [8.5, '8.5'],
    [true, 'true'],
    [new Date(0), undefined],
    ['   ', undefined],
  ])('cellText(%p) === %p', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  it('displayText is short and never throws', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(displayText(circular)).toBe('[object Object]');
    expect(displayText('x'.repeat(100))).toHaveLength(60);
    expect(displayText(new Date(Number.NaN))).toBe('Invalid Date');
    expect(displayText(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
  });
});
