/** The bureau's roll-up per unit and its reproducible, stratified spot-check sample. */
import { dayNumber } from '../rules/dates';
import { readLedgers } from '../ledger/intake';
import { testId, testRow, testSheet } from '../ledger/intakeSamples';
import { buildReport } from './model';
import { allocate, drawSample, parseSampleSize } from './sample';
import { unitOfFile, unitRollUp } from './units';

const TODAY = dayNumber(2024, 6, 1);

/** A person who passes 2023 (30 公需 + 64 专业) or, with `short`, has 16 专业 only. */
function person(name: string, id: string, short = false): unknown[][] {
  return [
    testRow({
      name,
      id,
      kind: '公需科目',
      subject: '公需',
      start: '2023-03-01',
      end: '2023-03-04',
      hours: 30,
      evidence: '证',
    }),
    testRow({
      name,
      id,
      kind: '岗位培训',
      start: '2023-05-01',
      end: '2023-05-08',
      hours: short ? 16 : 64,
      days: 8,
      evidence: '证',
    }),
  ];
}

const hospital = testSheet([
  ...person('甲一', testId(1)),
  ...person('甲二', testId(2), true),
  ...person('甲三', testId(3)),
]).rows;
const school = testSheet([
  ...person('乙一', testId(4)),
  ...person('乙二', testId(5)),
  ...person('乙三', testId(6), true),
  ...person('乙四', testId(7)),
  ...person('乙五', testId(8)),
]).rows;

const report = buildReport(
  readLedgers(
    [
      { file: '/data/市立医院.xlsx', sheet: '台账', rows: hospital },
      { file: '/data/第一中学.csv', sheet: '台账', rows: school },
    ],
    { today: TODAY },
  ),
  { year: 2023 },
);

describe('unitRollUp', () => {
  it('counts each unit and the total, with the share passing', () => {
    expect(unitRollUp(report.people, report.options)).toEqual([
      { unit: '市立医院', people: 3, passing: 2, failing: 1, review: 0, sector: 0, passShare: 2 / 3 },
      { unit: '第一中学', people: 5, passing: 4, failing: 1, review: 0, sector: 0, passShare: 4 / 5 },
      { unit: '', people: 8, passing: 6, failing: 2, review: 0, sector: 0, passShare: 6 / 8 },
    ]);
  });

  it.each([
    ['/data/市立医院.xlsx', '市立医院'],
    ['C:\\台账\\第一中学.csv', '第一中学'],
    ['无扩展名', '无扩展名'],
    [undefined, ''],
  ])('unitOfFile(%s) = %s', (file, unit) => expect(unitOfFile(file)).toBe(unit));
});

describe('the spot-check sample', () => {
  it.each([
    ['10', { count: 10 }],
    ['5%', { percent: 5 }],
    ['12.5%', { percent: 12.5 }],
    ['0', undefined],
    ['101%', undefined],
    ['abc', undefined],
  ])('parseSampleSize(%s)', (text, size) => expect(parseSampleSize(text)).toEqual(size));

  it.each<[number[], Parameters<typeof allocate>[1], number[]]>([
    [[3, 5], { count: 4 }, [2, 2]],
    [[3, 5], { count: 3 }, [1, 2]],
    [[3, 5], { count: 100 }, [3, 5]],
    [[3, 5], { percent: 10 }, [1, 1]],
    [[3, 5], { percent: 50 }, [2, 3]],
    [[0, 5], { percent: 50 }, [0, 3]],
  ])('allocate(%j, %j) = %j', (sizes, size, out) => expect(allocate(sizes, size)).toEqual(out));

  it('is stratified by unit and the same for the same seed, different for another', () => {
    const names = (seed: number) => drawSample(report.people, { count: 4 }, seed).map((p) => p.name);
    const a = names(20261202);
    expect(a).toHaveLength(4);
    expect(a.filter((n) => n.startsWith('甲'))).toHaveLength(2);
    expect(a.filter((n) => n.startsWith('乙'))).toHaveLength(2);
    expect(names(20261202)).toEqual(a);
    // The fixed seed's sample, pinned: the same on any machine.
    expect(a).toEqual(['甲一', '甲二', '乙五', '乙三']);
    // The fixed seed's sample, pinned: the same on any machine.
    const seeds = [1, 2, 3, 4, 5].map((s) => names(s).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
