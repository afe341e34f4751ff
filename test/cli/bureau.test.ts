/**
 * A district bureau's files, one per employer: the roll-up per unit, the
 * spot-check sample (the same for the same seed), and the plan, through the
 * command line, with the report's 单位汇总 / 抽查 / 待办 sheets.
 */
import { join } from 'path';
import ExcelJS from 'exceljs';
import { HEADER, tempDir, writeCsv, writeXlsx, yearRows, runInProcess } from './fixtures';

const run = runInProcess;

describe('bureau mode', () => {
  const dir = tempDir();
  let hospital: string;
  let school: string;
  beforeAll(async () => {
    // 市立医院: 张伟 passes 2023, 李娜 falls short. 第一中学: 王芳, with 2022 records only.
    hospital = await writeXlsx(join(dir, '市立医院.xlsx'), {
      台账: [HEADER, ...yearRows(2023, 'zhang'), ...yearRows(2023, 'li')],
    });
    school = writeCsv(join(dir, '第一中学.csv'), [HEADER, ...yearRows(2022, 'wang')]);
  });

  it('--by-unit prints a line per unit and the total', async () => {
    const r = await run([hospital, school, '--year', '2023', '--by-unit', '--brief']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('单位汇总：');
    expect(r.stdout).toContain('  市立医院：2 人，达标 1，未达标 1，待核实 0，按行业规定 0，达标率 50%');
    expect(r.stdout).toContain('  第一中学：1 人，达标 0，未达标 1，待核实 0，按行业规定 0，达标率 0%');
    expect(r.stdout).toContain('  合计：3 人，达标 1，未达标 2，待核实 0，按行业规定 0，达标率 33.3%');
    expect(r.status).toBe(1);
  });

  it('--sample draws the same people for the same seed, stratified by unit, and writes 抽查 with the evidence to ask for', async () => {
    const out = join(dir, 'report.xlsx');
    const a = await run([
      hospital,
      school,
      '--year',
      '2023',
      '--sample',
      '2',
      '--seed',
      '7',
      '--brief',
      '--report',
      out,
    ]);
    const b = await run([hospital, school, '--year', '2023', '--sample', '2', '--seed', '7', '--brief']);
    const sampleOf = (s: string) => s.slice(s.indexOf('抽查名单')).split('\n').slice(0, 3);
    expect(sampleOf(a.stdout)[0]).toBe('抽查名单（2 人，随机种子 7）：');
    expect(sampleOf(a.stdout)).toEqual(sampleOf(b.stdout));
    // One from each unit (2 people shared out over units of 2 and 1).
    expect(sampleOf(a.stdout).filter((l) => l.startsWith('  市立医院'))).toHaveLength(1);
    expect(sampleOf(a.stdout).filter((l) => l.startsWith('  第一中学'))).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '抽查', '明细', '问题']);
    const ws = wb.getWorksheet('抽查')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '单位',
      '姓名',
      '身份证号',
      '工作表',
      '行',
      '学习形式',
      '条款',
      '计入学时',
      '应查验的证明材料',
    ]);
    const publicRow = (ws.getSheetValues() as unknown[][]).find((r) => r && r[7] === '四(一)1');
    expect(publicRow?.[9]).toBe('学习培训证书、考试合格公布通知');
  });

  it('--plan with --report writes a 待办 sheet', async () => {
    const out = join(dir, 'plan.xlsx');
    const r = await run([hospital, '--plan', '--as-of', '2023-10-01', '--report', out]);
    expect(r.stdout).toContain('待办（截至2023-10-01）：1 人尚缺学时');
    expect(r.stdout).toContain(
      '李娜：2023年度继续教育尚缺专业科目44学时，请于2023年12月31日前完成并提交证明材料。',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '待办', '明细', '问题']);
  });
});
