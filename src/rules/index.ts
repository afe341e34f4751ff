/** The rules core: the notice 青人社字〔2023〕14号 as data, and a pure engine. */
export * from './types';
export { RULE_ISSUE_CODES } from './codes';
export { NOTICE, YEARLY_REQUIREMENT, PER_DAY_CAP, TITLE_WINDOW_YEARS } from './notice';
export { BUILT_IN_KINDS } from './kinds';
export { SECTOR_RULES, matchSector } from './sectors';
export { CAP_GROUPS } from './caps';
export {
  DEFAULT_POLICY,
  LEDGER_POLICY_KEYS,
  POLICY_OPTIONS,
  parsePolicySettings,
  type PolicyParse,
} from './policy';
export { createKindMatcher, type KindMatch, type KindMatcher } from './match';
export { createRuleBook, defaultRuleBook, type RuleBook } from './rulebook';
export { creditActivity, decideSubject, achievementKeyOf } from './credit';
export { activityDays } from './credit/hoursPerDay';
export { splitByDays, evidenceYear, yearsOfTerm } from './attribute';
export { summariseYear, summariseYears, AchievementTally, canonicalOrder, emptyYear } from './summary';
export { titleWindow, checkWindow } from './window';
export {
  evaluatePerson,
  evaluateWindow,
  yearOf,
  type PersonEvaluation,
  type EvaluateOptions,
} from './evaluate';
export { parseUserKinds, userKindSchema, type UserKindDefinition, type UserKindsResult } from './userKinds';
export { ruleMessagesZh, ruleMessagesEn, ruleIssueMessage } from './messages';
export { normaliseText } from './text';
export * as dates from './dates';
