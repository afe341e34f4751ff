/**
 * The report model and its JSON: exact keys, `--year` lists everyone, the
 * title window sees every sheet, IDs masked by default, rule issues on rows,
 * hours exact.
 */
import { dayNumber } from '../rules/dates';
import { readLedger, readLedgers } from '../ledger/intake';
import { testId, testRow, testSheet } from '../ledger/intakeSamples';
import { buildReport } from './model';
import { reportToJson } from './json';

const TODAY = dayNumber(2024, 6, 1);
const A = testId(11);
const B = testId(24);

/** A full year for one person: 30 公需 (public-course, passed) + 60 专业 (job training 4 × 2 days × 8h... ). */
function fullYear(name: string, id: string, y: number): unknown[][] {
  return [
    testRow({
      name,
      id,
      kind: '公需科目',
      subject: '公需',
      start: `${y}-03-01`,
      end: `${y}-03-04`,
      hours: 30,
      evidence: '证',
    }),
    testRow({
      name,
      id,
      kind: '岗位培训',
      start: `${y}-05-08`,
      end: `${y}-05-15`,
      hours: 60,
      days: 8,
      evidence: '证',
    }),
  ];
}

describe('buildReport', () => {
  const ledger = readLedger(
    testSheet([
      ...fullYear('张三', A, 2023),
      testRow({
        name: '李四',
        id: B,
        kind: '岗位培训',
        start: '2022-05-08',
        end: '2022-05-09',
        hours: 17.5,
        days: 3,
        evidence: '证',
      }),
    ]),
    { today: TODAY },
  );

  it('leaves out the 明细 lines when asked, and nothing else changes', () => {
    const full = buildReport(ledger, { titleYear: 2023 });
    const lean = buildReport(ledger, { titleYear: 2023, details: false });
    expect(full.details.length).toBe(ledger.activities.length);
    expect(lean.details).toEqual([]);
    expect(lean.people).toEqual(full.people);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.counts).toEqual(full.counts);
  });

  it('without evaluations keeps no person’s explanation, and every verdict, finding and JSON field stays the same', () => {
    const full = buildReport(ledger, { titleYear: 2023 });
    const lean = buildReport(ledger, { titleYear: 2023, evaluations: false });
    expect(full.people.every((p) => p.evaluation.credits.length > 0)).toBe(true);
    expect(lean.people.some((p) => 'evaluation' in p)).toBe(false);
    expect(lean.people).toEqual(full.people.map(({ evaluation: _evaluation, ...rest }) => rest));
    expect(lean.findings).toEqual(full.findings);
    expect(lean.counts).toEqual(full.counts);
    expect(reportToJson(lean, 'a.xlsx')).toEqual(reportToJson(full, 'a.xlsx'));
  });

  it('lists every year with activity, masked IDs, and counts', () => {
    const r = buildReport(ledger);
    expect(r.options).toMatchObject({ showIds: false, lang: 'zh', policy: { windowPolicy: 'each-year' } });
    expect(
      r.people.map((p) => [
        p.name,
        p.id,
        p.years.map((y) => [y.year, y.public, y.professional, y.compliant]),
      ]),
    ).toEqual([
      ['张三', '370202********0117', [[2023, 30, 60, true]]],
      ['李四', '370202********0248', [[2022, 0, 17.5, false]]],
    ]);
    expect(r.counts).toEqual({
      people: 2,
      passing: 1,
      failing: 1,
      review: 0,
      deemed: 0,
      sector: 0,
      findings: { error: 0, warning: 0, info: 0 },
    });
  });

  it('shows IDs in full when asked', () => {
    expect(buildReport(ledger, { showIds: true }).people[0].id).toBe(A);
  });

  it('with a year, lists everyone for it, with zeros and a failing verdict for those who did nothing', () => {
    const r = buildReport(ledger, { year: 2023 });
    expect(
      r.people.map((p) => [p.name, p.years.map((y) => [y.year, y.total, y.compliant, y.shortfall])]),
    ).toEqual([
      ['张三', [[2023, 90, true, { public: 0, professional: 0 }]]],
      ['李四', [[2023, 0, false, { public: 30, professional: 60 }]]],
    ]);
    expect(r.counts).toMatchObject({ passing: 1, failing: 1 });
  });

  it('lists a person with no activity at all (a roster row) under a year', () => {
    const l = readLedger(testSheet([testRow({ name: '王五', id: testId(36) })]), { today: TODAY });
    const r = buildReport(l, { year: 2023 });
    expect(r.people.map((p) => [p.name, p.years.map((y) => y.compliant)])).toEqual([['王五', [false]]]);
  });

  it('writes one 明细 line per activity: claimed, credited before and after caps, clause, reasons', () => {
    const l = readLedger(
      testSheet([
        testRow({
          name: '张三',
          id: A,
          kind: '岗位培训',
          start: '2023-05-08',
          end: '2023-05-08',
          hours: 12,
          days: 1,
          evidence: '证',
        }),
        testRow({ name: '张三', id: A, kind: '团建', start: '2023-05-09', end: '2023-05-09', hours: 4 }),
      ]),
      { today: TODAY },
    );
    const r = buildReport(l);
    expect(
      r.details.map((d) => [d.row, d.kind, d.clause, d.claimed, d.creditedBeforeCaps, d.credited, d.reasons]),
    ).toEqual([
      [2, 'job-training', '四(一)2', 12, 8, 8, ['per-day-cap']],
      [3, '团建', '四', 4, 0, 0, ['kind-unknown']],
    ]);
    // The ledger already said the kind is unknown; the engine's identical verdict is not repeated.
    expect(r.findings.filter((f) => f.code === 'kind-unknown').map((f) => f.layer)).toEqual(['ledger']);
    expect(r.findings.find((f) => f.code === 'per-day-cap')).toMatchObject({
      layer: 'rules',
      sheet: '台账',
      row: 2,
      clause: '四(一)2',
    });
  });

  it('puts maternity leave on a male ID on its row', () => {
    const male = testId(11);
    const l = readLedger(
      testSheet([
        testRow({
          name: '张三',
          id: male,
          kind: '产假',
          start: '2023-01-01',
          end: '2023-06-30',
          evidence: '证',
        }),
      ]),
      { today: TODAY },
    );
    const r = buildReport(l);
    expect(
      r.findings.filter((f) => f.code === 'maternity-male-id').map((f) => [f.layer, f.sheet, f.row]),
    ).toEqual([['rules', '台账', 2]]);
  });

  it('judges a 2023 title window over five yearly sheets joined by ID', () => {
    const sources = [2019, 2020, 2021, 2022, 2023].map((y) =>
      testSheet(y === 2021 ? fullYear('张三', A, y).slice(0, 1) : fullYear('张三', A, y), `${y}年`),
    );
    const r = buildReport(readLedgers(sources, { today: TODAY }), { titleYear: 2023 });
    expect(r.people).toHaveLength(1);
    expect(r.people[0].years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(r.people[0].window).toMatchObject({
      titleYear: 2023,
      from: 2019,
      to: 2023,
      policy: 'each-year',
      compliant: false,
      failingYears: [2021],
    });
    expect(r.counts).toMatchObject({ passing: 0, failing: 1 });
  });

  it('sorts findings by sheet order and row', () => {
    const r = buildReport(
      readLedgers(
        [
          testSheet(
            [testRow({ name: '张三', id: A, kind: '团建', hours: 1 }), testRow({ name: '合计' })],
            'b',
          ),
          testSheet([testRow({ name: '张三', id: A, kind: '读', hours: 1 })], 'a'),
        ],
        { today: TODAY },
      ),
    );
    expect(r.findings.filter((f) => f.layer === 'ledger').map((f) => [f.sheet, f.row, f.code])).toEqual([
      ['b', 2, 'kind-unknown'],
      ['b', 3, 'row-subtotal'],
      ['a', 2, 'kind-unknown'],
    ]);
  });
});

describe('reportToJson', () => {
  const l = readLedger(
    {
      file: 'in.xlsx',
      ...testSheet(
        [
          ...fullYear('张三', A, 2023),
          testRow({ name: '李四', id: B, kind: '团建', hours: 17.5, year: 2023 }),
        ],
        '2023年',
      ),
    },
    { today: TODAY },
  );

  it('has exactly the documented keys', () => {
    const j = reportToJson(buildReport(l, { titleYear: 2023 }));
    expect(Object.keys(j).sort()).toEqual(
      ['columns', 'counts', 'dataRows', 'file', 'findings', 'headerRow', 'people', 'sheet', 'sources'].sort(),
    );
    expect(j).toMatchObject({ file: 'in.xlsx', sheet: '2023年', headerRow: 1, dataRows: 3 });
    expect(j.sources).toEqual([{ file: 'in.xlsx', sheet: '2023年', headerRow: 1, dataRows: 3 }]);
    expect(j.columns).toMatchObject({ name: 'B', idNumber: 'C', hours: 'J' });
    expect(Object.keys(j.people[0]).sort()).toEqual([
      'id',
      'name',
      'review',
      'reviewRows',
      'status',
      'verdict',
      'window',
      'years',
    ]);
    expect(Object.keys(j.people[0].years[0]).sort()).toEqual([
      'compliant',
      'deemed',
      'professional',
      'public',
      'review',
      'reviewRows',
      'shortfall',
      'total',
      'year',
    ]);
    expect(Object.keys(j.people[0].window!).sort()).toEqual([
      'compliant',
      'failingYears',
      'from',
      'policy',
      'review',
      'reviewRows',
      'titleYear',
      'to',
    ]);
    expect(Object.keys(j.findings[0]).sort()).toEqual([
      'clause',
      'code',
      'column',
      'message',
      'row',
      'severity',
      'sheet',
    ]);
    expect(j.people[0]).toMatchObject({ name: '张三', id: '370202********0117', status: 'evaluated' });
    expect(j.findings[0]).toEqual({
      severity: 'error',
      code: 'kind-unknown',
      clause: null,
      sheet: '2023年',
      row: 4,
      column: 'D',
      message: expect.stringContaining('团建'),
    });
  });

  it('writes messages in the report language', () => {
    const j = reportToJson(buildReport(l, { lang: 'en' }));
    expect(j.findings[0].message).toMatch(/^Unknown kind of activity "团建"/);
  });

  it('adds the file to each finding when there are several sources', () => {
    const two = readLedgers(
      [
        { file: 'a.xlsx', ...testSheet([testRow({ name: '张三', id: A, kind: '团建', hours: 1 })]) },
        { file: 'b.xlsx', ...testSheet([testRow({ name: '张三', id: A, kind: '读', hours: 1 })]) },
      ],
      { today: TODAY },
    );
    const j = reportToJson(buildReport(two));
    expect(j.findings.filter((f) => f.code === 'kind-unknown').map((f) => f.file)).toEqual([
      'a.xlsx',
      'b.xlsx',
    ]);
  });

  it('names the row a repeat points to as a reader does: sheet and row, the file’s name only among several files', () => {
    const paper = (y: number) =>
      testRow({ name: '张三', id: A, kind: '论文', year: y, title: '海洋腐蚀防护研究', evidence: '期刊' });
    const messages = (ledger: ReturnType<typeof readLedgers>) =>
      reportToJson(buildReport(ledger))
        .findings.filter((f) => f.code === 'duplicate-achievement' || f.code === 'row-duplicate')
        .map((f) => f.message);
    const one = readLedgers([{ file: '/data/hr/2023台账.xlsx', ...testSheet([paper(2022), paper(2023)]) }], {
      today: TODAY,
    });
    expect(messages(one)).toEqual(['同一项目成果已在台账!2计算，不重复计算']);
    const two = readLedgers(
      [
        { file: '/data/hr/2022.xlsx', ...testSheet([paper(2022)]) },
        { file: 'C:\\台账\\2023.xlsx', ...testSheet([paper(2023), paper(2023)]) },
      ],
      { today: TODAY },
    );
    // In row order: 2023.xlsx row 2 repeats the 成果 of 2022.xlsx row 2; row 3 repeats row 2 in
    // every field: one record, counted once, so it raises no 成果 finding of its own.
    expect(messages(two)).toEqual([
      '同一项目成果已在2022.xlsx|台账!2计算，不重复计算',
      '此行与 2023.xlsx|台账!2 每一项都相同，是同一条记录，只计一次',
    ]);
  });

  it('keeps hours exact', () => {
    const exact = readLedger(
      testSheet([testRow({ name: '李四', id: B, kind: '网络学习', hours: 17.5, year: 2023 })]),
      { today: TODAY },
    );
    const j = reportToJson(buildReport(exact));
    expect(j.people[0].years[0]).toEqual({
      year: 2023,
      public: 0,
      professional: 17.5,
      total: 17.5,
      compliant: false,
      deemed: false,
      shortfall: { public: 30, professional: 42.5 },
      review: false,
      reviewRows: [],
    });
  });
});

describe('years after the last the ledger records', () => {
  // A 2024–2025 ledger; a degree programme of 2024.9–2027.6 earns 10 in each year of its term (四(二)).
  const ledger = readLedger(
    testSheet([
      ...fullYear('张三', A, 2024),
      ...fullYear('张三', A, 2025),
      testRow({
        name: '张三',
        id: A,
        kind: '在职研究生',
        start: '2024-09-01',
        end: '2027-06-30',
        hours: 10,
        evidence: '学籍证明',
      }),
    ]),
    { today: dayNumber(2026, 1, 10) },
  );

  it('are not judged: no 未达标 for 2026 and 2027 from credits carried forward, and a note says why', () => {
    const report = buildReport(ledger);
    const p = report.people[0];
    expect(p.years.map((y) => [y.year, y.compliant])).toEqual([
      [2024, true],
      [2025, true],
    ]);
    expect(report.counts.failing).toBe(0);
    expect(report.findings.find((f) => f.code === 'years-after-ledger')?.params).toEqual({
      years: '2026、2027',
      last: 2025,
    });
  });

  it('nor are years after the as-of day, even with records in them', () => {
    const report = buildReport(ledger, { asOfYear: 2024 });
    expect(report.people[0].years.map((y) => y.year)).toEqual([2024]);
    expect(report.findings.find((f) => f.code === 'years-after-ledger')?.params).toEqual({
      years: '2025、2026、2027',
      last: 2024,
    });
  });

  it('are judged when asked for by year', () => {
    const p = buildReport(ledger, { year: 2026 }).people[0];
    expect(p.years.map((y) => [y.year, y.professional, y.compliant])).toEqual([[2026, 10, false]]);
  });
});

describe('years before the first the ledger records', () => {
  // A 2024–2025 ledger; a degree programme of 2023.9–2026.6 carries 10 into 2023 as well (四(二)).
  const ledger = readLedger(
    testSheet([
      ...fullYear('张三', A, 2024),
      ...fullYear('张三', A, 2025),
      testRow({
        name: '张三',
        id: A,
        kind: '在职研究生',
        start: '2023-09-01',
        end: '2026-06-30',
        hours: 10,
        evidence: '学籍证明',
      }),
    ]),
    { today: dayNumber(2026, 1, 10) },
  );

  it('are not judged either: no 未达标 for 2023 from the programme alone, and a note says why', () => {
    const report = buildReport(ledger);
    expect(report.people[0].years.map((y) => [y.year, y.compliant])).toEqual([
      [2024, true],
      [2025, true],
    ]);
    expect(report.counts.failing).toBe(0);
    expect(report.findings.find((f) => f.code === 'years-before-ledger')?.params).toEqual({
      years: '2023',
      first: 2024,
    });
  });

  it('a ledger of one long record keeps its years', () => {
    const one = readLedger(
      testSheet([
        testRow({
          name: '张三',
          id: A,
          kind: '在职研究生',
          start: '2023-09-01',
          end: '2026-06-30',
          hours: 10,
        }),
      ]),
      { today: dayNumber(2026, 1, 10) },
    );
    const report = buildReport(one);
    expect(report.people[0].years.map((y) => y.year)).toEqual([2023]);
    expect(report.findings.some((f) => f.code === 'years-before-ledger')).toBe(false);
  });

  it('are judged when asked for by year', () => {
    const p = buildReport(ledger, { year: 2023 }).people[0];
    expect(p.years.map((y) => [y.year, y.professional, y.compliant])).toEqual([[2023, 10, false]]);
  });
});
