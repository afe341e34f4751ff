/**
 * Ribbon and context-menu commands (manifest `ExecuteFunction` actions) in the shared runtime.
 *
 * The manifest names each action's function (`<FunctionName>`); here each name is tied to a handler
 * with `Office.actions.associate`, guarded: outside Excel (preview mode, tests) `Office.actions` is
 * missing and nothing is registered. A handler shows the task pane where the result must be seen
 * (`Office.addin.showAsTaskpane()`), runs the pane's own action through the `CommandHub` (the pane
 * attaches to it when it mounts, see `hooks/usePaneCommands.ts`), and ALWAYS calls
 * `event.completed()` — also when the action fails, so Excel never waits on the button.
 */

/**
 * Action ids, as the manifest's `<FunctionName>` elements spell them (plain identifiers).
 * scripts/manifest-tools.js reads this object to check that every manifest action is associated.
 */
export const COMMAND_IDS = {
  /** Ribbon 检查台账: the full check of the chosen ledger sheets. */
  checkLedger: 'ceCheckLedger',
  /** Ribbon 核查本人: the card of the selected row's person. */
  checkPerson: 'ceCheckPerson',
  /** Ribbon 生成报告: the report sheet (after a check, which runs first when there is none). */
  writeReport: 'ceWriteReport',
  /** Ribbon 清除标记: removes the add-in's marks. */
  clearMarks: 'ceClearMarks',
  /** Cell context menu 核查此人: as 核查本人, for the right-clicked row. */
  checkThisPerson: 'ceCheckThisPerson',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export const COMMAND_NAMES = Object.keys(COMMAND_IDS) as CommandName[];

/** Commands whose result is seen in the pane: it is shown first. 清除标记 is seen in the sheet. */
export const SHOWS_PANE: Readonly<Record<CommandName, boolean>> = {
  checkLedger: true,
  checkPerson: true,
  writeReport: true,
  clearMarks: false,
  checkThisPerson: true,
};

/** What the pane does for each command: the same actions as its buttons. */
export type CommandTarget = Record<CommandName, () => Promise<void>>;

/** Why a command failed, for the pane to say in its own words (never a raw exception). */
export interface CommandFailure {
  command: CommandName;
  /** `pane-not-ready` when the pane did not attach in time, else `failed` with the error's message. */
  code: 'pane-not-ready' | 'failed';
  message: string;
}

/** How long a command waits for the pane to attach (it mounts when the shared runtime starts). */
export const ATTACH_TIMEOUT_MS = 30_000;

/** Connects the commands (which may fire before the pane has mounted) to the pane's actions. */
export class CommandHub {
  private target: CommandTarget | undefined;
  private waiting: Array<(t: CommandTarget) => void> = [];
  private failureListener: ((f: CommandFailure) => void) | undefined;
  /** Failures that happened while no pane listened: shown when one attaches. */
  private pending: CommandFailure[] = [];

  /** The pane attaches its actions; returns the detacher. */
  attach(target: CommandTarget, onFailure?: (f: CommandFailure) => void): () => void {
    this.target = target;
    if (onFailure) {
      this.failureListener = onFailure;
      for (const f of this.pending.splice(0)) onFailure(f);
    }
    for (const resolve of this.waiting.splice(0)) resolve(target);
    return () => {
      if (this.target === target) this.target = undefined;
      if (this.failureListener === onFailure) this.failureListener = undefined;
    };
  }

  get attached(): boolean {
    return this.target !== undefined;
  }

  /** Runs a command on the pane, waiting (up to `timeoutMs`) for the pane to attach. */
  async run(name: CommandName, timeoutMs = ATTACH_TIMEOUT_MS): Promise<void> {
    const target = this.target ?? (await this.whenAttached(timeoutMs));
    await target[name]();
  }

  fail(failure: CommandFailure): void {
    if (this.failureListener) this.failureListener(failure);
    else this.pending.push(failure);
  }

  private whenAttached(timeoutMs: number): Promise<CommandTarget> {
    return new Promise((resolve, reject) => {
      const waiter = (t: CommandTarget) => {
        clearTimeout(timer);
        resolve(t);
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        reject(Object.assign(new Error('The task pane did not start.'), { code: 'pane-not-ready' }));
      }, timeoutMs);
      this.waiting.push(waiter);
    });
  }
}

/** The one hub of the shared runtime. */
export const commandHub = new CommandHub();

/** The event Excel passes to an `ExecuteFunction` handler (Office.AddinCommands.Event). */
export interface CommandEvent {
  completed(options?: unknown): void;
  source?: { id?: string };
}

/** The parts of the `Office` global the commands use. */
export interface OfficeCommandsLike {
  actions?: { associate?: (actionId: string, handler: (event: CommandEvent) => void) => void };
  addin?: { showAsTaskpane?: () => Promise<void> };
}

/** The handler of one command: show the pane if needed, run the pane's action, always complete. */
export function commandHandler(
  name: CommandName,
  hub: CommandHub,
  office: OfficeCommandsLike | undefined,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      if (SHOWS_PANE[name] && typeof office?.addin?.showAsTaskpane === 'function') {
        // A pane that cannot be shown does not stop the action (its result stays in the pane).
        await office.addin.showAsTaskpane().catch(() => undefined);
      }
      await hub.run(name);
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code === 'pane-not-ready' ? 'pane-not-ready' : 'failed';
      hub.fail({ command: name, code, message: e instanceof Error ? e.message : String(e) });
    } finally {
      try {
        event?.completed?.();
      } catch {
        // Nothing more to do: Excel has dropped the event.
      }
    }
  };
}

/** The Office global when Office.js has loaded, else undefined. */
function officeGlobal(): OfficeCommandsLike | undefined {
  return (globalThis as { Office?: OfficeCommandsLike }).Office;
}

/**
 * Associates every action id with its handler. Guarded: returns [] when `Office.actions` is missing
 * (preview mode, an Office without the shared runtime). Returns the ids associated.
 */
export function registerCommands(
  office: OfficeCommandsLike | undefined = officeGlobal(),
  hub: CommandHub = commandHub,
): string[] {
  const actions = office?.actions;
  if (!actions || typeof actions.associate !== 'function') return [];
  const done: string[] = [];
  for (const name of COMMAND_NAMES) {
    try {
      actions.associate(COMMAND_IDS[name], commandHandler(name, hub, office));
      done.push(COMMAND_IDS[name]);
    } catch {
      // One action that cannot be associated leaves the others working.
    }
  }
  return done;
}
