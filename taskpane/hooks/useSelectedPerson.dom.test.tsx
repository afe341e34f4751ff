/**
 * Selection handled with one debounced read: Excel's selection event only signals, the pane waits
 * until the user stops moving (250 ms), then ONE Excel.run (one sync) reads the selection. Checked on
 * the Office adapter over office-addin-mock, with fake timers.
 */
import { act, renderHook } from '@testing-library/react';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { MockBook } from '../../src/excel/testkit/excelMock';
import { rowKey } from '../runCheck';
import { SELECTION_DEBOUNCE_MS, useSelectedPerson } from './useSelectedPerson';

const noSleep = { sleep: async () => {} };

function setup(apiMinor = 10) {
  const book = new MockBook([
    {
      name: '台账',
      values: [
        ['姓名', '学时'],
        ['张伟', 8],
        ['李娜', 6],
        ['王芳', 4],
        ['赵磊', 2],
        ['孙丽', 1],
        ['周杰', 3],
      ],
    },
  ]);
  book.apiMinor = apiMinor;
  const wb = new OfficeWorkbook({ excel: book.excel as never, office: book.office as never, retry: noSleep });
  return { book, wb };
}

/**
 * Lets the mock's promise chains (Excel.run → sync → handler) settle. The mock's sync waits for a 0 ms
 * timer, which fake timers may clamp to a few ms when it is set from a timer callback; so the clock
 * moves 1 ms per round, 20 ms per settle at most: well below the 250 ms debounce.
 */
async function settle() {
  for (let i = 0; i < 20; i++) {
    for (let j = 0; j < 20; j++) await Promise.resolve();
    jest.advanceTimersByTime(1);
  }
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

describe('useSelectedPerson on the Office adapter', () => {
  it('five quick selection changes → one Excel.run and one sync, after the debounce, for the last cell', async () => {
    const { book, wb } = setup();
    const rows = new Map([[rowKey('台账', 7), 'NAME:周杰']]);
    const { result, unmount } = renderHook(() => useSelectedPerson(wb, rows));
    await act(settle);
    expect(book.handlerCount).toBe(1);
    const runs = book.runs;
    const syncs = book.syncs;
    for (let r = 2; r <= 6; r++) {
      await act(async () => {
        await book.userSelects('台账', r, 0); // 0-based: rows 3…7
        jest.advanceTimersByTime(50);
        await settle();
      });
    }
    // The events only signalled: nothing was read yet.
    expect(book.runs).toBe(runs);
    expect(book.syncs).toBe(syncs);
    expect(result.current).toBeNull();
    await act(async () => {
      jest.advanceTimersByTime(SELECTION_DEBOUNCE_MS);
      await settle();
    });
    expect(book.runs - runs).toBe(1);
    expect(book.syncs - syncs).toBe(1);
    expect(result.current).toEqual({
      selection: { sheet: '台账', row: 7, column: 1 },
      personKey: 'NAME:周杰',
    });
    // Quiet afterwards: no further reads.
    await act(async () => {
      jest.advanceTimersByTime(5 * SELECTION_DEBOUNCE_MS);
      await settle();
    });
    expect(book.runs - runs).toBe(1);
    unmount();
    await act(settle);
    expect(book.handlerCount).toBe(0);
  });

  it('a row that belongs to nobody gives no person; a later selection is read again', async () => {
    const { book, wb } = setup();
    const rows = new Map([[rowKey('台账', 2), 'NAME:张伟']]);
    const { result } = renderHook(() => useSelectedPerson(wb, rows));
    await act(settle);
    await act(async () => {
      await book.userSelects('台账', 0, 0);
      await settle();
    });
    await act(async () => {
      jest.advanceTimersByTime(SELECTION_DEBOUNCE_MS);
      await settle();
    });
    expect(result.current).toEqual({ selection: { sheet: '台账', row: 1, column: 1 }, personKey: null });
    await act(async () => {
      await book.userSelects('台账', 1, 1);
      await settle();
    });
    await act(async () => {
      jest.advanceTimersByTime(SELECTION_DEBOUNCE_MS);
      await settle();
    });
    expect(result.current).toEqual({
      selection: { sheet: '台账', row: 2, column: 2 },
      personKey: 'NAME:张伟',
    });
  });

  it('registers at ExcelApi 1.2 (workbook.onSelectionChanged) and not below', async () => {
    for (const [minor, handlers] of [
      [1, 0],
      [2, 1],
    ] as const) {
      const { book, wb } = setup(minor);
      const { unmount } = renderHook(() => useSelectedPerson(wb, null));
      await act(settle);
      expect(book.handlerCount).toBe(handlers);
      unmount();
      await act(settle);
    }
  });
});
