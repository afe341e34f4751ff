/**
 * The ribbon and context-menu commands: every action id of the manifest is associated (guarded where
 * Office.actions is missing), every handler completes its event — also when the action throws or
 * the pane never comes — and the pane is shown where the result is seen.
 */
import {
  ATTACH_TIMEOUT_MS,
  COMMAND_IDS,
  COMMAND_NAMES,
  CommandHub,
  SHOWS_PANE,
  commandHandler,
  registerCommands,
  type CommandEvent,
  type CommandFailure,
  type CommandName,
  type CommandTarget,
} from './commands';

function fakeOffice() {
  const handlers = new Map<string, (e: CommandEvent) => void>();
  const log: string[] = [];
  const office = {
    actions: {
      associate: jest.fn((id: string, fn: (e: CommandEvent) => void) => {
        handlers.set(id, fn);
      }),
    },
    addin: {
      showAsTaskpane: jest.fn(async () => {
        log.push('show');
      }),
    },
  };
  return { office, handlers, log };
}

function target(log: string[], fail?: CommandName): CommandTarget {
  const t = {} as CommandTarget;
  for (const name of COMMAND_NAMES)
    t[name] = async () => {
      log.push(name);
      if (name === fail) throw new Error(`${name} broke`);
    };
  return t;
}

const event = () => ({ completed: jest.fn() });

describe('registerCommands', () => {
  it('associates every action id once, with the ids the manifest uses', () => {
    const { office, handlers } = fakeOffice();
    const ids = registerCommands(office, new CommandHub());
    expect(ids.sort()).toEqual(Object.values(COMMAND_IDS).sort());
    expect(office.actions.associate).toHaveBeenCalledTimes(5);
    expect([...handlers.keys()].sort()).toEqual(
      ['ceCheckLedger', 'ceCheckPerson', 'ceCheckThisPerson', 'ceClearMarks', 'ceWriteReport'].sort(),
    );
  });

  it('does nothing, and does not throw, where Office.actions is missing (preview mode)', () => {
    expect(registerCommands(undefined, new CommandHub())).toEqual([]);
    expect(registerCommands({}, new CommandHub())).toEqual([]);
    expect(registerCommands({ actions: {} }, new CommandHub())).toEqual([]);
    const g = globalThis as { Office?: unknown };
    expect(g.Office).toBeUndefined();
    expect(registerCommands()).toEqual([]);
  });

  it('keeps the other actions when one cannot be associated', () => {
    const { office } = fakeOffice();
    office.actions.associate.mockImplementation((id: string) => {
      if (id === COMMAND_IDS.writeReport) throw new Error('unknown action');
    });
    expect(registerCommands(office, new CommandHub())).toHaveLength(4);
  });
});

describe('command handlers', () => {
  it('each handler shows the pane where needed, runs the pane’s action and completes the event once', async () => {
    const { office, handlers, log } = fakeOffice();
    const hub = new CommandHub();
    hub.attach(target(log));
    registerCommands(office, hub);
    for (const name of COMMAND_NAMES) {
      log.length = 0;
      const e = event();
      await handlers.get(COMMAND_IDS[name])!(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(log).toEqual(SHOWS_PANE[name] ? ['show', name] : [name]);
    }
    expect(SHOWS_PANE.clearMarks).toBe(false);
    expect(COMMAND_NAMES.filter((n) => SHOWS_PANE[n])).toHaveLength(4);
  });

  it('completes the event when the action throws, and hands the failure to the pane', async () => {
    for (const name of COMMAND_NAMES) {
      const { office, log } = fakeOffice();
      const hub = new CommandHub();
      const failures: CommandFailure[] = [];
      hub.attach(target(log, name), (f) => failures.push(f));
      const e = event();
      await commandHandler(name, hub, office)(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
      expect(failures).toEqual([{ command: name, code: 'failed', message: `${name} broke` }]);
    }
  });

  it('completes the event when the pane cannot be shown, and still runs the action', async () => {
    const { office, log } = fakeOffice();
    office.addin.showAsTaskpane.mockRejectedValue(new Error('no pane'));
    const hub = new CommandHub();
    hub.attach(target(log));
    const e = event();
    await commandHandler('checkLedger', hub, office)(e);
    expect(log).toEqual(['checkLedger']);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event even when completed() itself throws or the event is missing', async () => {
    const { office, log } = fakeOffice();
    const hub = new CommandHub();
    hub.attach(target(log));
    const e = {
      completed: jest.fn(() => {
        throw new Error('gone');
      }),
    };
    await expect(commandHandler('clearMarks', hub, office)(e)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
    await expect(commandHandler('clearMarks', hub, office)(undefined as never)).resolves.toBeUndefined();
  });

  it('waits for the pane to attach; if it never does, completes the event and keeps the failure for it', async () => {
    jest.useFakeTimers();
    try {
      const { office, log } = fakeOffice();
      const hub = new CommandHub();
      // Attaches later: the command runs then.
      const e1 = event();
      const first = commandHandler('checkPerson', hub, office)(e1);
      await jest.advanceTimersByTimeAsync(1000);
      expect(e1.completed).not.toHaveBeenCalled();
      const detach = hub.attach(target(log));
      await first;
      expect(log).toEqual(['show', 'checkPerson']);
      expect(e1.completed).toHaveBeenCalledTimes(1);
      detach();
      // Never attaches: completed after the timeout, the failure waits for the pane.
      const e2 = event();
      const second = commandHandler('writeReport', hub, office)(e2);
      await jest.advanceTimersByTimeAsync(ATTACH_TIMEOUT_MS + 1);
      await second;
      expect(e2.completed).toHaveBeenCalledTimes(1);
      const failures: CommandFailure[] = [];
      hub.attach(target(log), (f) => failures.push(f));
      expect(failures).toEqual([expect.objectContaining({ command: 'writeReport', code: 'pane-not-ready' })]);
    } finally {
      jest.useRealTimers();
    }
  });
});
