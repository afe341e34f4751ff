/**
 * What the corpus's per-person-year table cannot say about the eighth batch
 * (expected-8.json, written blind): the 汇总 sheet of file 26 set against its
 * 明细, and the 2026 title windows of file 27 (四 前言: 2026 → 2022—2026).
 */
import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { runInProcess, tempDir } from '../cli/fixtures';
import type { CheckJson } from '../../src/report/json';
import { ownBuffer } from '../../src/report/testkit/readBack';

const DIR = join(__dirname, 'files');
const SLOW = 60_000;

async function check(file: string, ...args: string[]): Promise<CheckJson> {
  const run = await runInProcess([join(DIR, file), '--json', ...args]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CheckJson;
}

describe('第八批 25: a 汇总 sheet before the 明细', () => {
  it(
    'checks the 明细 and says on the 汇总 rows where its totals or 是否达标 differ, and who it alone lists',
    async () => {
      const json = await check('26-hospital-summary-and-detail.xlsx');
      expect(json.sheet).toBe('明细');
      const summary = json.findings
        .filter((f) => f.code.startsWith('summary-'))
        .map((f) => [f.code, f.sheet, f.row, f.column]);
      expect(summary).toEqual([
        ['summary-differs', '汇总', 4, 'H'], // 李秀英: 专业 62 typed over 52; 合计 92; 达标
        ['summary-differs', '汇总', 5, 'G'], // 张伟: 公需 36 recorded, 30 credited (四(一)1 cap)
        ['summary-differs', '汇总', 7, 'H'], // 赵敏: 专业 62 recorded, 58 credited (8 a day); 达标
        ['summary-no-detail', '汇总', 9, 'B'], // 陈磊: only in the 汇总
      ]);
      expect(json.people.map((p) => p.name)).not.toContain('陈磊');
    },
    SLOW,
  );
  it(
    'lists the 汇总 findings in the --report workbook’s 问题 sheet, on the 汇总 sheet’s row and column',
    async () => {
      const dir = tempDir();
      try {
        const out = join(dir, 'report.xlsx');
        const run = await runInProcess([join(DIR, '26-hospital-summary-and-detail.xlsx'), '--report', out]);
        expect(run.stderr).toBe('');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(ownBuffer(readFileSync(out)));
        const sheet = wb.getWorksheet('问题')!;
        expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
          '严重程度',
          '文件',
          '工作表',
          '行',
        ]);
        const rows: unknown[][] = [];
        sheet.eachRow((r, n) => {
          if (n > 1) rows.push((r.values as unknown[]).slice(1));
        });
        // 严重程度, 文件, 工作表, 行, 列, 姓名, 代码, 条款, 说明
        const differs = rows.filter((r) => r[6] === 'summary-differs');
        expect(differs.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
          ['汇总', 4, 'H', '李秀英'],
          ['汇总', 5, 'G', '张伟'],
          ['汇总', 7, 'H', '赵敏'],
        ]);
        expect(differs[0][0]).toBe('警告');
        expect(String(differs[0][8])).toContain('专业科目学时（H列）填 62，明细认定 52');
        expect(rows.filter((r) => r[6] === 'summary-no-detail').map((r) => [r[2], r[3]])).toEqual([
          ['汇总', 9],
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});

describe('第八批 26: three 2026 applications from a 2021—2025 ledger', () => {
  it(
    'judges 2022—2026, each year on its own, 2021 outside; 2026 not yet complete',
    async () => {
      const json = await check('27-design-institute-five-year-title.xlsx', '--title-year', '2026');
      const windows = Object.fromEntries(
        json.people.map((p) => [
          p.name,
          [p.window?.from, p.window?.to, p.window?.compliant, p.window?.failingYears],
        ]),
      );
      expect(windows).toEqual({
        周海涛: [2022, 2026, false, [2024, 2026]],
        吴晓燕: [2022, 2026, false, [2024, 2026]],
        郑凯: [2022, 2026, false, [2026]],
      });
    },
    SLOW,
  );
  it(
    'with the application year in progress: only 郑凯, whose short years are 2021 (outside) and 2026, passes',
    async () => {
      const json = await check(
        '27-design-institute-five-year-title.xlsx',
        '--title-year',
        '2026',
        '--policy',
        'applicationYear=in-progress',
      );
      expect(Object.fromEntries(json.people.map((p) => [p.name, p.window?.failingYears]))).toEqual({
        周海涛: [2024],
        吴晓燕: [2024],
        郑凯: [],
      });
      expect(json.people.find((p) => p.name === '郑凯')?.window?.compliant).toBe(true);
    },
    SLOW,
  );
});
