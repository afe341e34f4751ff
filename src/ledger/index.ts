/** The ledger layer: cells → typed activities, people and findings. */
export * from './types';
export { readLedger, readLedgers, type ReadOptions } from './intake';
export { joinLedgers, activityCount } from './join';
export { findingMessage, ledgerFinding, activityRef, sortFindings } from './findings';
export { readRuleSheet, type RuleSheetResult } from './ruleSheet';
export {
  detectHeader,
  isRepeatedHeaderRow,
  chooseLedgerSheets,
  sheetLooksLikeLedger,
  type ColumnMap,
  type HeaderResult,
} from './headers';
export { FIELDS, FIELD_CODES, matchHeader, type FieldCode } from './fields';
export { columnLetter, columnIndex, cellAddress } from './columns';
export {
  LEDGER_CODES,
  LEDGER_CODE_SEVERITY,
  ledgerMessagesZh,
  ledgerMessagesEn,
  type LedgerCode,
} from './messages';
export { maskIdNumber, parseIdNumber, isValidIdNumber } from './parse/idNumber';
