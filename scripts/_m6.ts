import { defaultRuleBook } from '../src/rules/rulebook';
import { parseSubject } from '../src/ledger/parse/labels';
const b = defaultRuleBook();
for (const w of process.argv.slice(2)) { const m = b.matcher.match(w); console.log(w, JSON.stringify(m.ok ? { kind: m.kind.code, via: m.via, alias: m.alias } : m), JSON.stringify(parseSubject(w))); }
