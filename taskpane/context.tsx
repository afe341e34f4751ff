/** What every component of the pane gets from above: the workbook port, the language and its words. */
import { createContext, useContext } from 'react';
import type { WorkbookPort } from '../src/excel/port';
import type { Lang, Translate } from './i18n';

export interface PaneEnv {
  port: WorkbookPort;
  lang: Lang;
  t: Translate;
  mode: 'excel' | 'preview';
}

export const PaneContext = createContext<PaneEnv | null>(null);

export function usePane(): PaneEnv {
  const env = useContext(PaneContext);
  if (!env) throw new Error('usePane outside <PaneContext.Provider>');
  return env;
}
