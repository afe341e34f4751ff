import { detectCapabilities } from './capabilities';
import { encodeRuns, decodeRuns, normalizeMarks, parseMarkState } from './marks';
import { priorColor } from './officeWorkbook';
import { retryInCellEditMode } from './retry';

const editMode = () => Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' });

describe('retryInCellEditMode', () => {
  it('retries cell-edit-mode rejections with growing delays', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryInCellEditMode(
      async () => {
        if (++calls < 3) throw editMode();
        return 'ok';
      },
      { delayMs: 100, sleep: async (ms) => void delays.push(ms) },
    );
    expect(result).toBe('ok');
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the attempts and rethrows other errors at once', async () => {
    let calls = 0;
    await expect(
      retryInCellEditMode(async () => (calls++, Promise.reject(editMode())), {
        attempts: 3,
        sleep: async () => {},
      }),
    ).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      retryInCellEditMode(async () => (calls++, Promise.reject(new Error('other'))), {
        sleep: async () => {},
      }),
    ).rejects.toThrow('other');
    expect(calls).toBe(1);
  });
});

describe('capabilities', () => {
  it('maps ExcelApi versions and tolerates a missing or throwing isSetSupported', () => {
    const upTo = (minor: number) => (_: string, v?: string) => Number(v!.split('.')[1]) <= minor;
    expect(detectCapabilities(upTo(8))).toEqual({
      suspendCalculation: true,
      fillPattern: false,
      comments: false,
      // workbook.onSelectionChanged is ExcelApi 1.2 (SelectionChangedEventArgs), not 1.10.
      selectionEvents: true,
      // Custom conditional-format rules (the marks) are ExcelApi 1.6; charts 1.1.
      conditionalFormats: true,
      charts: true,
    });
    expect(detectCapabilities(upTo(5)).conditionalFormats).toBe(false);
    expect(detectCapabilities(upTo(0)).charts).toBe(false);
    expect(detectCapabilities(upTo(1)).selectionEvents).toBe(false);
    // suspendApiCalculationUntilNextSync is ExcelApi 1.6.
    expect(detectCapabilities(upTo(5)).suspendCalculation).toBe(false);
    expect(detectCapabilities(upTo(6)).suspendCalculation).toBe(true);
    expect(detectCapabilities(upTo(2)).selectionEvents).toBe(true);
    expect(detectCapabilities(upTo(10)).comments).toBe(true);
    expect(detectCapabilities(undefined).suspendCalculation).toBe(false);
    expect(
      detectCapabilities(() => {
        throw new Error('x');
      }).comments,
    ).toBe(false);
  });
});

describe('mark helpers', () => {
  it('merges marks per row with the highest severity', () => {
    expect(
      normalizeMarks([
        { sheet: 'L', row: 4, note: 'a', severity: 'info' },
        { sheet: 'L', row: 2, note: 'b', severity: 'warning' },
        { sheet: 'L', row: 4, note: 'c', severity: 'error' },
        { sheet: 'L', row: 0, note: 'bad', severity: 'error' },
      ]),
    ).toEqual([
      { sheet: 'L', row: 2, note: 'b', severity: 'warning' },
      { sheet: 'L', row: 4, note: 'a\nc', severity: 'error' },
    ]);
  });

  it('run-length encodes prior fills', () => {
    const rows = [
      { row: 2, value: null },
      { row: 3, value: null },
      { row: 4, value: '#FFFF00' },
      { row: 6, value: '#FFFF00' },
      { row: 7, value: ['#FFFF00', null] },
    ];
    const runs = encodeRuns<unknown>(rows);
    expect(runs).toEqual([
      [2, 2, null],
      [4, 1, '#FFFF00'],
      [6, 1, '#FFFF00'],
      [7, 1, ['#FFFF00', null]],
    ]);
    expect(decodeRuns(runs)).toEqual(rows);
    expect(parseMarkState(JSON.stringify({ v: 1, sheets: [] }))).toEqual({ v: 1, sheets: [] });
    expect(parseMarkState('{')).toBeNull();
  });

  it('tells no fill from white when the pattern is known', () => {
    expect(priorColor('#FFFFFF', 'None')).toBeNull();
    expect(priorColor('#FFFFFF', 'Solid')).toBe('#FFFFFF');
    expect(priorColor('#FFFFFF')).toBeNull();
    expect(priorColor('#FFFF00')).toBe('#FFFF00');
  });
});
