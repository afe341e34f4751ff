import fc from 'fast-check';
import { createElementScanner } from './elements';

type Seen = Array<[string, string]>;

function scanInChunks(name: string, xml: string, cuts: number[]): Seen {
  const seen: Seen = [];
  const scanner = createElementScanner(name, (tag, inner) => seen.push([tag, inner]));
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const c of at) {
    scanner.push(xml.slice(from, c));
    from = c;
  }
  scanner.push(xml.slice(from));
  scanner.end();
  return seen;
}

/** A row element: self-closing (a styled empty row) or with cells. */
const row = fc.oneof(
  fc.nat(99).map((r): [string, string] => [`<row r="${r}"/>`, '']),
  fc
    .tuple(
      fc.nat(99),
      fc.array(fc.constantFrom('<c r="A1" t="s"><v>3</v></c>', '<c r="B1"><v>8</v></c>', '<c/>', '继续'), {
        maxLength: 4,
      }),
    )
    .map(([r, cells]): [string, string] => [`<row r="${r}" spans="1:3">`, cells.join('')]),
);

describe('the element scanner (rows of a sheet, strings of sharedStrings.xml)', () => {
  it('hands over every element whole, in order, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(fc.nat(2_000), { maxLength: 10 }),
        (rows, cuts) => {
          const xml =
            '<?xml version="1.0"?><worksheet><sheetData>' +
            rows
              .map(([tag, inner]) => (inner === '' && tag.endsWith('/>') ? tag : `${tag}${inner}</row>`))
              .join('') +
            '</sheetData><rowBreaks/></worksheet>';
          const expected = rows.map(([tag, inner]): [string, string] => [tag, inner]);
          expect(scanInChunks('row', xml, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not take <rowBreaks> or <rows> for a <row>', () => {
    expect(scanInChunks('row', '<rows><row r="1"><c/></row><rowBreaks count="1"/></rows>', [3, 9])).toEqual([
      ['<row r="1">', '<c/>'],
    ]);
  });

  it('reads a sheet of self-closing rows only, cut anywhere', () => {
    const xml = '<sheetData>' + '<row r="1"/><row r="2"/><row r="3"/>' + '</sheetData>';
    for (let c = 0; c <= xml.length; c++)
      expect(scanInChunks('row', xml, [c]).map(([t]) => t)).toEqual([
        '<row r="1"/>',
        '<row r="2"/>',
        '<row r="3"/>',
      ]);
  });
});
