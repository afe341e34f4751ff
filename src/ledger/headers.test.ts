import fc from 'fast-check';
import { chooseLedgerSheets, detectHeader, isRepeatedHeaderRow, sheetLooksLikeLedger } from './headers';

const header = [
  '序号',
  '姓名',
  '身份证号',
  '学习形式',
  '科目类别',
  '内容',
  '学时',
  '起止时间',
  '证明材料',
  '备注',
];
const data = [
  '1',
  '张三',
  '370202198001011232',
  '岗位培训',
  '专业',
  '安全生产',
  8,
  '2023.5.8-13',
  '证书',
  '',
];

describe('detectHeader', () => {
  it('finds a header under a merged title row and a blank row', () => {
    const r = detectHeader([['2023年度专业技术人员继续教育台账', null, null], [], header, data]);
    expect(r).toEqual({
      ok: true,
      headerRow: 2,
      dataStartRow: 3,
      columns: {
        seq: 0,
        name: 1,
        idNumber: 2,
        kind: 3,
        subject: 4,
        title: 5,
        hours: 6,
        period: 7,
        evidence: 8,
        remark: 9,
      },
      unknownHeaders: [],
      duplicateHeaders: [],
      score: 10,
    });
  });

  it('skips a title spread across cells by the reader, and reports unknown and duplicate headers', () => {
    const title = Array(5).fill('继续教育学时登记表');
    const r = detectHeader([title, ['姓 名', '联系电话', '学时（小时）', '学时', '活动类型']]);
    expect(r).toMatchObject({
      ok: true,
      headerRow: 1,
      columns: { name: 0, hours: 2, kind: 4 },
      unknownHeaders: [{ column: 1, text: '联系电话' }],
      duplicateHeaders: [{ column: 3, field: 'hours', text: '学时' }],
      score: 3,
    });
  });

  it('chooses the row mapping the most fields', () => {
    const r = detectHeader([
      ['单位', '青岛某医院', '姓名', '填表人'], // a form line above the table: name only, not usable
      ['姓名', '学时'],
      ['姓名', '身份证号', '学习形式', '学时', '年度'],
    ]);
    expect(r).toMatchObject({ ok: true, headerRow: 2, score: 5 });
  });

  it('requires a person column and an activity column', () => {
    expect(detectHeader([['姓名', '备注', '单位']])).toEqual({
      ok: false,
      code: 'header-not-found',
      params: { scannedRows: 1 },
    });
    expect(detectHeader([['学习形式', '学时', '内容']])).toMatchObject({
      ok: false,
      code: 'header-not-found',
    });
    expect(detectHeader([['身份证号', '学时']])).toMatchObject({ ok: true, headerRow: 0 });
    expect(detectHeader([])).toMatchObject({ ok: false, code: 'header-not-found' });
  });

  it('scans only the first 20 rows', () => {
    const rows: unknown[][] = Array.from({ length: 20 }, () => []);
    rows.push(['姓名', '学时']);
    expect(detectHeader(rows)).toEqual({ ok: false, code: 'header-not-found', params: { scannedRows: 20 } });
    rows.splice(0, 1);
    expect(detectHeader(rows)).toMatchObject({ ok: true, headerRow: 19 });
  });

  it('reads 开始/结束 under a merged 起止时间 as start and end', () => {
    const r = detectHeader([
      ['姓名', '身份证号', '学习形式', '学时', '起止时间', null, '备注'],
      [null, null, null, null, '开始', '结束', null],
      ['张三', '370202198001011232', '岗位培训', 8, '2023-05-08', '2023-05-13', ''],
    ]);
    expect(r).toEqual({
      ok: true,
      headerRow: 0,
      subHeaderRow: 1,
      dataStartRow: 2,
      columns: { name: 0, idNumber: 1, kind: 2, hours: 3, start: 4, end: 5, remark: 6 },
      unknownHeaders: [],
      duplicateHeaders: [],
      score: 7,
    });
  });

  it('reads 起/止 under a merged cell the reader spread, and vertically merged cells repeated below', () => {
    const r = detectHeader([
      ['姓名', '学时', '培训时间', '培训时间'],
      ['姓名', '学时', '起', '止'],
    ]);
    expect(r).toMatchObject({
      ok: true,
      subHeaderRow: 1,
      dataStartRow: 2,
      columns: { name: 0, hours: 1, start: 2, end: 3 },
    });
  });

  it('does not take a data row for sub-headers', () => {
    const r = detectHeader([
      ['姓名', '学时', '备注', null],
      ['张三', 8, '2023年度', '时间'],
    ]);
    expect(r).toMatchObject({
      ok: true,
      headerRow: 0,
      dataStartRow: 1,
      columns: { name: 0, hours: 1, remark: 2 },
    });
    expect(r).not.toHaveProperty('subHeaderRow');
  });

  it('lets an explicit mapping override detection per field', () => {
    const r = detectHeader([['姓名', '学时', '天数', '说明一']], { mapping: { hours: 2, title: 3 } });
    expect(r).toMatchObject({
      ok: true,
      headerRow: 0,
      columns: { name: 0, hours: 2, title: 3 },
      unknownHeaders: [],
    });
    // days lost its column to hours; the old hours column is no longer mapped
    expect(r.ok && r.columns.days).toBeUndefined();
  });

  it('completes a partial header with the mapping', () => {
    expect(
      detectHeader(
        [
          ['姓名', '用时', '备注'],
          ['张三', 8, ''],
        ],
        { mapping: { hours: 1 } },
      ),
    ).toMatchObject({
      ok: true,
      headerRow: 0,
      columns: { name: 0, hours: 1, remark: 2 },
    });
    expect(detectHeader([['姓名', '用时', '备注']])).toMatchObject({ ok: false, code: 'header-not-found' });
  });

  it('uses a mapping alone when no row is a header', () => {
    expect(detectHeader([['张三', 8]], { mapping: { name: 0, hours: 1 } })).toEqual({
      ok: true,
      headerRow: -1,
      dataStartRow: 0,
      columns: { name: 0, hours: 1 },
      unknownHeaders: [],
      duplicateHeaders: [],
      score: 2,
    });
  });

  it('survives rows that are not arrays and odd cell values', () => {
    const rows = [
      null,
      'text',
      [{ richText: [{ text: '姓名' }] }, { formula: 'X', result: '学时' }, 3, new Date(0)],
    ];
    expect(detectHeader(rows as unknown as unknown[][])).toMatchObject({
      ok: true,
      headerRow: 2,
      columns: { name: 0, hours: 1 },
    });
  });
});

describe('isRepeatedHeaderRow', () => {
  const h = { columns: { name: 1, idNumber: 2, kind: 3, hours: 6 } };
  it.each<[string, unknown[], boolean]>([
    ['the header again', header, true],
    ['the header with spaces', ['', '姓 名', '身份证号码', '类别', '', '', '学时'], true],
    ['a data row', data, false],
    ['a row naming one field', ['', '姓名', '', '', '', '', 8], false],
    ['an empty row', [], false],
  ])('%s → %p', (_label, row, expected) => {
    expect(isRepeatedHeaderRow(row, h)).toBe(expected);
  });
});

describe('sheetLooksLikeLedger / chooseLedgerSheets', () => {
  const ledger = [['2023年继续教育台账'], header, data, data, ['小计', '', '', '', '', '', 16]];
  const instructions = [
    ['填表说明'],
    ['1. 姓名：请填写与身份证一致的姓名'],
    ['2. 身份证号：18位，请将该列设为文本格式'],
    ['3. 学习形式：岗位培训、学术会议、公需科目等'],
    ['4. 学时：填写实际学时，每天不超过8学时'],
  ];
  const template = [header];

  it('scores a ledger by its fields and data rows', () => {
    expect(sheetLooksLikeLedger(ledger)).toBeCloseTo(100 + 0.3);
    expect(sheetLooksLikeLedger(template)).toBe(100);
    expect(sheetLooksLikeLedger(instructions)).toBe(0);
    expect(sheetLooksLikeLedger([])).toBe(0);
  });

  it('does not count repeated header rows as data', () => {
    expect(sheetLooksLikeLedger([header, data, header, data])).toBeCloseTo(100.2);
  });

  it('ranks sheets, instructions last', () => {
    const ranked = chooseLedgerSheets([
      { name: '填表说明', rows: instructions },
      { name: '模板', rows: template },
      { name: '2023年', rows: ledger },
    ]);
    expect(ranked.map((s) => s.name)).toEqual(['2023年', '模板', '填表说明']);
    expect(ranked[2].score).toBe(0);
  });

  it('halves the score of a sheet named like instructions or rules, and keeps workbook order on ties', () => {
    const ranked = chooseLedgerSheets([
      { name: '规则', rows: ledger },
      { name: 'Sheet1', rows: ledger },
      { name: 'Sheet2', rows: ledger },
    ]);
    expect(ranked.map((s) => [s.name, s.index])).toEqual([
      ['Sheet1', 1],
      ['Sheet2', 2],
      ['规则', 0],
    ]);
    expect(ranked[2].score).toBeCloseTo(ranked[0].score / 2);
  });
});

describe('header properties', () => {
  it('never throws for any grid of JSON values, and a found header names a person and an activity', () => {
    const cell = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('姓名', '身份证号', '学时', '学习形式', '起止时间', '开始', '结束', null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (rows) => {
        const r = detectHeader(rows);
        sheetLooksLikeLedger(rows);
        if (!r.ok) return r.code === 'header-not-found';
        isRepeatedHeaderRow(rows[r.dataStartRow] ?? [], r);
        const c = r.columns;
        return (
          (c.name !== undefined || c.idNumber !== undefined) &&
          (c.kind !== undefined || c.hours !== undefined)
        );
      }),
      { numRuns: 500 },
    );
  });
});
