import { buildReport } from '../report/model';
import { readLedger } from './intake';
import { testId, WIDE_SAMPLE } from './intakeSamples';
import { titleYear, wideLayout } from './wideReader';
import { wideRegisterColumns } from './wideRegister';

const WANG = testId(11);
const LI = testId(22);
const SUN = testId(33);

describe('wideLayout', () => {
  const rows = WIDE_SAMPLE.rows as unknown[][];
  it('pairs each item with the hours of its number, under its group header, the 小计 apart', () => {
    const w = wideRegisterColumns(rows, 1);
    expect(w?.row).toBe(2);
    expect(wideLayout(rows, 1, w!)).toEqual({
      groups: [
        { text: '公需科目', column: 3, subject: 'public', pairs: [{ item: 3, hours: 4 }] },
        {
          text: '专业科目',
          column: 5,
          subject: 'professional',
          pairs: [
            { item: 5, hours: 6 },
            { item: 7, hours: 8 },
          ],
          subtotal: 9,
        },
      ],
      year: { year: 2025, text: '专业技术人员继续教育学时登记表（2025年度）', row: 0, column: 0 },
    });
  });

  it('a 年度 column wins over the title; neither: no reading', () => {
    const w = wideRegisterColumns(rows, 1)!;
    expect(wideLayout(rows, 1, w, 2)?.yearColumn).toBe(2);
    expect(wideLayout(rows, 1, w, 2)?.year).toBeUndefined();
    expect(wideLayout([['登记表'], ...rows.slice(1)], 1, w)).toBeUndefined();
  });

  it('reads the title year: 年度 first, a 填报时间 is not a year, two years are none', () => {
    const at = (...titles: string[]) => titleYear([...titles.map((t) => [t]), ['姓名']], titles.length)?.year;
    expect(at('登记表（2025年度）')).toBe(2025);
    expect(at('登记表', '填报时间：2026年1月5日')).toBeUndefined();
    expect(at('登记表（2025年）', '填报时间：2026年1月5日')).toBe(2025);
    expect(at('登记表（2024—2025年度）')).toBeUndefined();
  });
});

describe('a register kept one row per person, read pair by pair', () => {
  const ledger = readLedger(WIDE_SAMPLE);

  it('one activity per filled pair, its subject from the group, its year from the title, its ref naming the column', () => {
    expect(
      ledger.activities.map((a) => [
        a.ref,
        a.personKey,
        a.kind,
        a.declaredSubject,
        a.year,
        a.claimedHours,
        a.days,
      ]),
    ).toEqual([
      ['2025年度登记表!4#D', WANG, 'public-course', 'public', 2025, 30, undefined],
      ['2025年度登记表!4#F', WANG, 'professional-course', 'professional', 2025, 24, 3],
      ['2025年度登记表!4#H', WANG, 'job-training', 'professional', 2025, 16, 2],
      ['2025年度登记表!5#D', LI, 'public-course', 'public', 2025, undefined, undefined],
      ['2025年度登记表!5#F', LI, 'professional-course', 'professional', 2025, 24, 3],
      ['2025年度登记表!6#D', SUN, 'public-course', 'public', 2025, 30, undefined],
      ['2025年度登记表!6#J', SUN, 'professional-course', 'professional', 2025, 64, undefined],
    ]);
    expect(ledger.sources[0].dataRows).toBe(3);
  });

  it('origins give the row and the column of each activity', () => {
    expect(ledger.origins.get('2025年度登记表!4#H')).toEqual({
      sheet: '2025年度登记表',
      row: 4,
      column: 'H',
    });
    expect(ledger.origins.get('2025年度登记表!4')).toEqual({ sheet: '2025年度登记表', row: 4 });
    expect(ledger.origins.get('2025年度登记表!7#H')).toBeUndefined();
    expect(ledger.origins.get('2025年度登记表!4#h')).toBeUndefined();
  });

  it('says where the year, the days, the bare 小计 and the "已完成" came from, on their columns', () => {
    expect(
      ledger.findings
        .filter((f) => f.code !== 'evidence-column-missing')
        .map((f) => [f.code, f.severity, f.row, f.column]),
    ).toEqual([
      ['kind-from-subject', 'info', null, 'D'],
      ['wide-year-from-title', 'info', 1, 'A'],
      ['text-facts-read', 'info', 4, 'F'],
      ['kind-matched-by-keyword', 'info', 4, 'H'],
      ['text-facts-read', 'info', 4, 'H'],
      ['wide-hours-status', 'error', 5, 'E'],
      ['text-facts-read', 'info', 5, 'F'],
      ['wide-subtotal-only', 'warning', 6, 'J'],
    ]);
    const subtotal = ledger.findings.find((f) => f.code === 'wide-subtotal-only');
    expect(subtotal?.params).toEqual({ text: '64', subject: '专业科目' });
    expect(subtotal?.personKey).toBe(SUN);
  });

  it('judges each person-year: "已完成" leaves the year 待核实, a bare 小计 counts as claimed', () => {
    const report = buildReport(ledger);
    const years = report.people.map((p) => [
      p.name,
      p.years.map((y) => [y.year, y.public, y.professional, y.compliant, y.review]),
    ]);
    expect(years).toEqual([
      ['王建国', [[2025, 30, 40, false, undefined]]],
      ['李秀英', [[2025, 0, 24, false, ['2025年度登记表!5']]]],
      ['孙丽', [[2025, 30, 64, true, undefined]]],
    ]);
  });

  it('a pair repeated on the row is a duplicate on its column; a rule finding names the column too', () => {
    const rows = WIDE_SAMPLE.rows as unknown[][];
    const repeat = [4, '周涛', testId(44), null, null, 'BIM研修班（2天）', 24, 'BIM研修班（2天）', 24, 48];
    const l = readLedger({ sheet: '登记表', rows: [...rows.slice(0, 3), repeat] });
    expect(l.activities.map((a) => a.ref)).toEqual(['登记表!4#F']);
    expect(l.findings.filter((f) => f.code === 'row-duplicate').map((f) => [f.row, f.column])).toEqual([
      [4, 'H'],
    ]);
    const report = buildReport(l);
    expect(report.findings.filter((f) => f.code === 'per-day-cap').map((f) => [f.row, f.column])).toEqual([
      [4, 'F'],
    ]);
  });

  it('a 年度 column gives each row its year, with no note about the title', () => {
    const rows = (WIDE_SAMPLE.rows as unknown[][]).map((r, i) =>
      i === 0 ? r : [...r, i === 1 ? '年度' : i === 2 ? null : 2024],
    );
    const l = readLedger({ sheet: '登记表', rows });
    expect(new Set(l.activities.map((a) => a.year))).toEqual(new Set([2024]));
    expect(l.findings.some((f) => f.code === 'wide-year-from-title')).toBe(false);
  });

  it('without a year in the title or a 年度 column the sheet is still not checked', () => {
    const rows = WIDE_SAMPLE.rows as unknown[][];
    const l = readLedger({ sheet: '登记表', rows: [['专业技术人员继续教育学时登记表'], ...rows.slice(1)] });
    expect(l.activities).toEqual([]);
    expect(l.people).toEqual([]);
    expect(l.findings.map((f) => [f.code, f.row, f.column])).toEqual([['sheet-wide-register', 3, 'F']]);
  });
});
