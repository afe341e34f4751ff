/** 检查 with a progress bar and a cancel button; saves the confirmed mappings. */
import { useCallback, useRef, useState } from 'react';
import type { CellValue, WorkbookPort } from '../../src/excel/port';
import type { ColumnMap } from '../../src/ledger/headers';
import type { RuleBook } from '../../src/rules/rulebook';
import type { Lang } from '../i18n';
import { runCheck, type CheckProgress, type CheckResult } from '../runCheck';
import { loadMappings, saveMappings, type PaneSettings } from '../settings';

export type CheckStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface CheckArgs {
  sheets: string[];
  mappings: Record<string, ColumnMap>;
  settings: PaneSettings;
  lang: Lang;
  book?: RuleBook;
  /** Sheets that may be a 汇总 (useLedgerSheets). */
  summarySheets?: readonly string[];
}

export function useCheck(port: WorkbookPort) {
  const [status, setStatus] = useState<CheckStatus>('idle');
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Runs 检查; resolves with the result (null when cancelled, failed or overtaken by a newer run). */
  const run = useCallback(
    async (args: CheckArgs, cache?: ReadonlyMap<string, CellValue[][]>): Promise<CheckResult | null> => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setStatus('running');
      setError(null);
      setProgress(null);
      try {
        // The mapping shown is the one confirmed by pressing 检查: keep it for next time.
        await saveMappings(port, { ...loadMappings(port), ...args.mappings });
        const r = await runCheck(port, { ...args, signal: ac.signal, onProgress: setProgress, cache });
        if (controller.current !== ac) return null;
        setResult(r);
        setStatus('done');
        return r;
      } catch (e) {
        if (controller.current !== ac) return null;
        if ((e as Error)?.name === 'AbortError') setStatus('cancelled');
        else {
          setError(e instanceof Error ? e.message : String(e));
          setStatus('failed');
        }
        return null;
      } finally {
        if (controller.current === ac) controller.current = null;
      }
    },
    [port],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { status, progress, result, error, run, cancel };
}
