#!/usr/bin/env node
// The `ce-check` command: runs the TypeScript CLI through tsx, so it works after `npm ci` with no build step.
// Node's options (bin/node-flags.js) must be given when node starts: without
// them, the command starts node once more with them and passes on its exit status.
'use strict';
const { CLI_NODE_FLAGS } = require('./node-flags');

const missing = CLI_NODE_FLAGS.filter((f) => !process.execArgv.includes(f));
if (missing.length > 0) {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, [...process.execArgv, ...missing, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (child.error) {
    process.stderr.write(`ce-check: ${child.error.message}\n`);
    process.exit(2);
  }
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 2);
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts');
}
