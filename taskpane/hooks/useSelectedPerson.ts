/**
 * Follows the workbook's selection to the person on the selected ledger row. Selection events only
 * signal; the hook debounces them (250 ms) and then reads the selection ONCE (`port.getSelection()`,
 * one `Excel.run` in Excel): five quick changes are one read.
 */
import { useEffect, useState } from 'react';
import type { Selection, WorkbookPort } from '../../src/excel/port';
import { rowKey, type RowIndex } from '../runCheck';

export const SELECTION_DEBOUNCE_MS = 250;

export interface SelectedRow {
  selection: Selection;
  /** The person on that row, or null when the row is nobody's. */
  personKey: string | null;
}

export function useSelectedPerson(port: WorkbookPort, rows: RowIndex | null, delay = SELECTION_DEBOUNCE_MS) {
  const [selection, setSelection] = useState<Selection | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let remove: (() => Promise<void>) | undefined;
    let live = true;
    /** Only the latest read may set the selection. */
    let reads = 0;
    const read = () => {
      timer = undefined;
      const mine = ++reads;
      port
        .getSelection()
        .then((sel) => {
          if (live && mine === reads && sel) setSelection(sel);
        })
        .catch(() => undefined);
    };
    port
      .onSelectionChanged(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(read, delay);
      })
      .then((r) => {
        if (live) remove = r;
        else void r();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      void remove?.();
    };
  }, [port, delay]);
  if (!selection) return null;
  const personKey = rows?.get(rowKey(selection.sheet, selection.row)) ?? null;
  return { selection, personKey } satisfies SelectedRow;
}
