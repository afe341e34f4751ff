/** Findings grouped by what they say: one group per kind, errors first, counts, the stepping order. */
import { LEDGER_CODES } from '../src/ledger/codes';
import type { Finding, Severity } from '../src/ledger/types';
import { RULE_ISSUE_CODES } from '../src/rules/codes';
import { flatOrder, groupCount, groupFindings, groupTitle, GROUP_TITLES } from './findingGroups';

function finding(
  code: string,
  severity: Severity,
  row: number | null,
  extra: Partial<Finding> = {},
): Finding {
  return {
    code,
    severity,
    row,
    layer: 'ledger',
    clause: null,
    sheet: '台账',
    column: null,
    params: {},
    ...extra,
  };
}

describe('groupFindings', () => {
  // As the sample reads: hints about subtotal rows first in the ledger, one error further down.
  const subtotals = [3, 9, 15, 21].map((r) =>
    finding('row-subtotal', 'info', r, { params: { text: '合计' } }),
  );
  const findings = [
    subtotals[0],
    finding('hours-text', 'warning', 5),
    subtotals[1],
    finding('id-check-digit', 'error', 12),
    subtotals[2],
    finding('hours-text', 'warning', 14),
    subtotals[3],
    finding('id-check-digit', 'error', 30),
    finding('per-day-cap', 'info', 14, { layer: 'rules', clause: '四(一)2' }),
  ];

  it('makes one group per kind, errors first, then warnings, then hints', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.code, g.findings.length])).toEqual([
      ['error', 'id-check-digit', 2],
      ['warning', 'hours-text', 2],
      ['info', 'row-subtotal', 4],
      ['info', 'per-day-cap', 1],
    ]);
    // Each group keeps its places in ledger order.
    expect(groups[2].findings.map((f) => f.row)).toEqual([3, 9, 15, 21]);
  });

  it('keeps every finding exactly once', () => {
    const groups = groupFindings(findings);
    expect(groups.flatMap((g) => g.findings).sort((a, b) => (a.row ?? 0) - (b.row ?? 0))).toEqual(
      [...findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    );
  });

  it('a ledger code and a rules code of the same name are different kinds', () => {
    const groups = groupFindings([
      finding('kind-unknown', 'error', 4),
      finding('kind-unknown', 'error', 4, { layer: 'rules' }),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('counts rows (each row once) when every finding is on a row, else the findings', () => {
    const [g] = groupFindings([
      finding('hours-text', 'warning', 5),
      finding('hours-text', 'warning', 5, { column: 'G' }),
      finding('hours-text', 'warning', 6),
    ]);
    expect([g.rows, g.allOnRows, groupCount(g)]).toEqual([2, true, 2]);
    const [p] = groupFindings([
      finding('name-two-ids', 'warning', null, { personKey: '张三' }),
      finding('name-two-ids', 'warning', null, { personKey: '李四' }),
      finding('name-two-ids', 'warning', 8),
    ]);
    expect([p.allOnRows, groupCount(p)]).toEqual([false, 3]);
  });

  it('titles say how many and what, in either language', () => {
    const groups = groupFindings(findings);
    expect(groupTitle(groups[2], 'zh')).toBe('4 行合计行已跳过');
    expect(groupTitle(groups[2], 'en')).toBe('Subtotal rows skipped (4 rows)');
    expect(groupTitle(groups[3], 'zh')).toBe('1 行超过每天 8 学时上限，已核减');
    expect(groupTitle(groups[3], 'en')).toBe('Over 8 hours a day, cut (1 row)');
    const [p] = groupFindings([finding('name-two-ids', 'warning', null)]);
    expect(groupTitle(p, 'zh')).toBe('1 处一个姓名对应两个身份证号');
  });

  it('has a title in both languages for every code of the ledger and the rules', () => {
    for (const code of [...LEDGER_CODES, ...RULE_ISSUE_CODES]) {
      const zh = (GROUP_TITLES.zh as Record<string, string>)[code];
      const en = (GROUP_TITLES.en as Record<string, string>)[code];
      expect({ code, zh: Boolean(zh), en: Boolean(en) }).toEqual({ code, zh: true, en: true });
      // Chinese titles carry no English word; English titles no Chinese character.
      expect({ code, zh: /[A-Za-z]{3,}/.test(zh) }).toEqual({ code, zh: false });
      expect({ code, en: /[\u3400-\u9fff]/.test(en) }).toEqual({ code, en: false });
    }
  });

  it('steps through the places in the order the groups show them', () => {
    const groups = groupFindings(findings);
    const order = flatOrder(groups);
    expect(order).toHaveLength(findings.length);
    expect(order.map(({ group, index }) => groups[group].findings[index].row)).toEqual([
      12, 30, 5, 14, 3, 9, 15, 21, 14,
    ]);
  });
});
