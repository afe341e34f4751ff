import {
  emptyKey,
  excelText,
  isOurRule,
  keyExpression,
  markRuleFormula,
  planHelper,
  rowKey,
  MAX_KEY_COLUMNS,
} from './marks';
import { evaluateRule, MockBook, truthy } from './testkit/excelMock';

describe('mark keys: the text Excel makes of a row', () => {
  it('writes values as Excel’s & does', () => {
    expect(excelText(null)).toBe('');
    expect(excelText(45001)).toBe('45001'); // a date is its serial number
    expect(excelText(2.5)).toBe('2.5');
    expect(excelText(0.1 + 0.2)).toBe('0.3'); // 15 significant digits
    expect(excelText(1 / 3)).toBe('0.333333333333333');
    expect(excelText(Number('370202199001011234'))).toBe('3.70202199001011E+17'); // an ID typed as a number
    expect(excelText(1e15)).toBe('1E+15');
    expect(excelText(-1.5e20)).toBe('-1.5E+20');
    expect(excelText(true)).toBe('TRUE');
    expect(excelText('37020219900101123X')).toBe('37020219900101123X');
  });

  it('joins a row’s first columns with |, and knows an empty row', () => {
    expect(rowKey(['张三', 45001, null, 8], 4)).toBe('张三|45001||8');
    expect(rowKey(['a', 'b', 'c'], 2)).toBe('a|b');
    expect(rowKey(new Array(60).fill('x'), 60).split('|')).toHaveLength(MAX_KEY_COLUMNS);
    expect(emptyKey('|||')).toBe(true);
    expect(emptyKey('||a|')).toBe(false);
  });

  it('builds the rule from references only, quoting our sheet name', () => {
    expect(keyExpression(1)).toBe('$A1&""');
    expect(keyExpression(3)).toBe('$A1&"|"&$B1&"|"&$C1');
    expect(keyExpression(100).split('&"|"&')).toHaveLength(MAX_KEY_COLUMNS);
    expect(markRuleFormula('_ce_marks (2)', 3, 2, 9, 2)).toBe(
      `=SUMPRODUCT(--('_ce_marks (2)'!$C$2:$C$9=$A1&"|"&$B1))>0`,
    );
  });

  it('recognises our rules, as Excel may write them back, and only ours', () => {
    const f = markRuleFormula('_ce_marks', 1, 2, 3, 2);
    expect(isOurRule(f, '_ce_marks')).toBe(true);
    expect(isOurRule(f.replace(/'/g, ''), '_ce_marks')).toBe(true); // Excel drops needless quotes
    expect(isOurRule('=SUMPRODUCT(--(#REF!=$A1&"|"&$B1))>0', '_ce_marks')).toBe(true);
    expect(isOurRule('=SUMPRODUCT(--(#REF!=$A1&""))>0', '_ce_marks')).toBe(true);
    expect(isOurRule('=$D2>5', '_ce_marks')).toBe(false);
    expect(isOurRule('=COUNTIF(my_ce_marks!A:A,$A1)>0', '_ce_marks')).toBe(false);
    expect(isOurRule('=SUMPRODUCT(--(#REF!=$A1))>0', '_ce_marks')).toBe(false); // not our shape
    expect(isOurRule(null, '_ce_marks')).toBe(false);
  });

  it('lays out the helper sheet: per sheet keys and reasons, by severity, duplicates once', () => {
    const mark = (row: number, severity: 'error' | 'warning' | 'info', note: string) => ({
      sheet: 'L',
      row,
      severity,
      note,
    });
    const plan = planHelper(
      [
        {
          sheet: 'L',
          marks: [
            { key: 'a|1', mark: mark(2, 'info', 'i') },
            { key: 'b|2', mark: mark(3, 'error', 'e') },
            { key: 'a|1', mark: mark(9, 'warning', 'w') }, // the same content twice
            { key: '|', mark: mark(4, 'error', 'empty row') },
          ],
        },
        { sheet: 'Empty', marks: [{ key: '||', mark: mark(2, 'error', 'x') }] },
        { sheet: 'M', marks: [{ key: 'c', mark: { ...mark(2, 'warning', ''), sheet: 'M' } }] },
      ],
      { note: '说明' },
    );
    expect(plan.rows).toBe(4);
    expect(plan.columns).toEqual([
      {
        sheet: 'L',
        keyColumn: 1,
        rules: [
          { severity: 'error', first: 2, last: 2 },
          { severity: 'warning', first: 3, last: 3 },
        ],
      },
      { sheet: 'M', keyColumn: 3, rules: [{ severity: 'warning', first: 2, last: 2 }] },
    ]);
    expect(plan.grid).toEqual([
      ['L', '说明', 'M', '说明'],
      ['b|2', 'e', 'c', null],
      ['a|1', 'i\nw', null, null],
    ]);
  });
});

describe('the mock’s formula evaluator follows Excel', () => {
  const book = new MockBook([
    {
      name: 'S',
      values: [
        ['Abc', 5, null, '5'],
        ['x', 0.1, true, ''],
      ],
    },
  ]);
  const s = book.sheet('S')!;
  const at = (f: string, r = 0, c = 0) => evaluateRule(f, book, s, 0, 0, r, c);

  it('compares text case-insensitively, never text with numbers; empty equals "" and 0', () => {
    expect(at('=$A1="abc"')).toBe(true);
    expect(at('=$B1=$D1')).toBe(false); // 5 and "5"
    expect(at('=$C1=""')).toBe(true);
    expect(at('=$C1=0')).toBe(true);
    expect(at('=$A1&"|"&$B1&"|"&$C1', 1)).toBe('x|0.1|TRUE');
  });

  it('moves relative references with the cell, keeps $-fixed parts', () => {
    expect(at('=$B1>1', 0)).toBe(true);
    expect(at('=$B1>1', 1)).toBe(false);
    expect(at('=B$1=5', 1, 0)).toBe(true); // → B1 (the row is fixed)
    expect(at('=B$1=5', 1, 1)).toBe(false); // → C1, empty (TRUE is in C2)
    expect(at('=A$1=5', 1, 1)).toBe(true); // → B1
    expect(at('=$C1', 1, 3)).toBe(true); // → C2 (the column is fixed)
  });

  it('evaluates the add-in’s rule shape against another sheet; #REF! applies nothing', () => {
    book.addSheet('_k', [['h'], ['X|0.1|true'], ['other']]);
    const f = `=SUMPRODUCT(--('_k'!$A$2:$A$3=$A1&"|"&$B1&"|"&$C1))>0`;
    expect(truthy(at(f, 1))).toBe(true);
    expect(truthy(at(f, 0))).toBe(false);
    expect(at('=SUMPRODUCT(--(#REF!=$A1))>0')).toBe(false);
  });
});
