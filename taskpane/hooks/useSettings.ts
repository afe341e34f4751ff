/** The pane's settings, loaded from and saved to the workbook. */
import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../src/excel/port';
import { loadSettings, saveSettings, type PaneSettings } from '../settings';

export function useSettings(port: WorkbookPort) {
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(port));
  const [error, setError] = useState<string | null>(null);
  const update = useCallback(
    (patch: Partial<PaneSettings>) => {
      setSettings((prev) => {
        const next = { ...prev, ...patch, policy: { ...prev.policy, ...(patch.policy ?? {}) } };
        saveSettings(port, next).then(
          () => setError(null),
          (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
        );
        return next;
      });
    },
    [port],
  );
  return { settings, update, error };
}
