/**
 * The checker's Node options (bin/node-flags.js): the `ce-check` command starts
 * node with them when it was started without, and the npm scripts that run the
 * checker or the benchmarks give them too.
 */
import { spawnSync } from 'child_process';
import { readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { tempDir } from './fixtures';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'ce-check.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CLI_NODE_FLAGS } = require('../../bin/node-flags.js') as { CLI_NODE_FLAGS: string[] };

describe('the checker’s Node options', () => {
  it('are a young generation of 32 MB semi-spaces', () => {
    expect(CLI_NODE_FLAGS).toEqual(['--max-semi-space-size=32']);
  });

  it('are given by npm run check, demo and bench', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const name of ['check', 'demo', 'bench']) {
      for (const flag of CLI_NODE_FLAGS) expect(scripts[name]).toContain(`node ${flag} `);
    }
  });

  it('reach the process that runs the check when ce-check is started without them, and its exit status comes back', () => {
    const dir = tempDir();
    const log = join(dir, 'execArgv.log');
    const probe = join(dir, 'probe.js');
    rmSync(log, { force: true });
    // Preloaded into every node process started below (NODE_OPTIONS is inherited): records its
    // options. Preloads can also run in worker threads (the module-loader thread tsx may start): only
    // main threads log, one line per process.
    writeFileSync(
      probe,
      `if (require('worker_threads').isMainThread) require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv) + '\\n');`,
    );
    const r = spawnSync(process.execPath, [BIN, join(dir, 'missing.xlsx')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
      timeout: 60_000,
    });
    expect(r.status).toBe(2); // the child's status: the file cannot be read
    expect(r.stderr).toContain('missing.xlsx');
    const runs = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    expect(runs).toHaveLength(2);
    expect(runs[0]).not.toContain(CLI_NODE_FLAGS[0]);
    expect(runs[1]).toEqual(expect.arrayContaining(CLI_NODE_FLAGS));
  });
});
