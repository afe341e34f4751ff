/**
 * Rules-core benchmark: credits and summarises synthetic activities for many
 * people and prints activities per second and peak memory. A benchmark, not a
 * timed test (issue 2 target: ≥ 1,000,000 activities/s on a 2-core machine).
 */
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
      const kind = rnd() < 0.8 ? common[Math.floor(rnd() * common.length)] : kinds[Math.floor(rnd() * kinds.length)];
      const start = dates.dayNumber(2019 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
      const days = 1 + Math.floor(rnd() * 5);
      list.push({
        ref: `S!${p * perPerson + i + 2}`,
        personKey: `p${p}`,
        kind,
        claimedHours: Math.floor(rnd() * 48) + 1,
        start,
        end: start + days - 1,
        months: kind === 'posting' || kind.endsWith('leave') || kind === 'abroad-work' ? 1 + Math.floor(rnd() * 12) : undefined,
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

export function benchRules(activities = 1_000_000, people = 100_000): void {
  const perPerson = Math.round(activities / people);
  const ledger = syntheticActivities(people, perPerson);
  const total = people * perPerson;
  let peak = process.memoryUsage().rss;
  // Warm-up on a slice, so the JIT has seen the code.
  for (let p = 0; p < Math.min(2000, people); p++) evaluatePerson({ key: `p${p}` }, ledger[p]);
  const t0 = process.hrtime.bigint();
  let passing = 0;
  for (let p = 0; p < people; p++) {
    const ev = evaluatePerson({ key: `p${p}` }, ledger[p]);
    for (const y of ev.years) if (y.compliant) passing++;
    if ((p & 4095) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t1 = process.hrtime.bigint();
  const seconds = Number(t1 - t0) / 1e9;
  // Windows for everyone, on the same evaluations' shape (re-evaluated: pure functions, no cache).
  const w0 = process.hrtime.bigint();
  let windowsPassing = 0;
  const windowPeople = Math.min(people, 20_000);
  for (let p = 0; p < windowPeople; p++) {
    if (evaluateWindow(evaluatePerson({ key: `p${p}` }, ledger[p]), 2023).compliant) windowsPassing++;
  }
  const w1 = process.hrtime.bigint();
  peak = Math.max(peak, process.memoryUsage().rss);
  const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log('rules core');
  console.log(`  activities            ${total.toLocaleString('en')} for ${people.toLocaleString('en')} people`);
  console.log(`  credit + summarise    ${seconds.toFixed(3)} s  = ${Math.round(total / seconds).toLocaleString('en')} activities/s (target ≥ 1,000,000)`);
  console.log(`  passing person-years  ${passing.toLocaleString('en')}`);
  console.log(`  windows (2019–2023)   ${windowPeople.toLocaleString('en')} people in ${(Number(w1 - w0) / 1e9).toFixed(3)} s, ${windowsPassing.toLocaleString('en')} pass`);
  console.log(`  peak RSS              ${mib(peak)} MiB (process.resourceUsage maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB)`);
}

if (require.main === module) benchRules();
