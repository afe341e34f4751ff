/**
 * The 规则 sheet through the ledger layer's `readRuleSheet`: its user kinds
 * join the notice's in a rule book; each bad row's finding becomes a message
 * (with its row) for the settings screen.
 */
import { config } from 'zod';
import { findingMessage } from '../src/ledger/findings';
import { readRuleSheet } from '../src/ledger/ruleSheet';
import type { Lang } from '../src/i18n/format';
import { createRuleBook } from '../src/rules/rulebook';
import type { RuleSheetReader } from './ruleBook';

// The pane's CSP forbids eval: zod's compiled parsers could never run, so it
// need not probe for them (its probe, `new Function("")`, would be refused).
config({ jitless: true });

/** Loaded lazily (`import()`): zod validates the user kinds, and only a workbook with a 规则 sheet needs it. */
export function ruleSheetReader(lang: Lang): RuleSheetReader {
  return (rows, sheet) => {
    const r = readRuleSheet(rows, sheet);
    return {
      book: createRuleBook(r.kinds, r.capGroups),
      count: r.kinds.length,
      errors: r.findings.map(
        (f) => `${f.row !== null ? `${f.sheet}!${f.column ?? ''}${f.row}：` : ''}${findingMessage(f, lang)}`,
      ),
    };
  };
}
