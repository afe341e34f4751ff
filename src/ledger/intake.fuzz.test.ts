/**
 * Fuzzing the intake with random grids: it never throws, every finding points
 * inside the sheet, and every non-blank row below the header either becomes an
 * activity or gets a finding on its row (nothing dropped silently).
 */
import fc from 'fast-check';
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { TEST_HEADER, testId } from './intakeSamples';
import { isBlank } from './cells';

const cellArb = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom(
    '合计',
    '姓名',
    '学时',
    '岗位培训',
    '学术会议',
    '公需科目',
    '专业',
    '24学时',
    '半天',
    '1.5天',
    '2023.5.8-2023.5.13',
    '2023年',
    '张三',
    '李四',
    '3.70202E+17',
    '二、管理人员',
    '\u3000',
    '=SUM(A1)',
  ),
  fc.constantFrom(
    testId(11),
    testId(24),
    testId(11).toLowerCase().slice(0, 17) + 'x',
    Number('370202198001011234'),
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100, max: 100_000 }),
  fc.boolean(),
  fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: false }),
  fc.constantFrom(
    { formula: 'A1', result: 8 },
    { richText: [{ text: '8' }, { text: '学时' }] },
    { error: '#N/A' },
    [1, 2],
    {},
  ),
);

const rowArb = fc.array(cellArb, { maxLength: 14 });

describe('readLedger fuzzing', () => {
  it('never throws on random grids under a real header, and accounts for every row', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 25 }), (data) => {
        const rows = [TEST_HEADER, ...data];
        const ledger = readLedger({ sheet: 'S', rows }, { today: dayNumber(2024, 6, 1) });
        const activityRows = new Set(ledger.activities.map((a) => ledger.origins.get(a.ref)?.row));
        const findingRows = new Set(ledger.findings.map((f) => f.row));
        data.forEach((row, i) => {
          const sheetRow = i + 2;
          if (row.every((c) => isBlank(c))) {
            expect([sheetRow, activityRows.has(sheetRow)]).toEqual([sheetRow, false]);
            return;
          }
          expect([sheetRow, activityRows.has(sheetRow) || findingRows.has(sheetRow)]).toEqual([
            sheetRow,
            true,
          ]);
        });
        for (const f of ledger.findings) {
          expect(f.row === null || (f.row >= 1 && f.row <= rows.length)).toBe(true);
          expect(f.column === null || /^[A-Z]+$/.test(f.column)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on grids of anything, header or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(rowArb, fc.anything()), { maxLength: 25 }),
        fc.string(),
        (rows, sheet) => {
          const ledger = readLedger({ sheet, rows: rows as unknown[][] });
          expect(ledger.sources).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('duplicate rows', () => {
  const people = [
    { name: '张三', id: testId(11) },
    { name: '李四', id: testId(22) },
    { name: '王五', id: testId(33) },
  ];
  const rowArb = fc.record({
    who: fc.integer({ min: 0, max: 2 }),
    kind: fc.constantFrom('岗位培训', '学术会议', '公需科目'),
    day: fc.integer({ min: 1, max: 3 }),
    hours: fc.constantFrom(8, 8.5, 16),
    title: fc.constantFrom('课程甲', '课程乙', ''),
  });

  it('are exactly the rows whose person, kind, dates, hours and title equal an earlier row’s, in row order', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), (rows) => {
        const cells = rows.map((r) => {
          const p = people[r.who];
          return [
            null,
            p.name,
            p.id,
            r.kind,
            null,
            r.title || null,
            `2023-05-0${r.day}`,
            `2023-05-0${r.day}`,
            null,
            r.hours,
            null,
            '证',
          ];
        });
        const ledger = readLedger({ sheet: '台账', rows: [TEST_HEADER, ...cells] });
        const found = ledger.findings.filter((f) => f.code === 'row-duplicate').map((f) => f.row);
        // The plain reading: a row repeats one seen before it for the same person.
        const seen = new Map<string, number>();
        const expected: Array<{ who: number; row: number }> = [];
        rows.forEach((r, i) => {
          const key = JSON.stringify([r.who, r.kind, r.day, r.hours, r.title]);
          if (seen.has(key)) expected.push({ who: r.who, row: i + 2 });
          else seen.set(key, i + 2);
        });
        expect(found).toEqual(expected.map((e) => e.row));
      }),
      { numRuns: 200 },
    );
  });

  it('finds none among 300 distinct rows of one person, then the one repeat added after them', () => {
    const row = (n: number) => {
      const day = `2023-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + Math.floor(n / 12)).padStart(2, '0')}`;
      return [null, '张三', people[0].id, '岗位培训', null, null, day, day, null, 8, null, '证'];
    };
    const distinct = Array.from({ length: 300 }, (_, n) => row(n));
    const clean = readLedger({ sheet: '台账', rows: [TEST_HEADER, ...distinct] });
    expect(clean.activities).toHaveLength(300);
    expect(clean.findings.filter((f) => f.code === 'row-duplicate')).toEqual([]);
    const repeated = readLedger({ sheet: '台账', rows: [TEST_HEADER, ...distinct, row(150)] });
    expect(repeated.findings.filter((f) => f.code === 'row-duplicate').map((f) => [f.row, f.params])).toEqual(
      [[302, { first: '台账!152', firstRow: 152 }]],
    );
  });
});
