/**
 * The tenth batch (expected-10.json, written blind) is two files of one unit
 * checked together, which the corpus's one-file entries cannot express: 30 is
 * the provincial platform's export (导出时间 / 共 N 条记录 above the header,
 * 考试成绩 and 是否通过), 31 the unit's own ledger as UTF-8 CSV with a BOM. The
 * two join by ID ("李 秀英", a lowercase x); a failed platform exam earns
 * nothing; the unit's row repeating a platform course is flagged; a year with
 * only a programme's credit carried back (2023) is not judged.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { runInProcess } from '../cli/fixtures';
import type { CheckJson } from '../../src/report/json';

type Verdict = '达标' | '未达标' | '待核实' | '按行业规定';
interface Expected {
  files: string[];
  people: Record<string, Record<string, { public: number; professional: number; verdict: Verdict }>>;
}

const EXPECTED = JSON.parse(readFileSync(join(__dirname, 'expected-10.json'), 'utf8')) as Expected;
const FILES = EXPECTED.files.map((f) => join(__dirname, 'files', f));
const SLOW = 60_000;

function actualOf(json: CheckJson): Expected['people'] {
  const out: Expected['people'] = {};
  for (const p of json.people) {
    out[p.name] = {};
    for (const y of p.years) {
      const verdict: Verdict =
        p.status === 'sector' ? '按行业规定' : y.review ? '待核实' : y.compliant ? '达标' : '未达标';
      out[p.name][String(y.year)] = { public: y.public, professional: y.professional, verdict };
    }
  }
  return out;
}

function expectedOf(e: Expected): Expected['people'] {
  const out: Expected['people'] = {};
  for (const [name, years] of Object.entries(e.people)) {
    out[name] = {};
    for (const [year, y] of Object.entries(years))
      out[name][year] = { public: y.public, professional: y.professional, verdict: y.verdict };
  }
  return out;
}

describe('第十批 30 + 31: a platform export and the unit ledger, checked together', () => {
  it(
    'gives every person-year of expected-10.json, exit 1',
    async () => {
      const run = await runInProcess([...FILES, '--json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const json = JSON.parse(run.stdout) as CheckJson;
      expect(actualOf(json)).toEqual(expectedOf(EXPECTED));
      const on = (code: string) =>
        json.findings.filter((f) => f.code === code).map((f) => [f.file?.split('/').pop(), f.row]);
      // The failed exams (是否通过 否) earn nothing; 合格 and — in 考试成绩 are not "text for a number".
      expect(on('not-passed')).toEqual([
        [EXPECTED.files[0], 14],
        [EXPECTED.files[0], 37],
      ]);
      expect(on('number-text')).toEqual([]);
      expect(on('row-near-duplicate')).toEqual([[EXPECTED.files[1], 6]]);
      expect(json.findings.filter((f) => f.code === 'years-before-ledger')).toHaveLength(1);
    },
    SLOW,
  );
});
