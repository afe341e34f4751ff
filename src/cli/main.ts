/** `ce-check` / `npm run check --`: the command line wired to the process. */
import { once } from 'events';
import { runCheck } from './run';

void runCheck(process.argv.slice(2), {
  // A full stdout buffer (a pipe read slowly) is waited for: a large --json output is not held in memory.
  stdout: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
