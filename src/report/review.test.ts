/**
 * 待核实: a verdict that rests on a row the checker calls wrong is not 达标
 * (interpretations.md, "Rows that carry errors").
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from '../ledger/intake';
import { testId, testRow, testSheet } from '../ledger/intakeSamples';
import { buildReport } from './model';
import { reportToJson } from './json';
import { personStanding } from './verdict';

const TODAY = dayNumber(2024, 6, 1);
const A = testId(11);

const publicRow = (id: string) =>
  testRow({
    name: '张三',
    id,
    kind: '公需科目',
    subject: '公需',
    start: '2023-03-01',
    end: '2023-03-04',
    hours: 30,
    evidence: '证',
  });
const trainingRow = (id: string, hours: number, start = '2023-05-08', end = '2023-05-15') =>
  testRow({ name: '张三', id, kind: '岗位培训', start, end, hours, days: 8, evidence: '证' });

/** A row whose end date is before its start: the ledger's `date-end-before-start`, an error. */
const endBeforeStart = (id: string) =>
  testRow({
    name: '张三',
    id,
    kind: '岗位培训',
    start: '2023-10-10',
    end: '2023-10-09',
    hours: 8,
    days: 1,
    evidence: '证',
  });

/** The valid ID with its check digit changed: the row carries `id-check-digit`, an error. */
const badCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

describe('待核实', () => {
  it('a year that passes only thanks to a row with an error is 待核实, listed with that row, and not 达标', () => {
    // Row 4: the ID stored as a number (its last digits lost, joined by name: an error), 8 hours: without it 专业 is 52 < 60.
    const numericId = testRow({
      name: '张三',
      id: Number(A),
      kind: '岗位培训',
      start: '2023-10-10',
      end: '2023-10-10',
      hours: 8,
      days: 1,
      evidence: '证',
    });
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 52), numericId]), { today: TODAY }),
      { year: 2023 },
    );
    const p = report.people[0];
    expect(report.findings.some((f) => f.severity === 'error' && f.row === 4)).toBe(true);
    expect(p.years[0]).toMatchObject({ public: 30, professional: 60, compliant: false, review: ['台账!4'] });
    expect(personStanding(p, report.options)).toBe('review');
    expect(report.counts).toMatchObject({ passing: 0, failing: 0, review: 1 });
    // The row's finding names its person (第4行（张三）in the CLI).
    expect(report.findings.find((f) => f.code === 'id-numeric-lost-digits')).toMatchObject({
      row: 4,
      personKey: p.key,
    });
  });

  it('every row of a person with a wrong check digit is suspect: their pass becomes 待核实', () => {
    const id = badCheckDigit(A);
    const report = buildReport(
      readLedger(testSheet([publicRow(id), trainingRow(id, 60)]), { today: TODAY }),
      {
        year: 2023,
      },
    );
    const p = report.people[0];
    expect(p.years[0]).toMatchObject({
      public: 30,
      professional: 60,
      compliant: false,
      review: ['台账!2', '台账!3'],
    });
    expect(personStanding(p, report.options)).toBe('review');
    expect(report.counts).toMatchObject({ passing: 0, failing: 0, review: 1 });
    const json = reportToJson(report) as {
      people: Array<{ review: boolean; years: Array<{ review: boolean; reviewRows: string[] }> }>;
    };
    expect(json.people[0].review).toBe(true);
    expect(json.people[0].years[0]).toMatchObject({ review: true, reviewRows: ['台账!2', '台账!3'] });
  });

  it('a pass that holds without the suspect rows stays 达标', () => {
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 60), endBeforeStart(A)]), { today: TODAY }),
      { year: 2023 },
    );
    const p = report.people[0];
    expect(report.findings.some((f) => f.severity === 'error' && f.row === 4)).toBe(true);
    expect(p.years[0].compliant).toBe(true);
    expect(p.years[0].review).toBeUndefined();
    expect(personStanding(p, report.options)).toBe('pass');
  });

  it('a failing year whose suspect rows (an ID error) all earned their hours stays 未达标', () => {
    const id = badCheckDigit(A);
    const report = buildReport(
      readLedger(testSheet([publicRow(id), trainingRow(id, 20)]), { today: TODAY }),
      { year: 2023 },
    );
    const p = report.people[0];
    expect(p.years[0].review).toBeUndefined();
    expect(personStanding(p, report.options)).toBe('fail');
    expect(report.counts).toMatchObject({ failing: 1, review: 0 });
  });
});

describe('待核实: a 职称外语 row without a score (四(五))', () => {
  it('its hours count, but a year that passes only with them is 待核实', () => {
    // 20 公需 + the C-level exam's 10 (no score) = 30: the year passes only thanks to row 4.
    const rows = [
      [
        '姓名',
        '身份证号',
        '学习形式',
        '科目类别',
        '学时',
        '天数',
        '开始日期',
        '结束日期',
        '外语等级',
        '成绩',
        '证明材料',
      ],
      ['张三', A, '公需科目', '公需', 20, 3, '2023-03-01', '2023-03-03', '', '', '证书'],
      ['张三', A, '岗位培训', '专业', 60, 8, '2023-05-08', '2023-05-15', '', '', '证书'],
      ['张三', A, '职称外语', '', '', '', '2023-04-15', '2023-04-15', 'C', '', '成绩通知书'],
    ];
    const report = buildReport(readLedger({ sheet: '台账', rows }, { today: TODAY }), { year: 2023 });
    const y = report.people[0].years[0];
    expect(y).toMatchObject({ public: 30, professional: 60, compliant: false, review: ['台账!4'] });
    expect(report.findings.find((f) => f.code === 'score-missing')).toMatchObject({
      severity: 'error',
      row: 4,
    });
    // With the score given, the same year is 达标.
    rows[3][9] = 75;
    const scored = buildReport(readLedger({ sheet: '台账', rows }, { today: TODAY }), { year: 2023 });
    expect(scored.people[0].years[0]).toMatchObject({ public: 30, compliant: true });
    expect(scored.people[0].years[0].review).toBeUndefined();
  });
});

describe('an exact duplicate row is counted once', () => {
  it('a person 4 hours short does not pass thanks to a row entered twice', () => {
    const extra = testRow({
      name: '张三',
      id: A,
      kind: '岗位培训',
      start: '2023-10-10',
      end: '2023-10-10',
      hours: 8,
      days: 1,
      evidence: '证',
    });
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 48), extra, extra]), { today: TODAY }),
      {
        year: 2023,
      },
    );
    expect(report.people[0].years[0]).toMatchObject({ public: 30, professional: 56, compliant: false });
    expect(report.findings.find((f) => f.code === 'row-duplicate')).toMatchObject({
      row: 5,
      params: { first: '台账!4' },
    });
  });
});

describe('待核实: a failing year beside a row an error left at nothing', () => {
  /** A row whose kind names nothing the notice credits: `kind-unknown`, an error, 0 hours. */
  const contest = (id: string, start = '2023-09-01', end = '2023-09-02') =>
    testRow({
      name: '张三',
      id,
      kind: '技能比武',
      subject: '专业科目',
      start,
      end,
      hours: 16,
      evidence: '证',
    });

  it('a year short of 专业 with an unknown-kind row in it is 待核实, that row listed, the shortfall kept', () => {
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 40), contest(A)]), { today: TODAY }),
      { year: 2023 },
    );
    const p = report.people[0];
    expect(report.findings.find((f) => f.code === 'kind-unknown')).toMatchObject({
      severity: 'error',
      row: 4,
    });
    expect(p.years[0]).toMatchObject({
      public: 30,
      professional: 40,
      compliant: false,
      shortfall: { public: 0, professional: 20 },
      review: ['台账!4'],
    });
    expect(personStanding(p, report.options)).toBe('review');
    expect(report.counts).toMatchObject({ passing: 0, failing: 0, review: 1 });
    const json = reportToJson(report) as {
      people: Array<{ verdict: string; reviewRows: string[]; years: Array<{ reviewRows: string[] }> }>;
    };
    expect(json.people[0]).toMatchObject({ verdict: 'review', reviewRows: ['台账!4'] });
    expect(json.people[0].years[0].reviewRows).toEqual(['台账!4']);
  });

  it('a training whose date cannot be read earns nothing and may belong to any year: a failing year beside it is 待核实', () => {
    const undated = testRow({
      name: '张三',
      id: A,
      kind: '岗位培训',
      start: '2023年13月',
      hours: 16,
      evidence: '证',
    });
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 40), undated]), { today: TODAY }),
      { year: 2023 },
    );
    expect(report.findings.find((f) => f.code === 'date-invalid')).toMatchObject({
      severity: 'error',
      row: 4,
    });
    expect(report.people[0].years[0]).toMatchObject({ professional: 40, review: ['台账!4'] });
  });

  it('a failing year whose only error row belongs to another year stays 未达标', () => {
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 40), contest(A, '2022-09-01', '2022-09-02')]), {
        today: TODAY,
      }),
      { year: 2023 },
    );
    const p = report.people[0];
    expect(p.years[0]).toMatchObject({ professional: 40, compliant: false });
    expect(p.years[0].review).toBeUndefined();
    expect(personStanding(p, report.options)).toBe('fail');
    expect(report.counts).toMatchObject({ failing: 1, review: 0 });
  });

  it('a failing year with no error rows stays 未达标', () => {
    const report = buildReport(readLedger(testSheet([publicRow(A), trainingRow(A, 40)]), { today: TODAY }), {
      year: 2023,
    });
    const p = report.people[0];
    expect(p.years[0].review).toBeUndefined();
    expect(personStanding(p, report.options)).toBe('fail');
  });

  it('a failing year beside such a row and another failing year without one: the person is 未达标', () => {
    const report = buildReport(
      readLedger(
        testSheet([
          publicRow(A),
          trainingRow(A, 40),
          contest(A),
          trainingRow(A, 40, '2022-05-08', '2022-05-15'),
        ]),
        { today: TODAY },
      ),
    );
    const p = report.people[0];
    expect(p.years.map((y) => [y.year, y.review])).toEqual([
      [2022, undefined],
      [2023, ['台账!4']],
    ]);
    expect(personStanding(p, report.options)).toBe('fail');
  });

  it('a failing title window with such a row in its years is 待核实', () => {
    const report = buildReport(
      readLedger(testSheet([publicRow(A), trainingRow(A, 40), contest(A)]), { today: TODAY }),
      { titleYear: 2023 },
    );
    const p = report.people[0];
    expect(p.window).toMatchObject({ compliant: false, review: ['台账!4'] });
    expect(personStanding(p, report.options)).toBe('review');
  });
});
