/**
 * Rules-core benchmark: credits and summarises synthetic activities for many
 * people and prints activities per second and peak memory. A benchmark, not a
 * timed test (issue 2 target: ≥ 1,000,000 activities/s on a 2-core machine).
 */
import { spawnSync } from 'child_process';
import { BUILT_IN_KINDS, dates, evaluatePerson, evaluateWindow, type Activity } from '../src/rules';

/** A small deterministic PRNG so every run measures the same work. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticActivities(people: number, perPerson: number, seed = 42): Activity[][] {
  const rnd = mulberry32(seed);
  const kinds = BUILT_IN_KINDS.map((k) => k.code);
  // Ledgers are mostly training and public courses: weight them.
  const common = ['job-training', 'public-course', 'academic-event', 'online-learning', 'publication'];
  const out: Activity[][] = [];
  for (let p = 0; p < people; p++) {
    const list: Activity[] = [];
    for (let i = 0; i < perPerson; i++) {
      const kind =
        rnd() < 0.8 ? common[Math.floor(rnd() * common.length)] : kinds[Math.floor(rnd() * kinds.length)];
      const start = dates.dayNumber(
        2019 + Math.floor(rnd() * 5),
        1 + Math.floor(rnd() * 12),
        1 + Math.floor(rnd() * 28),
      );
      const days = 1 + Math.floor(rnd() * 5);
      list.push({
        ref: `S!${p * perPerson + i + 2}`,
        personKey: `p${p}`,
        kind,
        claimedHours: Math.floor(rnd() * 48) + 1,
        start,
        end: start + days - 1,
        months:
          kind === 'posting' || kind.endsWith('leave') || kind === 'abroad-work'
            ? 1 + Math.floor(rnd() * 12)
            : undefined,
        count: 1,
        level: 'B',
        score: 50 + Math.floor(rnd() * 50),
        evidence: rnd() < 0.9 ? '证书' : '',
        title: `项目${Math.floor(rnd() * 1000)}`,
      });
    }
    out.push(list);
  }
  return out;
}

/**
 * Activities are generated in chunks of 1,000 people and only the engine's work
 * is timed; then the same 1,000,000 are generated all at once, held, and timed
 * again: the second figure is the one a checker holding a whole ledger sees.
 */
export function benchRules(activities = 1_000_000, people = 100_000): void {
  const perPerson = Math.round(activities / people);
  const total = people * perPerson;
  const CHUNK = 1000;
  let peak = process.memoryUsage().rss;
  // Warm-up, so the JIT has seen the code.
  const warm = syntheticActivities(2000, perPerson, 7);
  for (let p = 0; p < warm.length; p++) evaluatePerson({ key: `w${p}` }, warm[p]);
  let engineNs = 0n;
  let engineCpuUs = 0;
  let passing = 0;
  let windowsPassing = 0;
  let windowNs = 0n;
  for (let from = 0; from < people; from += CHUNK) {
    const chunk = syntheticActivities(Math.min(CHUNK, people - from), perPerson, 42 + from);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let p = 0; p < chunk.length; p++) {
      const ev = evaluatePerson({ key: `p${from + p}` }, chunk[p]);
      for (const y of ev.years) if (y.compliant) passing++;
    }
    const t1 = process.hrtime.bigint();
    const c1 = process.cpuUsage(c0);
    engineCpuUs += c1.user + c1.system;
    engineNs += t1 - t0;
    if (from < 20_000) {
      for (let p = 0; p < chunk.length; p++) {
        if (evaluateWindow(evaluatePerson({ key: `p${from + p}` }, chunk[p]), 2023).compliant)
          windowsPassing++;
      }
      windowNs += process.hrtime.bigint() - t1;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(engineNs) / 1e9;
  const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(`rules core (node ${nodeOptions()})`);
  console.log(
    `  activities            ${total.toLocaleString('en')} for ${people.toLocaleString('en')} people`,
  );
  console.log(
    `  credit + summarise    ${seconds.toFixed(3)} s  = ${Math.round(total / seconds).toLocaleString('en')} activities/s (target ≥ 1,000,000)`,
  );
  const cpuSeconds = engineCpuUs / 1e6;
  console.log(
    `  CPU time of it        ${cpuSeconds.toFixed(3)} s  = ${Math.round(total / cpuSeconds).toLocaleString('en')} activities per CPU-second (wall time is noisier when other work shares the 2 cores)`,
  );
  console.log(`  passing person-years  ${passing.toLocaleString('en')}`);
  console.log(
    `  windows (2019–2023)   ${Math.min(people, 20_000).toLocaleString('en')} people evaluated + judged in ${(Number(windowNs) / 1e9).toFixed(3)} s, ${windowsPassing.toLocaleString('en')} pass`,
  );
  console.log(
    `  peak RSS              ${mib(peak)} MiB (maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB)`,
  );

  // The same work with every activity generated first and held (as a checker
  // that keeps the whole ledger does): the objects are old and spread over the
  // heap, so reading them costs cache misses the chunked run does not pay.
  const all = syntheticActivities(people, perPerson, 42);
  const r0 = process.hrtime.bigint();
  let residentPassing = 0;
  for (let p = 0; p < all.length; p++) {
    for (const y of evaluatePerson({ key: `p${p}` }, all[p]).years) if (y.compliant) residentPassing++;
  }
  const residentSeconds = Number(process.hrtime.bigint() - r0) / 1e9;
  console.log(
    `  all held in memory    ${residentSeconds.toFixed(3)} s  = ${Math.round(total / residentSeconds).toLocaleString('en')} activities/s (${residentPassing.toLocaleString('en')} passing person-years; maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB)`,
  );
}

/** The Node options this process runs with, as the figures depend on them (see bin/node-flags.js). */
export function nodeOptions(): string {
  const flags = process.execArgv.filter((a) => a.startsWith('--max-') || a.startsWith('--min-'));
  return flags.length > 0 ? flags.join(' ') : "Node's default heap settings";
}

/**
 * The same benchmark in a fresh node started without the checker's options:
 * the engine's speed under Node's default young generation, for comparison.
 */
export function benchRulesWithNodeDefaults(activities: number, people: number): void {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', __filename, String(activities), String(people)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  process.stdout.write(
    child.status === 0 ? child.stdout : `  child run failed: ${child.stderr.split('\n')[0]}\n`,
  );
}

if (require.main === module) {
  const [activities, people] = process.argv.slice(2).map(Number);
  benchRules(activities || undefined, people || undefined);
}
