/**
 * A rule book: the built-in kinds plus any user-defined ones (四(四)5), indexed
 * for the engine. Built once, shared by every evaluation.
 */
import { CAP_GROUPS } from './caps';
import { BUILT_IN_KINDS } from './kinds';
import { createKindMatcher, type KindMatcher } from './match';
import { SECTOR_RULES } from './sectors';
import type { ActivityKind, CapGroup, SectorRule } from './types';

export interface RuleBook {
  kinds: readonly ActivityKind[];
  kindByCode: ReadonlyMap<string, ActivityKind>;
  capGroups: ReadonlyMap<string, CapGroup>;
  sectors: readonly SectorRule[];
  matcher: KindMatcher;
}

/** User kinds may add cap groups of their own (a definition's `yearlyCap`). */
export function createRuleBook(
  userKinds: readonly ActivityKind[] = [],
  userCapGroups: readonly CapGroup[] = [],
): RuleBook {
  const kinds = [...BUILT_IN_KINDS, ...userKinds];
  const kindByCode = new Map<string, ActivityKind>();
  for (const k of kinds) kindByCode.set(k.code, k);
  const capGroups = new Map<string, CapGroup>();
  for (const g of [...CAP_GROUPS, ...userCapGroups]) capGroups.set(g.code, g);
  return { kinds, kindByCode, capGroups, sectors: SECTOR_RULES, matcher: createKindMatcher(kinds) };
}

let defaultBook: RuleBook | undefined;
/** The rule book of the notice alone. */
export function defaultRuleBook(): RuleBook {
  return (defaultBook ??= createRuleBook());
}
