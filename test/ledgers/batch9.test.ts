/**
 * What the corpus's per-person-year table cannot say about the ninth batch
 * (expected-9.json, written blind): file 28 is a register kept one row per
 * person (培训项目1/学时1 …), read pair by pair (src/ledger/wideReader.ts). The
 * year comes from the title and must be said so; the bare 小计 and the
 * "已完成" in an hours cell must be named on their columns; a failing or
 * to-be-verified person-year means exit 1.
 */
import { join } from 'path';
import { runInProcess } from '../cli/fixtures';
import type { CheckJson } from '../../src/report/json';

const FILE = join(__dirname, 'files', '28-city-construction-wide-register-2025.xlsx');
const SHEET = '2025年度登记表';
const SLOW = 60_000;

describe('第九批 28: a register kept one row per person', () => {
  it(
    'is read pair by pair: the title year said once, the bare 小计 and "已完成" on their columns, exit 1',
    async () => {
      const run = await runInProcess([FILE, '--json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const json = JSON.parse(run.stdout) as CheckJson;
      expect(json.findings.some((f) => f.code === 'sheet-wide-register')).toBe(false);
      const wide = json.findings
        .filter((f) => f.code.startsWith('wide-'))
        .map((f) => [f.code, f.severity, f.sheet, f.row, f.column]);
      expect(wide).toEqual([
        ['wide-year-from-title', 'info', SHEET, 1, 'A'],
        ['wide-hours-status', 'error', SHEET, 9, 'G'],
        ['wide-subtotal-only', 'warning', SHEET, 10, 'T'],
      ]);
      // Rule findings name the pair's column: 李秀英's 推广会 in H, her 考察 in J.
      expect(
        json.findings
          .filter((f) => f.row === 6 && (f.code === 'per-day-cap' || f.code === 'fixed-credit'))
          .map((f) => [f.code, f.column]),
      ).toEqual([
        ['per-day-cap', 'H'],
        ['fixed-credit', 'J'],
      ]);
      expect(json.people.map((p) => [p.name, p.status, p.verdict])).toEqual([
        ['王建国', 'evaluated', 'pass'],
        ['李秀英', 'evaluated', 'fail'],
        ['张伟', 'evaluated', 'fail'],
        ['刘芳', 'sector', null],
        ['陈磊', 'evaluated', 'review'],
        ['孙丽', 'evaluated', 'pass'],
      ]);
    },
    SLOW,
  );

  it(
    'names the year from the title, in Chinese and in English, with the ledger text quoted',
    async () => {
      const zh = (await runInProcess([FILE])).stdout;
      expect(zh).not.toContain('未作检查的工作表');
      expect(zh).toContain(
        '年度按标题“青岛某城市建设集团有限公司专业技术人员继续教育学时登记表（2025年度）”读作2025年',
      );
      expect(zh).toContain('学时格填的是“已完成”');
      const en = (await runInProcess([FILE, '--lang', 'en'])).stdout;
      expect(en).toContain(
        'every activity is read as of 2025, the year of the title "青岛某城市建设集团有限公司专业技术人员继续教育学时登记表（2025年度）"',
      );
      expect(en).toContain('The hours cell says "已完成"');
    },
    SLOW,
  );
});
