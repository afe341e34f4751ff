/**
 * Matching a ledger's words to a kind of activity: exact alias first, then the
 * longest alias contained in the text. Two kinds tied on the longest alias is
 * ambiguous and reported, never guessed.
 */
import { normaliseText } from './text';
import type { ActivityKind } from './types';

export type KindMatch =
  | { ok: true; kind: ActivityKind; via: 'alias' | 'keyword'; alias: string }
  | { ok: false; code: 'kind-unknown' | 'kind-ambiguous'; candidates: string[] };

export interface KindMatcher {
  match(text: string): KindMatch;
}

/** Builds a matcher over `kinds`; later kinds (user-defined) win an exact alias over earlier ones. */
export function createKindMatcher(kinds: readonly ActivityKind[]): KindMatcher {
  const exact = new Map<string, ActivityKind>();
  const aliases: Array<{ alias: string; kind: ActivityKind }> = [];
  const uncertain = new Set<string>();
  for (const kind of kinds) {
    for (const raw of kind.uncertainAliases ?? []) uncertain.add(normaliseText(raw));
    for (const raw of [kind.name, kind.code, ...kind.aliases, ...(kind.uncertainAliases ?? [])]) {
      const alias = normaliseText(raw);
      if (!alias) continue;
      exact.set(alias, kind);
      aliases.push({ alias, kind });
    }
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length);
  const cache = new Map<string, KindMatch>();

  function matchUncached(text: string): KindMatch {
    const t = normaliseText(text);
    if (!t) return { ok: false, code: 'kind-unknown', candidates: [] };
    const hit = exact.get(t);
    if (hit) return { ok: true, kind: hit, via: uncertain.has(t) ? 'keyword' : 'alias', alias: t };
    // Strip a parenthetical hint, e.g. 岗位培训(线下) → 岗位培训.
    const bare = t.replace(/\([^)]*\)/g, '');
    const bareHit = bare && exact.get(bare);
    if (bareHit)
      return { ok: true, kind: bareHit, via: uncertain.has(bare) ? 'keyword' : 'alias', alias: bare };
    let best: { alias: string; kind: ActivityKind } | undefined;
    const tied = new Set<string>();
    for (const entry of aliases) {
      if (best && entry.alias.length < best.alias.length) break;
      if (t.includes(entry.alias)) {
        if (!best) best = entry;
        if (entry.kind.code !== best.kind.code) tied.add(entry.kind.code);
      }
    }
    if (!best) return { ok: false, code: 'kind-unknown', candidates: [] };
    if (tied.size > 0) return { ok: false, code: 'kind-ambiguous', candidates: [best.kind.code, ...tied] };
    return { ok: true, kind: best.kind, via: 'keyword', alias: best.alias };
  }

  return {
    match(text: string): KindMatch {
      let m = cache.get(text);
      if (!m) {
        m = matchUncached(text);
        if (cache.size < 10_000) cache.set(text, m);
      }
      return m;
    },
  };
}
