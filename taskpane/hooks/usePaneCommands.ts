/**
 * The pane's side of the ribbon and context-menu commands: attaches the pane's actions to the command
 * hub while the pane is mounted. Commands that need the ledger sheets (检查台账, 生成报告) wait until the
 * pane has listed them; the others run at once. Failures are kept for the pane to show.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  commandHub,
  COMMAND_NAMES,
  type CommandFailure,
  type CommandHub,
  type CommandName,
  type CommandTarget,
} from '../commands';

/** Commands that use the ledger sheets the pane lists on open. */
const NEEDS_SHEETS: ReadonlySet<CommandName> = new Set(['checkLedger', 'writeReport']);

export function usePaneCommands(target: CommandTarget, sheetsReady: boolean, hub: CommandHub = commandHub) {
  const latest = useRef(target);
  latest.current = target;
  const ready = useRef(sheetsReady);
  ready.current = sheetsReady;
  const waiters = useRef<Array<() => void>>([]);
  const [failure, setFailure] = useState<CommandFailure | null>(null);

  useEffect(() => {
    if (sheetsReady) for (const w of waiters.current.splice(0)) w();
  }, [sheetsReady]);

  useEffect(() => {
    const whenReady = () =>
      ready.current ? Promise.resolve() : new Promise<void>((resolve) => waiters.current.push(resolve));
    const attached = {} as CommandTarget;
    for (const name of COMMAND_NAMES) {
      attached[name] = async () => {
        // A new command replaces the last one's failure message.
        setFailure(null);
        if (NEEDS_SHEETS.has(name)) await whenReady();
        // The latest render's action (its state), not the one of the render that attached.
        await latest.current[name]();
      };
    }
    return hub.attach(attached, setFailure);
  }, [hub]);

  const dismiss = useCallback(() => setFailure(null), []);
  return { failure, dismiss };
}
