/**
 * `--json` streamed (issue 12): `reportJsonPieces` gives, piece by piece,
 * exactly the text of `JSON.stringify(reportToJson(…), null, 2)` and a
 * newline, so a million-row report is never one string.
 */
import { dayNumber } from '../rules/dates';
import { readLedger, readLedgers } from '../ledger/intake';
import { testId, testRow, testSheet } from '../ledger/intakeSamples';
import { buildReport } from './model';
import { reportJsonPieces, reportToJson } from './json';
import type { ReportSummary } from './types';

const TODAY = dayNumber(2024, 6, 1);

const streamed = (report: ReportSummary, file?: string): string[] => [...reportJsonPieces(report, file)];

const whole = (report: ReportSummary, file?: string): string =>
  `${JSON.stringify(reportToJson(report, file), null, 2)}\n`;

describe('reportJsonPieces', () => {
  it('writes what JSON.stringify writes: people, findings, several sources, a title window', () => {
    const ledger = readLedgers(
      [
        {
          file: 'a.xlsx',
          ...testSheet([
            testRow({
              name: '张三',
              id: testId(11),
              kind: '公需科目',
              subject: '公需',
              hours: 30,
              year: 2023,
            }),
            testRow({ name: '张三', id: testId(11), kind: '团建', hours: 1, year: 2023 }),
            testRow({ name: '李四\n"引号"', id: testId(24), kind: '网络学习', hours: 17.5, year: 2022 }),
          ]),
        },
        { file: 'b.xlsx', ...testSheet([testRow({ name: '王五', kind: '读', hours: 1 })], '2023年') },
      ],
      { today: TODAY },
    );
    for (const opts of [{}, { titleYear: 2023 }, { lang: 'en' as const, showIds: true }]) {
      const report = buildReport(ledger, opts);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(streamed(report, 'x.xlsx').join('')).toBe(whole(report, 'x.xlsx'));
    }
  });

  it('writes empty lists as JSON.stringify does', () => {
    const empty = buildReport(readLedger(testSheet([]), { today: TODAY }));
    expect(streamed(empty).join('')).toBe(whole(empty));
    const one = buildReport(
      readLedger(
        testSheet([
          testRow({ name: '张三', id: testId(11), kind: '公需科目', subject: '公需', hours: 30, year: 2023 }),
        ]),
        { today: TODAY },
      ),
    );
    const clean: ReportSummary = { ...one, findings: [] };
    expect(streamed(clean, 'in.xlsx').join('')).toBe(whole(clean, 'in.xlsx'));
  });

  it('hands a large report on in pieces of bounded size', () => {
    const rows = Array.from({ length: 2000 }, (_, i) =>
      testRow({
        name: `员工${i}`,
        id: testId(i % 1000, i < 1000 ? '19800101' : '19810101'),
        kind: '公需科目',
        subject: '公需',
        hours: 30,
        year: 2023,
      }),
    );
    const report = buildReport(readLedger(testSheet(rows), { today: TODAY }));
    const pieces = streamed(report, 'big.xlsx');
    expect(pieces.join('')).toBe(whole(report, 'big.xlsx'));
    expect(pieces.join('').length).toBeGreaterThan(1_000_000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(150_000);
  });
});
