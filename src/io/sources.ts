/**
 * Which sheets of a workbook to check. Browser-safe. Without a choice, the
 * likeliest ledger sheet (`chooseLedgerSheets`) and every other sheet with the
 * same header (one sheet per department or per year, in workbook order); `all`
 * takes every sheet that looks like a ledger; names pick those sheets.
 */
import { chooseLedgerSheets, defaultLedgerSheets, sheetLooksLikeLedger } from '../ledger/headers';
import type { LedgerSource } from '../ledger/types';
import type { WorkbookData } from './types';

export type SheetChoice =
  | { ok: true; sources: LedgerSource[] }
  | { ok: false; code: 'sheet-not-found' | 'no-ledger-sheet'; params: Record<string, string> };

/**
 * @param sheets sheet names asked for (`--sheet`), or `['all']`; empty for the likeliest one.
 */
export function pickLedgerSources(workbook: WorkbookData, sheets: readonly string[] = []): SheetChoice {
  const file = workbook.file;
  const toSource = (i: number): LedgerSource => ({
    ...(file !== undefined ? { file } : {}),
    sheet: workbook.sheets[i].name,
    rows: workbook.sheets[i].rows,
    date1904: workbook.date1904,
  });
  const fileName = file ?? '';
  // One sheet (every CSV): nothing to choose; the ledger layer says why if it is no ledger.
  if (sheets.length === 0 && workbook.sheets.length === 1) return { ok: true, sources: [toSource(0)] };
  if (sheets.length === 0 || sheets.some((s) => s.toLowerCase() === 'all')) {
    const ranked = chooseLedgerSheets(workbook.sheets);
    if (sheets.length === 0) {
      // A CSV has one sheet: take it even when no header is found, so the ledger layer can say why.
      const best = ranked[0];
      if (!best) return { ok: false, code: 'no-ledger-sheet', params: { file: fileName } };
      if (best.score === 0 && workbook.sheets.length > 1)
        return { ok: false, code: 'no-ledger-sheet', params: { file: fileName } };
      const parts = defaultLedgerSheets(workbook.sheets);
      return { ok: true, sources: parts.map(toSource) };
    }
    const chosen = workbook.sheets
      .map((s, i) => ({ i, score: sheetLooksLikeLedger(s.rows) }))
      .filter((x) => x.score > 0)
      .map((x) => x.i);
    if (chosen.length === 0) return { ok: false, code: 'no-ledger-sheet', params: { file: fileName } };
    return { ok: true, sources: chosen.map(toSource) };
  }
  const sources: LedgerSource[] = [];
  for (const wanted of sheets) {
    const i = workbook.sheets.findIndex((s) => s.name === wanted || s.name.trim() === wanted.trim());
    if (i < 0) {
      // A CSV's single sheet is the file itself: `--sheet` names a workbook's sheets only.
      if (workbook.format === 'csv') continue;
      return {
        ok: false,
        code: 'sheet-not-found',
        params: { file: fileName, sheet: wanted, sheets: workbook.sheets.map((s) => s.name).join('、') },
      };
    }
    if (!sources.some((s) => s.sheet === workbook.sheets[i].name)) sources.push(toSource(i));
  }
  if (sources.length === 0 && workbook.format === 'csv') return pickLedgerSources(workbook, []);
  return { ok: true, sources };
}

/** A sheet read as a stream: its name and the sample of rows that tells whether it looks like a ledger. */
export interface SampledSheet {
  name: string;
  /** `createSheetSample` rows (src/ledger/sheetSample.ts): enough for the same choice as the whole sheet. */
  sample: readonly (readonly unknown[])[];
}

export type SampledChoice = { ok: true; indexes: number[] } | Extract<SheetChoice, { ok: false }>;

/**
 * `pickLedgerSources` for a workbook whose rows streamed past: the same choice
 * from each sheet's sample, as indexes into `sheets` (in the order to read them).
 */
export function pickSampledSheets(
  workbook: Omit<WorkbookData, 'sheets'>,
  sheets: readonly SampledSheet[],
  wanted: readonly string[] = [],
): SampledChoice {
  const samples = sheets.map((s) => ({
    name: s.name,
    rows: s.sample as WorkbookData['sheets'][number]['rows'],
  }));
  const chosen = pickLedgerSources({ ...workbook, sheets: samples }, wanted);
  if (!chosen.ok) return chosen;
  return { ok: true, indexes: chosen.sources.map((src) => samples.findIndex((s) => s.rows === src.rows)) };
}

/**
 * Whether `pickLedgerSources` may choose a sheet of this name, known before its
 * rows are read: any sheet without names asked (or with `all`), every CSV (its
 * one sheet is taken when a name does not match), else a sheet named.
 */
export function sheetMayBeChosen(
  format: WorkbookData['format'],
  name: string,
  wanted: readonly string[] = [],
): boolean {
  if (format === 'csv' || wanted.length === 0 || wanted.some((s) => s.toLowerCase() === 'all')) return true;
  return wanted.some((w) => name === w || name.trim() === w.trim());
}
