/** `ce-check` / `npm run check --`: the command line wired to the process. */
import { once } from 'events';
import { runCheck } from './run';

// The reader of a pipe stopped reading (`ce-check … --json | head`): the rest of
// the output is not wanted, so the check ends quietly, as other commands do,
// instead of reporting the broken pipe as an internal error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

void runCheck(process.argv.slice(2), {
  // A full stdout buffer (a pipe read slowly) is waited for: a large --json output is not held in memory.
  stdout: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
