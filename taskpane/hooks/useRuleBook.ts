/** The 规则 sheet's user kinds, reloaded when the workbook changes. */
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../src/excel/port';
import { loadRuleBook, type RuleBookState, type RuleSheetReader } from '../ruleBook';

export function useRuleBook(port: WorkbookPort, read: RuleSheetReader, reloads = 0): RuleBookState {
  const [state, setState] = useState<RuleBookState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void loadRuleBook(port, read).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [port, read, reloads]);
  return state;
}
