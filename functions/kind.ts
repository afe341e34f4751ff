/** CEKIND: what the rules core makes of a ledger's words for an activity. */
import { requiredText } from './args';
import { matchKind } from './hours';

/**
 * One row: the canonical kind name and its clause; `#N/A` when nothing matches.
 * @example kindOf('线下培训') → [['岗位培训、急需紧缺人才培训和高级研修', '四(一)2']]
 */
export function kindOf(textArg: unknown): string[][] {
  const kind = matchKind(requiredText(textArg, '文字'), '#N/A');
  return [[kind.name, kind.clause]];
}
