/**
 * `--lang en` on every ledger of the corpus: no Chinese word in the output
 * except ledger text (quoted cell text, names, sheet names) and the notice's
 * clause citations (四(一)2, [五]).
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import type { CheckJson } from '../../src/report/json';
import { runInProcess } from './fixtures';

const DIR = join(__dirname, '..', 'ledgers', 'files');
const FILES = readdirSync(DIR).sort();
const SLOW = 60_000;
const CJK = /[\u3400-\u9fff\uff08\uff09\u3001\uff0c\u3002\uff1a\uff1b]/;

/** A line with the ledger's own text and the clause citations taken out. */
function withoutLedgerText(line: string, ledgerWords: readonly string[]): string {
  let t = line.replace(/"[^"]*"/g, '""');
  for (const w of ledgerWords) t = t.split(w).join('');
  return t.replace(/\[[^\]]*\]/g, '').replace(/[一二三四五六]\([一二三四五六]\)[0-9]*[⑴⑵⑶]?(?:–[0-9])?/g, '');
}

describe('--lang en prints no Chinese words but the ledger’s', () => {
  it.each(FILES)(
    '%s',
    async (file) => {
      const path = join(DIR, file);
      const json = JSON.parse((await runInProcess([path, '--json'])).stdout) as CheckJson;
      // Sheet names are the ledger's, also of a sheet read beside it (a 汇总 its findings are on).
      const words = [
        ...json.people.map((p) => p.name),
        ...json.sources.map((s) => s.sheet),
        ...json.findings.map((f) => f.sheet),
      ].filter(Boolean);
      const out = await runInProcess([path, '--lang', 'en']);
      expect(out.stderr).toBe('');
      const chinese = out.stdout.split('\n').filter((line) => CJK.test(withoutLedgerText(line, words)));
      expect(chinese).toEqual([]);
    },
    SLOW,
  );
});
