/**
 * `npm run bench`: every benchmark of the product, printing its figures. It
 * runs node with the checker's options (bin/node-flags.js); the rules core is
 * also measured once more with Node's defaults.
 * Benchmarks, not timed tests: nothing here fails a build. Sizes can be
 * lowered for a quick look with CE_BENCH_QUICK=1.
 */
import { benchRules, benchRulesWithNodeDefaults } from './rules';
import { benchLedger } from './ledger';
import { benchFunctions } from './functions';
import { benchTaskpane } from './taskpane';

async function main(): Promise<void> {
  const quick = process.env.CE_BENCH_QUICK === '1';
  const section = (title: string) => process.stdout.write(`\n== ${title} ==\n`);

  section('rules core (issue 2)');
  const [activities, people] = quick ? [100_000, 10_000] : [1_000_000, 100_000];
  benchRules(activities, people);
  benchRulesWithNodeDefaults(activities, people);

  section('ledger and CLI (issue 3)');
  await benchLedger({
    rows: Number(process.env.CE_BENCH_ROWS ?? (quick ? 20_000 : 100_000)),
    bigRows: Number(process.env.CE_BENCH_BIG_ROWS ?? (quick ? 100_000 : 1_000_000)),
  });

  section('custom functions (issue 5)');
  await benchFunctions();

  section('task pane in Chromium (issue 6)');
  await benchTaskpane();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
