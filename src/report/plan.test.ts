/** 还差: what each person still lacks, by when, and which window years are lost. */
import { dayNumber } from '../rules/dates';
import { readLedger } from '../ledger/intake';
import { testId, testRow, testSheet } from '../ledger/intakeSamples';
import { buildReport } from './model';
import { buildPlan } from './plan';
import { readReportBack } from './testkit/readBack';

const TODAY = dayNumber(2026, 10, 1);
const ZHANG = testId(11);
const LI = testId(24);
const WANG = testId(37);

const pub = (name: string, id: string, y: number, hours = 30) =>
  testRow({
    name,
    id,
    kind: '公需科目',
    subject: '公需',
    start: `${y}-03-01`,
    end: `${y}-03-04`,
    hours,
    evidence: '证',
  });
const pro = (name: string, id: string, y: number, hours: number, days: number) =>
  testRow({
    name,
    id,
    kind: '岗位培训',
    start: `${y}-05-01`,
    end: `${y}-05-${String(days).padStart(2, '0')}`,
    hours,
    days,
    evidence: '证',
  });

function yearsOf(name: string, id: string, from: number, to: number) {
  const rows: unknown[][] = [];
  for (let y = from; y <= to; y++) rows.push(pub(name, id, y), pro(name, id, y, 64, 8));
  return rows;
}

const ledger = readLedger(
  testSheet([
    // 张伟: 2022–2025 complete; 2026 has 30 公需 and 48 专业: 12 专业 still to do.
    ...yearsOf('张伟', ZHANG, 2022, 2025),
    pub('张伟', ZHANG, 2026),
    pro('张伟', ZHANG, 2026, 48, 6),
    // 李娜: 2024 short of 20 专业 (past: lost for a 2026 application); 2026 short of 30 公需 and 60 专业.
    ...yearsOf('李娜', LI, 2022, 2023),
    pub('李娜', LI, 2024),
    pro('李娜', LI, 2024, 40, 5),
    ...yearsOf('李娜', LI, 2025, 2025),
    // 王芳: everything complete.
    ...yearsOf('王芳', WANG, 2022, 2026),
  ]),
  { today: TODAY },
);

describe('buildPlan', () => {
  it('the current year: a reminder line for what is missing, with the deadline setting', () => {
    const plan = buildPlan(buildReport(ledger), { asOf: { year: 2026, month: 10, day: 1 } });
    const zhang = plan.find((p) => p.name === '张伟')!;
    expect(zhang.current).toMatchObject({ year: 2026, public: 0, professional: 12, canMakeUp: true });
    expect(zhang.reminder).toBe(
      '张伟：2026年度继续教育尚缺专业科目12学时，请于2026年12月31日前完成并提交证明材料。',
    );
    expect(plan.map((p) => p.name)).not.toContain('王芳');
    const custom = buildPlan(buildReport(ledger), {
      asOf: { year: 2026, month: 10, day: 1 },
      deadline: { month: 11, day: 30 },
    });
    expect(custom.find((p) => p.name === '张伟')!.reminder).toContain('请于2026年11月30日前');
  });

  it('a title window: past short years are lost, and such people come first', () => {
    const plan = buildPlan(buildReport(ledger, { titleYear: 2026 }), {
      asOf: { year: 2026, month: 10, day: 1 },
    });
    expect(plan.map((p) => p.name)).toEqual(['李娜', '张伟']);
    const li = plan[0];
    expect(li.lost).toEqual([{ year: 2024, public: 0, professional: 20, canMakeUp: false, review: [] }]);
    expect(li.current).toMatchObject({ year: 2026, public: 30, professional: 60, canMakeUp: true });
    expect(li.reminder).toBe(
      '李娜：申报2026年职称所需的2024年度学时不足（专业科目20学时），该年度已无法补学，请核实。' +
        '李娜：2026年度继续教育尚缺公需科目30学时、专业科目60学时，请于2026年12月31日前完成并提交证明材料。',
    );
  });

  it('after the deadline the current year can no longer be made up', () => {
    const plan = buildPlan(buildReport(ledger), {
      asOf: { year: 2026, month: 12, day: 31 },
      deadline: { month: 12, day: 15 },
    });
    expect(plan.find((p) => p.name === '张伟')!.current).toMatchObject({ canMakeUp: false });
  });

  it('English lines carry no Chinese words but names', () => {
    const plan = buildPlan(buildReport(ledger), { asOf: { year: 2026, month: 10, day: 1 }, lang: 'en' });
    const zhang = plan.find((p) => p.name === '张伟')!;
    expect(zhang.reminder).toBe(
      '张伟: 2026 continuing education still lacks 12 professional hours; please complete it and hand in the evidence by 2026-12-31.',
    );
    expect(zhang.reminder.replace('张伟', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the 待办 sheet', () => {
  it('lists each short year after 汇总, the reminder on the person’s first line', async () => {
    const report = buildReport(ledger, { titleYear: 2026 });
    const plan = buildPlan(report, { asOf: { year: 2026, month: 10, day: 1 } });
    const wb = await readReportBack(report, 'zh', { plan });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '待办', '明细', '问题']);
    const ws = wb.getWorksheet('待办')!;
    const rows = [2, 3, 4].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 7));
    expect(rows).toEqual([
      ['李娜', report.people.find((p) => p.name === '李娜')!.id, 2026, 30, 60, '可补学'],
      ['李娜', report.people.find((p) => p.name === '李娜')!.id, 2024, 0, 20, '已无法补学'],
      ['张伟', report.people.find((p) => p.name === '张伟')!.id, 2026, 0, 12, '可补学'],
    ]);
    expect(String(ws.getRow(2).getCell(7).value)).toContain('李娜：申报2026年职称');
    expect(ws.getRow(3).getCell(7).value).toBeNull();
  });
});
