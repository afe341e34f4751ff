import { displayedValue, MAX_CELL_CHARS, needsTextGuard, safeCellValue } from './safeText';
import { excelParse } from './testkit/excelMock';

describe('safeCellValue', () => {
  it.each([
    '=SUM(A1)',
    '+86 138 0013 8000',
    '-5',
    '@foo',
    "'quoted",
    '00123',
    '370202199001011234',
    '2023-05-01',
    '5%',
    'TRUE',
    'false',
    '#N/A',
    '(5)',
    ' 12',
    'Jan 5',
    '.5',
  ])('guards %s with an apostrophe and Excel keeps it as the same text', (text) => {
    expect(needsTextGuard(text)).toBe(true);
    const written = safeCellValue(text);
    expect(written).toBe(`'${text}`);
    expect(excelParse(written)).toEqual({ value: text, textPrefix: true });
  });

  it.each(['张三', '公需科目', 'Name', 'A1', 'x=1', '学时-5'])('leaves %s as is', (text) => {
    expect(needsTextGuard(text)).toBe(false);
    expect(safeCellValue(text)).toBe(text);
    expect(excelParse(text)).toEqual({ value: text });
  });

  it('shows what the unguarded text would have become', () => {
    expect(excelParse('=SUM(A1)').formula).toBe('=SUM(A1)');
    expect(excelParse('-5')).toEqual({ value: -5 });
    expect(excelParse('+86 138').formula).toBeDefined();
  });

  it('passes numbers and booleans, empties null and non-finite numbers, truncates to the cell limit', () => {
    expect(safeCellValue(12.5)).toBe(12.5);
    expect(safeCellValue(false)).toBe(false);
    expect(safeCellValue(null)).toBe('');
    expect(safeCellValue(NaN)).toBe('');
    expect(String(safeCellValue('x'.repeat(40000))).length).toBe(MAX_CELL_CHARS - 1);
    expect(displayedValue('')).toBeNull();
    expect(displayedValue('=x')).toBe('=x');
  });
});
