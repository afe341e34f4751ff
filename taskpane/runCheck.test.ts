/**
 * 检查 in the pane judges as the command line does on the same day: a
 * record dated after the day of the check is not counted in a title
 * application's window (四), and years after it are not judged.
 */
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import type { CellValue } from '../src/excel/port';
import { runCheck } from './runCheck';
import { DEFAULT_SETTINGS } from './settings';

const HEADER: CellValue[] = [
  '姓名',
  '身份证号',
  '学习形式',
  '培训内容',
  '学时',
  '开始日期',
  '结束日期',
  '证明材料',
];
const ID = '370202198001011232';

/** Five years of 30 公需 and 60 专业, the last 专业 course held on 2025-12-15. */
function ledger(): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let y = 2021; y <= 2025; y++) {
    rows.push(['张伟', ID, '公需科目学习', `${y}年公需课`, 30, `${y}-03-01`, `${y}-03-10`, '证书']);
    const day = y === 2025 ? '12-15' : '05-10';
    for (let k = 0; k < 8; k++)
      rows.push(['张伟', ID, '岗位培训', `${y}年专业培训${k}`, 7.5, `${y}-${day}`, `${y}-${day}`, '证书']);
  }
  return rows;
}

async function check(asOf: { year: number; month: number; day: number }) {
  const port = new MemoryWorkbook({ sheets: [{ name: '台账', values: ledger() }] });
  const settings = { ...DEFAULT_SETTINGS, titleYear: 2025 };
  const { report } = await runCheck(port, { sheets: ['台账'], mappings: {}, settings, lang: 'zh', asOf });
  return report.people[0];
}

describe('the pane judges as of the day of the check', () => {
  it('counts the window in full once the last course has been held', async () => {
    const p = await check({ year: 2026, month: 3, day: 1 });
    expect(p.window).toMatchObject({ from: 2021, to: 2025 });
    expect(p.window?.totals.professional).toBe(300);
    expect(p.window?.review).toBeUndefined();
    expect(p.window?.compliant).toBe(true);
  });

  it('does not count in the window a course dated after the day of the check', async () => {
    const p = await check({ year: 2025, month: 12, day: 1 });
    expect(p.window).toMatchObject({ from: 2021, to: 2025 });
    expect(p.window?.totals.professional).toBe(240);
    expect(p.window?.compliant).toBe(false);
  });
});
