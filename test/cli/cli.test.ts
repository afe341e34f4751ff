/**
 * The command line, run for real: `node bin/ce-check.js` (tsx, no build) on
 * files built here and on the committed samples; and `runCheck` in-process for
 * the many argument combinations.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCheck } from '../../src/cli/run';
import { HEADER, LI, WANG, ZHANG, tempDir, writeCsv, writeXlsx, yearRows } from './fixtures';

jest.setTimeout(60_000); // spawned commands start tsx: seconds, not milliseconds

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'ce-check.js');
const dir = tempDir();

function spawnCheck(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCheck(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

let ledger: string; // 张伟 passes 2023, 李娜 fails 2023, 王芳 only 2022
let passing: string; // 张伟 alone, 2023

beforeAll(async () => {
  ledger = await writeXlsx(join(dir, 'ledger.xlsx'), {
    '2023年': [
      ['2023年继续教育台账'],
      HEADER,
      ...yearRows(2023, 'zhang'),
      ...yearRows(2023, 'li'),
      ...yearRows(2022, 'wang'),
    ],
    填表说明: [['每人每项活动一行。']],
  });
  passing = await writeXlsx(join(dir, 'passing.xlsx'), { 台账: [HEADER, ...yearRows(2023, 'zhang')] });
});

describe('ce-check (spawned)', () => {
  it('ends quietly when the reader of its output stops reading (ce-check … --json | head -c 10)', () => {
    const sample = join(ROOT, 'samples', 'sample-ledger.xlsx'); // its JSON (~100 KB) outgrows the pipe
    const r = spawnSync(
      'bash',
      ['-c', 'node "$0" "$1" --json | head -c 10 > /dev/null; exit "${PIPESTATUS[0]}"', BIN, sample],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).not.toBe(2);
  });

  it('--json prints exactly the report JSON; a failing person gives status 1', () => {
    const r = spawnCheck([ledger, '--json', '--year', '2023']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual([
      'file',
      'sheet',
      'headerRow',
      'dataRows',
      'sources',
      'columns',
      'people',
      'findings',
      'counts',
    ]);
    expect(json.file).toBe(ledger);
    expect(json.sheet).toBe('2023年');
    expect(json.headerRow).toBe(2);
    expect(Object.keys(json.people[0])).toEqual([
      'name',
      'id',
      'status',
      'verdict',
      'review',
      'reviewRows',
      'years',
      'window',
    ]);
    expect(Object.keys(json.people[0].years[0])).toEqual([
      'year',
      'public',
      'professional',
      'total',
      'compliant',
      'deemed',
      'shortfall',
      'review',
      'reviewRows',
    ]);
    // --year 2023: everyone listed for 2023, 王芳 too (no 2023 records: zeros, failing).
    expect(
      json.people.map(
        (p: { name: string; years: Array<{ year: number; compliant: boolean; professional: number }> }) => [
          p.name,
          p.years.map((y) => [y.year, y.professional, y.compliant]),
        ],
      ),
    ).toEqual([
      ['张伟', [[2023, 64, true]]],
      ['李娜', [[2023, 16, false]]],
      ['王芳', [[2023, 0, false]]],
    ]);
    expect(json.people[1].years[0].shortfall).toEqual({ public: 0, professional: 44 });
    expect(json.counts).toMatchObject({ people: 3, passing: 1, failing: 2 });
  });

  it('status 0 when every verdict asked for passes; the human table is Chinese by default', () => {
    const r = spawnCheck([passing, '--year', '2023']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('张伟  370202********1235'.slice(0, 12));
    expect(r.stdout).toMatch(/年度\s+公需\s+专业\s+合计\s+达标\s+缺口/);
    expect(r.stdout).toMatch(/2023\s+30\s+64\s+94\s+✓/);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing file', ['nope.xlsx'], /^ce-check: 找不到文件 nope\.xlsx\n$/],
    ['a corrupt file', ['corrupt.xlsx'], /^ce-check: corrupt\.xlsx 不是有效的 \.xlsx 文件/],
    [
      'a bad --policy',
      ['passing.xlsx', '--policy', 'windowPolicy=sometimes'],
      /^ce-check: --policy windowPolicy 的取值“sometimes”无效；可用：each-year, pooled\n$/,
    ],
    ['an unknown option', ['passing.xlsx', '--yaer', '2023'], /^ce-check: 无法识别的参数 --yaer/],
  ])('status 2 for %s, one line, no stack trace', (_label, args, message) => {
    writeFileSync(
      join(dir, 'corrupt.xlsx'),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
    );
    const r = spawnCheck(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('writes the archive from the installed command line (the writer loads in the spawned process)', () => {
    const out = join(dir, '档案.xlsx');
    const r = spawnCheck([
      join(ROOT, 'test', 'ledgers', 'files', '12-dirty.xlsx'),
      '--archive',
      out,
      '--brief',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`继续教育档案已写入 ${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it('checks the committed sample with a title year and writes a report', async () => {
    const out = join(dir, 'sample-report.xlsx');
    const r = spawnCheck([
      join(ROOT, 'samples', 'sample-ledger.xlsx'),
      '--title-year',
      '2023',
      '--report',
      out,
    ]);
    expect(r.status).toBe(1); // the sample has failing people by design
    expect(r.stdout).toMatch(/近五年 2019-2023（逐年达标）：✓ 达标/);
    expect(r.stdout).toMatch(/近五年 2019-2023（逐年达标）：✗ 未达标（未达标年度 \d{4}/);
    expect(r.stdout).toContain('按行业规定（会计系列）');
    expect(r.stdout).toContain('视同完成');
    expect(r.stdout).toMatch(/错误 C列 身份证号以数字形式存储/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '问题']);
  });
});

describe('runCheck (in-process)', () => {
  it('masks IDs by default and shows them with --show-ids', async () => {
    const masked = await run([ledger, '--year', '2023', '--json']);
    const shown = await run([ledger, '--year', '2023', '--json', '--show-ids']);
    expect(JSON.parse(masked.stdout).people.map((p: { id: string }) => p.id)).toEqual([
      `${ZHANG.slice(0, 6)}********${ZHANG.slice(14)}`,
      `${LI.slice(0, 6)}********${LI.slice(14)}`,
      `${WANG.slice(0, 6)}********${WANG.slice(14)}`,
    ]);
    expect(masked.stdout).not.toContain(ZHANG);
    expect(JSON.parse(shown.stdout).people.map((p: { id: string }) => p.id)).toEqual([ZHANG, LI, WANG]);
  });

  it('speaks English with --lang en (table and finding messages)', async () => {
    const r = await run([ledger, '--year', '2023', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Year\s+Public\s+Prof\.\s+Total\s+Pass\s+Short/);
    expect(r.stdout).toMatch(/2023\s+30\s+16\s+46\s+✗\s+professional 44/);
    expect(r.stdout).toContain('3 people: 1 pass, 2 fail');
    expect(r.stdout).not.toMatch(/达标|缺口|错误|警告|提示/);
    const bad = await run(['missing.xlsx', '--lang', 'en']);
    expect(bad).toEqual({ status: 2, stdout: '', stderr: 'ce-check: file not found: missing.xlsx\n' });
  });

  it('joins several files (CSV with BOM and xlsx): one person across them', async () => {
    const a = writeCsv(join(dir, '2022.csv'), [HEADER, ...yearRows(2022, 'zhang')]);
    const b = await writeXlsx(join(dir, '2023.xlsx'), {
      台账: [HEADER, ...yearRows(2023, 'zhang'), ...yearRows(2023, 'li')],
    });
    const r = await run([a, b, '--json', '--title-year', '2023', '--policy', 'qualificationYearStart=after']);
    const json = JSON.parse(r.stdout);
    expect(json.sources.map((s: { file: string; sheet: string }) => [s.file, s.sheet])).toEqual([
      [a, '2022'],
      [b, '台账'],
    ]);
    const zhang = json.people.find((p: { name: string }) => p.name === '张伟');
    expect(json.people.filter((p: { name: string }) => p.name === '张伟')).toHaveLength(1);
    expect(zhang.years.map((y: { year: number }) => y.year)).toEqual(expect.arrayContaining([2022, 2023]));
    expect(zhang.window).toMatchObject({ titleYear: 2023, from: 2019, to: 2023, policy: 'each-year' });
  });

  it('--sheet all checks every ledger-like sheet together; --sheet names one; an unknown sheet is status 2', async () => {
    const book = await writeXlsx(join(dir, 'years.xlsx'), {
      '2022年': [HEADER, ...yearRows(2022, 'zhang')],
      '2023年': [HEADER, ...yearRows(2023, 'zhang')],
      填表说明: [['每人每项活动一行。'], ['学时填写数字。']],
    });
    const all = JSON.parse((await run([book, '--sheet', 'all', '--json'])).stdout);
    expect(all.sources.map((s: { sheet: string }) => s.sheet)).toEqual(['2022年', '2023年']);
    expect(all.people).toHaveLength(1);
    expect(
      all.people[0].years.map((y: { year: number; compliant: boolean }) => [y.year, y.compliant]),
    ).toEqual([
      [2022, true],
      [2023, true],
    ]);
    const one = JSON.parse((await run([book, '--sheet', '2023年', '--json'])).stdout);
    expect(one.sources.map((s: { sheet: string }) => s.sheet)).toEqual(['2023年']);
    const missing = await run([book, '--sheet', '2024年']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`ce-check: ${book} 中没有工作表“2024年”；现有：2022年、2023年、填表说明\n`);
  });

  it('--policy windowPolicy=pooled changes the window verdict', async () => {
    // 李娜: 2019 strong (30 + 160 professional), 2020–2023 weak: pooled totals may pass where each-year fails.
    const rows: unknown[][] = [HEADER];
    const d = (y: number, m: number, day: number) =>
      `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    for (const y of [2019, 2020, 2021, 2022, 2023]) {
      rows.push(['李娜', LI, '工程技术', '公需科目', '公需', '公需', 30, d(y, 3, 1), d(y, 6, 30)]);
      rows.push([
        '李娜',
        LI,
        '工程技术',
        '岗位培训',
        '专业',
        '培训',
        y === 2019 ? 160 : 40,
        d(y, 5, 1),
        d(y, 5, y === 2019 ? 20 : 5),
      ]);
      rows.push(['李娜', LI, '工程技术', '学术会议', '专业', '会议', 16, d(y, 9, 1), d(y, 9, 2)]);
    }
    const f = await writeXlsx(join(dir, 'pooled.xlsx'), { 台账: rows });
    const each = await run([f, '--title-year', '2023', '--json']);
    const pooled = await run([f, '--title-year', '2023', '--json', '--policy', 'windowPolicy=pooled']);
    expect(each.status).toBe(1);
    expect(JSON.parse(each.stdout).people[0].window).toMatchObject({
      policy: 'each-year',
      compliant: false,
      failingYears: [2020, 2021, 2022, 2023],
    });
    expect(pooled.status).toBe(0);
    expect(JSON.parse(pooled.stdout).people[0].window).toMatchObject({ policy: 'pooled', compliant: true });
  });

  it('--policy trainingWordBySubject=false: 单位内训 is an unknown kind again, and the failing year beside it 待核实', async () => {
    // 李娜 2023: 公需 30, 专业 16; a 单位内训 row of 专业科目, 48 hours over 6 days.
    const rows: unknown[][] = [
      HEADER,
      ...yearRows(2023, 'li'),
      ['李娜', LI, '工程技术', '单位内训', '专业', '供水规范解读', 48, '2023-10-09', '2023-10-14'],
    ];
    const f = await writeXlsx(join(dir, 'training-word.xlsx'), { 台账: rows });
    const on = await run([f, '--json']);
    const off = await run([f, '--json', '--policy', 'trainingWordBySubject=false']);
    const codes = (stdout: string) =>
      (JSON.parse(stdout) as { findings: Array<{ code: string; severity: string }> }).findings.map(
        (x) => `${x.severity} ${x.code}`,
      );
    expect(on.status).toBe(0);
    expect(JSON.parse(on.stdout).people[0].years[0]).toMatchObject({ professional: 64, compliant: true });
    expect(codes(on.stdout)).toContain('warning kind-training-word');
    expect(off.status).toBe(1);
    expect(JSON.parse(off.stdout).people[0]).toMatchObject({ verdict: 'review' });
    expect(JSON.parse(off.stdout).people[0].years[0]).toMatchObject({ professional: 16, review: true });
    expect(codes(off.stdout)).toContain('error kind-unknown');
  });

  it('--rules adds user-defined kinds; a bad rules file is status 2 naming the field', async () => {
    const rows: unknown[][] = [HEADER, ...yearRows(2023, 'li')];
    rows.push([
      '李娜',
      LI,
      '工程技术',
      '技能竞赛裁判',
      '专业',
      '市职业技能大赛裁判',
      null,
      '2023-10-20',
      '2023-10-21',
    ]);
    const f = await writeXlsx(join(dir, 'judge.xlsx'), { 台账: rows });
    const without = JSON.parse((await run([f, '--json', '--year', '2023'])).stdout);
    const withRules = JSON.parse(
      (await run([f, '--json', '--year', '2023', '--rules', join(ROOT, 'samples', 'kinds.json')])).stdout,
    );
    expect(without.people[0].years[0].professional).toBe(16);
    expect(without.findings.map((x: { code: string }) => x.code)).toContain('kind-unknown');
    expect(withRules.people[0].years[0].professional).toBe(24);
    expect(withRules.findings.map((x: { code: string }) => x.code)).not.toContain('kind-unknown');

    const bad = join(dir, 'bad-kinds.json');
    writeFileSync(
      bad,
      JSON.stringify({
        kinds: [{ code: 'x', name: '某项', clauseText: '…', credit: { type: 'perItem', hoursPerItem: -8 } }],
      }),
    );
    const r = await run([f, '--rules', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ce-check: 规则文件 .*bad-kinds\.json 第 1 条的 credit\.hoursPerItem：/);
    writeFileSync(bad, '{ kinds: ');
    expect((await run([f, '--rules', bad])).stderr).toMatch(/不是有效的 JSON/);
  });

  it('--report writes 汇总/明细/问题 with the verdicts; formula-looking text stays text', async () => {
    // A CSV named like a formula: its name becomes the sheet name written into 明细 and 问题.
    const evil = writeCsv(join(dir, '=HYPERLINK("x","y").csv'), [
      HEADER,
      ...yearRows(2023, 'li'),
      ['李娜', LI, '工程技术', '+cmd|calc', '专业', '@SUM(A1)', 8, '2023-11-01', '2023-11-01'],
    ]);
    const out = join(dir, 'out', 'report.xlsx');
    const r = await run([evil, '--report', out, '--year', '2023']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`报告已写入 ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '问题']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '身份证号',
      '状态',
      '年度',
      '公需',
      '专业',
      '合计',
      '达标',
      '公需缺口',
      '专业缺口',
      '待核验',
      '须核实的行',
    ]);
    expect((summary.getRow(2).values as unknown[]).slice(1, 11)).toEqual([
      '李娜',
      `${LI.slice(0, 6)}********${LI.slice(14)}`,
      '按本通知判定',
      2023,
      30,
      16,
      46,
      // The row of the formula-looking kind is an unknown kind (an error, 0 hours) in this
      // failing year: the year is 待核实, not a silent 未达标 (review.ts).
      '待核实',
      0,
      44,
    ]);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.autoFilter).toBeTruthy();
    const details = wb.getWorksheet('明细')!;
    expect(details.getRow(2).getCell(2).value).toBe('=HYPERLINK("x","y")');
    const problems = wb.getWorksheet('问题')!;
    const texts: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
    }
    expect(texts).toContain('=HYPERLINK("x","y")');
    expect(texts.some((t) => t.includes('+cmd|calc'))).toBe(true);
    expect(problems.rowCount).toBeGreaterThan(1);
  });
});
