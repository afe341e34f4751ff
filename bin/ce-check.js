#!/usr/bin/env node
// The `ce-check` command: runs the TypeScript CLI through tsx, so it works after `npm ci` with no build step.
require('tsx/cjs');
require('../src/cli/main.ts');
