/** Building issue objects: data with a code, never an exception. */
import type { Clause, RuleIssue, RuleIssueCode } from './types';

export function ruleIssue(
  code: RuleIssueCode,
  severity: RuleIssue['severity'],
  clause: Clause | null,
  params: RuleIssue['params'] = {},
  activityRef?: string,
): RuleIssue {
  return activityRef === undefined
    ? { code, severity, clause, params }
    : { code, severity, clause, params, activityRef };
}
