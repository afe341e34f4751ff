/** A 规则 sheet of user-defined kinds (四(四)5): rows → kinds that take part in matching and credit. */
import { dayNumber } from '../rules/dates';
import { createRuleBook } from '../rules/rulebook';
import { buildReport } from '../report/model';
import { readLedger } from './intake';
import { testId, testRow, testSheet } from './intakeSamples';
import { readRuleSheet } from './ruleSheet';

const rows = [
  ['2024年度折算规则'],
  ['代码', '名称', '别名', '条款原文', '计算方式', '每项学时', '科目', '年度上限'],
  [
    'patent-transfer',
    '专利成果转化',
    '专利转化、成果转化',
    '专利成果转化的，每项折算12学时',
    '按项',
    '12学时',
    '专业',
    24,
  ],
  [null, null, null, null, null, null, null, null],
  ['Bad Code', '坏规则', '', '…', '按项', 12, '专业', null],
  ['volunteer', '志愿服务', '', '…', '按项', '很多', '专业', null],
];

describe('readRuleSheet', () => {
  const r = readRuleSheet(rows, '规则');

  it('turns each good row into a kind, with its cap group', () => {
    expect(
      r.kinds.map((k) => [k.code, k.name, k.aliases, k.credit, k.subject, k.capGroup, k.userDefined]),
    ).toEqual([
      [
        'patent-transfer',
        '专利成果转化',
        ['专利转化', '成果转化'],
        { type: 'perItem', hoursPerItem: 12 },
        { type: 'fixed', subject: 'professional' },
        'user:patent-transfer',
        true,
      ],
    ]);
    expect(r.capGroups).toEqual([
      { code: 'user:patent-transfer', clause: '四(四)5', name: '专利成果转化', yearlyCap: 24 },
    ]);
  });

  it('reports a bad row on its cell and skips it', () => {
    expect(r.findings.map((f) => ({ code: f.code, layer: f.layer, row: f.row, column: f.column }))).toEqual([
      { code: 'user-kind-invalid', layer: 'rules', row: 5, column: 'A' },
      { code: 'user-kind-invalid', layer: 'rules', row: 6, column: 'F' },
    ]);
  });

  it('reports a sheet without a header', () => {
    expect(readRuleSheet([['说明']]).findings.map((f) => f.code)).toEqual(['user-kind-invalid']);
  });

  it('feeds the rule book: the ledger matches and credits the new kind', () => {
    const book = createRuleBook(r.kinds, r.capGroups);
    const id = testId(11);
    const ledger = readLedger(
      testSheet(
        [1, 2, 3].map((n) =>
          testRow({
            name: '张三',
            id,
            kind: '专利转化',
            title: `专利${n}`,
            end: '2024-03-01',
            evidence: '证',
          }),
        ),
      ),
      { book, today: dayNumber(2024, 6, 1) },
    );
    expect(ledger.activities.map((a) => a.kind)).toEqual([
      'patent-transfer',
      'patent-transfer',
      'patent-transfer',
    ]);
    const report = buildReport(ledger, { book });
    expect(report.people[0].years.map((y) => [y.year, y.professional])).toEqual([[2024, 24]]);
  });
});
