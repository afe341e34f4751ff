import { canonicalGrid, fingerprint, reportGrid, tableHeader } from './fingerprint';
import { freeSheetName, planReportTargets, readRegistry, validTableName } from './reports';

describe('fingerprint', () => {
  it('ignores trailing empties, "" vs null and number vs text of the same digits', () => {
    const a = fingerprint([
      ['a', 1, null],
      [null, '', ''],
    ]);
    expect(fingerprint([['a', '1']])).toBe(a);
    expect(
      canonicalGrid([
        ['a', 1, null],
        [null, '', ''],
      ]),
    ).toEqual([['a', '1']]);
  });

  it('changes with any value, position or added row', () => {
    const base = fingerprint([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(
      fingerprint([
        ['a', 'b'],
        ['c', 'e'],
      ]),
    ).not.toBe(base);
    expect(
      fingerprint([
        ['b', 'a'],
        ['c', 'd'],
      ]),
    ).not.toBe(base);
    expect(
      fingerprint([
        ['ab', ''],
        ['c', 'd'],
      ]),
    ).not.toBe(base);
    expect(fingerprint([['a', 'b'], ['c', 'd'], ['x']])).not.toBe(base);
  });

  it('builds table headers Excel will not rename', () => {
    expect(tableHeader(['a', '', 'A', 'b'], 5)).toEqual(['a', '列2', 'A (2)', 'b', '列5']);
    expect(
      reportGrid({ name: 'r', tableName: 't', header: ['h'], rows: [[{ value: '' }, { value: 3 }]] }),
    ).toEqual([
      ['h', '列2'],
      [null, 3],
    ]);
  });
});

describe('report targets', () => {
  const report = (name: string, tableName = 'T') => ({ name, tableName, header: ['a'], rows: [] });

  it('replaces our sheets, avoids the user’s, and keeps table names unique', () => {
    const registry = readRegistry({ v: 1, sheets: { 报告: { fingerprint: 'x', table: 'T' } } });
    const t = planReportTargets(
      [report('报告'), report('台账'), report('台账')],
      ['报告', '台账'],
      [
        { name: 'T', sheet: '报告' },
        { name: 'T_2', sheet: '' },
      ],
      registry,
    );
    expect(t.map((x) => [x.name, x.replaces, x.table])).toEqual([
      ['报告', true, 'T'],
      ['台账 (2)', false, 'T_3'],
      ['台账 (3)', false, 'T_4'],
    ]);
  });

  it('sanitises names', () => {
    expect(freeSheetName('a/b:c', () => false)).toBe('a_b_c');
    expect(freeSheetName('x'.repeat(40), (n) => n.length === 31 && !n.endsWith(')'))).toBe(
      `${'x'.repeat(27)} (2)`,
    );
    expect(validTableName('1 report')).toBe('_1_report');
    expect(validTableName('A1')).toBe('_A1');
    expect(readRegistry('junk')).toEqual({ v: 1, sheets: {} });
  });
});
