// Node options the checker runs with, shared by `bin/ce-check.js`, the npm
// scripts (package.json repeats them; test/cli/nodeFlags.test.ts keeps the two
// in step) and the benchmarks.
//
// A check makes mostly short-lived objects: the xlsx reader's cells, the
// engine's per-person results. Node's default young generation (semi-spaces
// growing from 1 MB to at most 16 MB) is too small for that: objects still in
// use at a scavenge are promoted to the old generation, which then has to be
// marked and swept again and again. With 32 MB semi-spaces the full check of
// a 1,000,000-row ledger took 23 s and 616 MB instead of 40 s and 913 MB
// (bench/ledger.ts, 2 cores). The option only counts when node starts.
'use strict';
module.exports = { CLI_NODE_FLAGS: ['--max-semi-space-size=32'] };
