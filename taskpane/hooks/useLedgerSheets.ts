/**
 * On open: list the workbook's sheets, read them, pick the likeliest ledger
 * (or several), and hold the column mapping of each chosen sheet — the saved
 * one when the workbook has it, else the detected one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CellValue, WorkbookPort } from '../../src/excel/port';
import type { FieldCode } from '../../src/ledger/fields';
import type { ColumnMap } from '../../src/ledger/headers';
import { REPORTS_SETTING, readRegistry } from '../../src/excel/reports';
import {
  isOwnSheet,
  mappingView,
  rankLedgerSheets,
  remap,
  type MappingView,
  type SheetCandidate,
} from '../ledgerSheets';
import { loadMappings } from '../settings';

export interface LedgerSheetsState {
  loading: boolean;
  error: string | null;
  candidates: SheetCandidate[];
  selected: string[];
  values: ReadonlyMap<string, CellValue[][]>;
  views: Record<string, MappingView>;
  /** Sheets whose mapping came from the workbook's settings. */
  saved: ReadonlySet<string>;
  /** Sheets that may be a 汇总, set against the check when not checked as ledger. */
  summaries: string[];
}

const EMPTY: LedgerSheetsState = {
  loading: true,
  error: null,
  candidates: [],
  selected: [],
  values: new Map(),
  views: {},
  saved: new Set(),
  summaries: [],
};

export function useLedgerSheets(port: WorkbookPort) {
  const [state, setState] = useState<LedgerSheetsState>(EMPTY);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      setState((s) => ({ ...s, loading: true, error: null }));
      const infos = await port.listSheets();
      const reports = Object.keys(readRegistry(port.getSetting(REPORTS_SETTING)).sheets);
      const values = new Map<string, CellValue[][]>();
      for (const info of infos) {
        if (!info.visible || info.rowCount === 0 || isOwnSheet(info.name, reports)) continue;
        values.set(info.name, await port.readSheetValues(info.name));
      }
      const { candidates, chosen, summaries } = rankLedgerSheets(infos, values, reports);
      const stored = loadMappings(port);
      const views: Record<string, MappingView> = {};
      for (const c of candidates) views[c.name] = mappingView(values.get(c.name) ?? [], stored[c.name]);
      if (!live) return;
      setState({
        loading: false,
        error: null,
        candidates,
        selected: chosen,
        values,
        views,
        saved: new Set(Object.keys(stored)),
        summaries,
      });
    })().catch((e: unknown) => {
      if (live) setState({ ...EMPTY, loading: false, error: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      live = false;
    };
  }, [port, reloads]);

  const toggle = useCallback((sheet: string, on: boolean) => {
    setState((s) => {
      const selected = on ? [...new Set([...s.selected, sheet])] : s.selected.filter((x) => x !== sheet);
      const order = s.candidates.map((c) => c.name);
      selected.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { ...s, selected };
    });
  }, []);

  const setColumn = useCallback((sheet: string, field: FieldCode, column: number | null) => {
    setState((s) => {
      const view = s.views[sheet];
      if (!view) return s;
      return {
        ...s,
        views: { ...s.views, [sheet]: { ...view, columns: remap(view.columns, field, column) } },
      };
    });
  }, []);

  const mappings = useCallback((): Record<string, ColumnMap> => {
    const out: Record<string, ColumnMap> = {};
    for (const sheet of state.selected) if (state.views[sheet]) out[sheet] = state.views[sheet].columns;
    return out;
  }, [state.selected, state.views]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, toggle, setColumn, mappings, reload };
}
