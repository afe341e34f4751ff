/**
 * A sheet's sample decides as the whole sheet does: `sheetLooksLikeLedger`
 * over the sample equals it over every row, and the sample stays small
 * (21 rows and at most 100 data rows) however long the sheet.
 */
import fc from 'fast-check';
import { sheetLooksLikeLedger } from './headers';
import { createSheetSample } from './sheetSample';

const HEADER = ['姓名', '身份证号', '学习形式', '学时'];

function sampleOf(rows: readonly (readonly unknown[])[]) {
  const s = createSheetSample();
  for (const r of rows) s.push(r);
  return s.rows;
}

describe('createSheetSample', () => {
  it('keeps the first 21 rows and the first 100 data rows of a long ledger', () => {
    const rows = [
      ['2023年台账'],
      HEADER,
      ...Array.from({ length: 5000 }, (_, i) => ['张三', '', '岗位培训', i % 50]),
    ];
    const sample = sampleOf(rows);
    expect(sample).toHaveLength(21 + (100 - 19));
    expect(sample.slice(0, 21)).toEqual(rows.slice(0, 21));
    expect(sheetLooksLikeLedger(sample)).toBe(sheetLooksLikeLedger(rows));
    expect(sheetLooksLikeLedger(rows)).toBe(4 * 10 + 10);
  });

  it('skips blank and repeated-header rows but still counts data far below them', () => {
    const rows = [
      HEADER,
      ...Array.from({ length: 3000 }, () => []),
      HEADER,
      ['张三', '', '岗位培训', 8],
      ['李四', '', '学术会议', 24],
    ];
    const sample = sampleOf(rows);
    expect(sample).toHaveLength(23);
    expect(sheetLooksLikeLedger(sample)).toBe(sheetLooksLikeLedger(rows));
    expect(sheetLooksLikeLedger(rows)).toBe(40.2);
  });

  it('keeps only 21 rows of a sheet without a header', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`第${i}条说明`]);
    expect(sampleOf(rows)).toHaveLength(21);
    expect(sheetLooksLikeLedger(sampleOf(rows))).toBe(0);
  });

  const cellArb = fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc.constantFrom(
      '姓名',
      '身份证号',
      '学习形式',
      '学时',
      '开始',
      '结束',
      '起止时间',
      '张三',
      '合计',
      '\u3000',
      '—',
    ),
    fc.integer({ min: 0, max: 100 }),
    fc.date({ min: new Date(0), max: new Date(2e12), noInvalidDate: true }),
  );
  const rowArb = fc.oneof(fc.array(cellArb, { maxLength: 6 }), fc.constant(HEADER), fc.constant([]));

  it('gives sheetLooksLikeLedger the same score as the whole sheet, on random sheets', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.array(rowArb, { maxLength: 200 }), (head, tail) => {
        const rows = [...head, ...tail];
        expect(sheetLooksLikeLedger(sampleOf(rows))).toBe(sheetLooksLikeLedger(rows));
      }),
      { numRuns: 300 },
    );
  });
});
