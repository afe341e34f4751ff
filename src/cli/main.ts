/** `ce-check` / `npm run check --`: the command line wired to the process. */
import { runCheck } from './run';

void runCheck(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
