/**
 * The bureau's spot check (六(三) 随机抽查): a reproducible random sample of
 * people, stratified by unit. The same seed gives the same sample on any
 * machine: people are ordered by their key within each unit, shuffled by a
 * seeded generator (integer arithmetic), and each unit gives its share.
 */
import { mulberry32 } from './random';
import { unitOf } from './units';
import type { ReportPersonSummary } from './types';

export type SampleSize = { count: number } | { percent: number };

/** `10` → 10 people; `5%` → 5 per cent of each unit. Undefined when neither. */
export function parseSampleSize(text: string): SampleSize | undefined {
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (pct) {
    const percent = Number(pct[1]);
    return percent > 0 && percent <= 100 ? { percent } : undefined;
  }
  return /^\d+$/.test(text) && Number(text) > 0 ? { count: Number(text) } : undefined;
}

/**
 * How many each unit gives: a percentage rounds up in each unit (at least one
 * from every unit that has people); a count is shared out in proportion to the
 * units' sizes by largest remainder (ties to the earlier unit), never more than
 * a unit has.
 */
export function allocate(sizes: readonly number[], size: SampleSize): number[] {
  if ('percent' in size) return sizes.map((n) => Math.min(n, Math.ceil((n * size.percent) / 100)));
  const total = sizes.reduce((a, b) => a + b, 0);
  const want = Math.min(size.count, total);
  if (total === 0) return sizes.map(() => 0);
  const exact = sizes.map((n) => (n * want) / total);
  const out = exact.map(Math.floor);
  let left = want - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (out[i] < sizes[i]) {
      out[i]++;
      left--;
    }
  }
  return out;
}

/** The sampled people, unit by unit in the order units first appear, each unit's in sampled order. */
export function drawSample<P extends ReportPersonSummary>(
  people: readonly P[],
  size: SampleSize,
  seed: number,
): P[] {
  const units = new Map<string, P[]>();
  for (const p of people) {
    const u = unitOf(p);
    const list = units.get(u);
    if (list) list.push(p);
    else units.set(u, [p]);
  }
  const lists = [...units.values()].map((list) =>
    [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  );
  const counts = allocate(
    lists.map((l) => l.length),
    size,
  );
  const random = mulberry32(seed);
  const out: P[] = [];
  lists.forEach((list, u) => {
    // Fisher–Yates, from the end; only the first counts[u] places are needed.
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    out.push(...list.slice(0, counts[u]));
  });
  return out;
}
