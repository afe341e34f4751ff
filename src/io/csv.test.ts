import fc from 'fast-check';
import { parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"张三, 李四",8', [['张三, 李四', '8']]],
    ['"line1\nline2",x', [['line1\nline2', 'x']]],
    ['"say ""hi""",y', [['say "hi"', 'y']]],
    ['a,,c', [['a', '', 'c']]],
    ['a,', [['a', '']]],
    [',', [['', '']]],
    ['""', [['']]],
    ['a,"b"', [['a', 'b']]],
    ['a\n\nb', [['a'], [''], ['b']]],
    [
      '\ufeff姓名,学时\n张三,24学时',
      [
        ['姓名', '学时'],
        ['张三', '24学时'],
      ],
    ],
    ['5"寸,x', [['5"寸', 'x']]],
    ['', []],
  ])('%j', (text, rows) => {
    const r = parseCsv(text);
    expect(r.rows).toEqual(rows);
    expect(r.unterminatedQuoteAt).toBeUndefined();
  });

  it('reports the line of a quote that never closes', () => {
    expect(parseCsv('a,b\nc,"d\ne').unterminatedQuoteAt).toBe(2);
  });

  it('round-trips any table written with quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '学', ',', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
          expect(parseCsv(text).rows).toEqual(table);
        },
      ),
    );
  });
});
