import { plainCellValue, plainRow } from './cells';

describe('plainCellValue', () => {
  const d = new Date(Date.UTC(2023, 4, 8));
  it.each<[string, unknown, unknown]>([
    ['rich text → text', { richText: [{ text: '24' }, { font: {}, text: '学时' }] }, '24学时'],
    ['formula → its result', { formula: 'SUM(A1:A3)', result: 90 }, 90],
    ['formula without a cached result → null', { formula: 'A1' }, null],
    ['shared formula → its result', { sharedFormula: 'A2', result: '公需' }, '公需'],
    ['formula giving rich text', { formula: 'A1', result: { richText: [{ text: 'x' }] } }, 'x'],
    ['hyperlink → text', { text: '证书', hyperlink: 'http://x' }, '证书'],
    [
      'hyperlink with rich text',
      { text: { richText: [{ text: '证' }, { text: '书' }] }, hyperlink: 'h' },
      '证书',
    ],
    ['error → null', { error: '#N/A' }, null],
    ['date stays a Date', d, d],
    ['number', 24, 24],
    ['NaN → null', Number.NaN, null],
    ['boolean', true, true],
    ['undefined → null', undefined, null],
  ])('%s', (_label, input, expected) => {
    expect(plainCellValue(input)).toEqual(expected);
  });
});

describe('plainRow', () => {
  it('turns exceljs 1-based values with holes into a dense row, trailing blanks trimmed', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(plainRow([, '张三', , 24, null, ''])).toEqual(['张三', null, 24]);
  });
  it('gives [] for anything that is not an array', () => {
    expect(plainRow(undefined)).toEqual([]);
  });
});
