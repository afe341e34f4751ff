/**
 * `--title-year` with `--as-of`: the window counts only what has happened by the
 * as-of day. A row dated after it (in a future year, or later in the as-of
 * year) and a programme's credit carried into years not yet begun count nothing.
 */
import { join } from 'path';
import { HEADER, runInProcess, tempDir, writeXlsx, ZHANG } from './fixtures';

const dir = tempDir();
let file: string;

beforeAll(async () => {
  const rows: unknown[][] = [HEADER];
  for (let y = 2022; y <= 2026; y++) {
    rows.push(['张伟', ZHANG, '工程技术', '公需科目', '公需', '公需课', 30, `${y}-03-01`, `${y}-03-04`]);
    rows.push([
      '张伟',
      ZHANG,
      '工程技术',
      '岗位培训',
      '专业',
      '培训',
      y === 2026 ? 44 : 60,
      `${y}-05-01`,
      `${y}-05-08`,
    ]);
  }
  // Already in the ledger, but after the as-of day: next year's 公需 and a training in late December.
  rows.push(['张伟', ZHANG, '工程技术', '公需科目', '公需', '公需课', 30, '2027-03-01', '2027-03-04']);
  rows.push(['张伟', ZHANG, '工程技术', '岗位培训', '专业', '培训', 16, '2026-12-20', '2026-12-21']);
  file = await writeXlsx(join(dir, 'future.xlsx'), { 台账: rows });
});

type Window = { compliant: boolean; failingYears: number[] };
type Finding = { code: string; message: string };

async function check(...args: string[]): Promise<{ status: number; window: Window; findings: Finding[] }> {
  const r = await runInProcess([file, '--json', ...args]);
  const json = JSON.parse(r.stdout);
  return { status: r.status, window: json.people[0].window, findings: json.findings };
}

describe('--title-year as of a day', () => {
  it('rows dated after the as-of day are not counted in the window, and the window says so', async () => {
    const r = await check('--title-year', '2027', '--as-of', '2026-12-03');
    // 2026 is 30 + 44 as of 3 December (the 20 December training has not happened); 2027 has not begun.
    expect(r.window).toMatchObject({ compliant: false, failingYears: [2026, 2027] });
    expect(r.findings.filter((f) => f.code.startsWith('window-')).map((f) => [f.code, f.message])).toEqual([
      [
        'window-after-as-of',
        '申报年限按截至2026-12-03的实际情况判定：2条记录在此日之后开始或延续到此日之后，其后的学时（含按学期、按月份结转的学时）未计入',
      ],
      ['window-years-not-begun', '2027年在截至日期2026-12-03时尚未开始，计0学时'],
    ]);
  }, 60_000);

  it('a row later in the as-of year counts once that day has passed', async () => {
    const before = await check('--title-year', '2026', '--as-of', '2026-12-03');
    const after = await check('--title-year', '2026', '--as-of', '2026-12-31');
    expect(before.window).toMatchObject({ compliant: false, failingYears: [2026] });
    expect(before.status).toBe(1);
    expect(after.window).toMatchObject({ compliant: true, failingYears: [] });
  }, 60_000);
});

describe('--as-of and the per-year verdicts', () => {
  type Year = {
    year: number;
    professional: number;
    compliant: boolean;
    review: boolean;
    reviewRows: string[];
  };
  async function years(asOf: string): Promise<{ years: Year[]; after: Array<[number, string]> }> {
    const r = await runInProcess([file, '--json', '--as-of', asOf]);
    const json = JSON.parse(r.stdout);
    const after = (json.findings as Array<Finding & { row: number }>)
      .filter((f) => f.code === 'record-after-as-of')
      .map((f): [number, string] => [f.row, f.message]);
    return { years: json.people[0].years, after };
  }

  it('2026 passes only thanks to the 20 December row: 待核实 on 3 December, listing it; each later row warned', async () => {
    const r = await years('2026-12-03');
    // The row still counts in the year's figures (44 + 16), but the pass rests on it.
    expect(r.years.find((y) => y.year === 2026)).toMatchObject({
      professional: 60,
      compliant: false,
      review: true,
      reviewRows: ['台账!13'],
    });
    expect(r.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(r.after).toEqual([
      [
        12,
        '日期2027-03-01在核查日2026-12-03之后，尚未发生，请核对日期（是否填错年份）；学时暂按登记计入所属年度，达标如依赖此记录，结论为待核实',
      ],
      [
        13,
        '日期2026-12-20在核查日2026-12-03之后，尚未发生，请核对日期（是否填错年份）；学时暂按登记计入所属年度，达标如依赖此记录，结论为待核实',
      ],
    ]);
  }, 60_000);

  it('as of 31 December the row has happened: 2026 is 达标, and only the 2027 row is warned', async () => {
    const r = await years('2026-12-31');
    expect(r.years.find((y) => y.year === 2026)).toMatchObject({
      professional: 60,
      compliant: true,
      review: false,
    });
    expect(r.after.map(([row]) => row)).toEqual([12]);
  }, 60_000);
});
