/**
 * What the corpus's per-person-year table cannot say about the ninth batch
 * (expected-9.json, written blind): file 28 is a register kept one row per
 * person (培训项目1/学时1 …), which the checker cannot read as activities; it
 * must say so, naming sheet, row and columns, judge nobody and not exit 0.
 */
import { join } from 'path';
import { runInProcess } from '../cli/fixtures';
import type { CheckJson } from '../../src/report/json';

const FILE = join(__dirname, 'files', '28-city-construction-wide-register-2025.xlsx');
const SLOW = 60_000;

describe('第九批 28: a register kept one row per person', () => {
  it(
    'is not checked: one error on the numbered header row, nobody judged, exit 1',
    async () => {
      const run = await runInProcess([FILE, '--json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const json = JSON.parse(run.stdout) as CheckJson;
      expect(json.people).toEqual([]);
      expect(json.findings.map((f) => [f.code, f.severity, f.sheet, f.row, f.column])).toEqual([
        ['sheet-wide-register', 'error', '2025年度登记表', 4, 'H'],
      ]);
    },
    SLOW,
  );

  it(
    'says so first, in Chinese and in English, with the ledger text quoted',
    async () => {
      const zh = (await runInProcess([FILE])).stdout;
      expect(zh.split('\n')[1]).toBe('未作检查的工作表：2025年度登记表（一人一行的登记表，见下方问题）');
      expect(zh).toContain('第H–S列把每人的各项学习横向排开（第4行表头：培训项目1、学时1、培训项目2……）');
      const en = (await runInProcess([FILE, '--lang', 'en'])).stdout;
      expect(en.split('\n')[1]).toBe(
        'Sheets not checked: "2025年度登记表" (registers kept one row per person, see the findings below)',
      );
      expect(en).toContain(
        'columns H–S set each person\'s activities side by side (header row 4: "培训项目1、学时1、培训项目2" …)',
      );
    },
    SLOW,
  );
});
