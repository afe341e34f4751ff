/**
 * The incremental intake (`createLedgerReader`) against the whole-grid one
 * (`readLedger`): rows pushed one by one give the same ledger, whatever the
 * header's place (under a title, with a sub-header at the edge of the scanned
 * rows, absent), and several readers joined give what `readLedgers` gives.
 */
import { dayNumber } from '../rules/dates';
import { createLedgerReader, joinLedgerParts, readLedger, readLedgers, type ReadOptions } from './intake';
import { GOOD_ROW, TEST_HEADER, testId, testRow, testSheet } from './intakeSamples';
import type { Ledger, LedgerSource } from './types';

const opts: ReadOptions = { today: dayNumber(2024, 6, 1) };

function streamed(source: LedgerSource): Ledger {
  return joinLedgerParts([pushAll(source)]);
}

function pushAll(source: LedgerSource) {
  const { rows, ...sheet } = source;
  const reader = createLedgerReader(sheet, opts);
  for (const row of rows) reader.push(row);
  return reader.finish();
}

/** The ledger as plain data (origins as entries), for toEqual. */
function plain(l: Ledger) {
  return { ...l, origins: [...l.origins] };
}

const ok = GOOD_ROW;
const row = (over: Record<string, unknown> = {}) => testRow({ ...ok, ...over });

describe('createLedgerReader', () => {
  it.each<[string, unknown[][], { headerRow: number; activityRows: number[]; codes: string[] }]>([
    [
      'header on row 1',
      [
        TEST_HEADER,
        row(),
        row({ name: '李四', id: testId(24) }),
        ['合计', null, null, null, null, null, null, null, null, 32],
      ],
      { headerRow: 1, activityRows: [2, 3], codes: ['row-subtotal'] },
    ],
    [
      'header under a title and blank rows',
      [['2023年继续教育台账'], [], [], TEST_HEADER, row(), [], row({ hours: '八学时' })],
      { headerRow: 4, activityRows: [5, 7], codes: ['hours-in-numerals'] },
    ],
    [
      'header on row 20, the last row scanned',
      [...Array.from({ length: 19 }, () => ['说明文字']), TEST_HEADER, row(), row({ hours: 8 })],
      { headerRow: 20, activityRows: [21, 22], codes: [] },
    ],
    [
      'header on row 22, past the scan',
      [...Array.from({ length: 21 }, () => ['说明文字']), TEST_HEADER, row()],
      { headerRow: 0, activityRows: [], codes: ['header-not-found'] },
    ],
    ['a header and nothing else', [TEST_HEADER], { headerRow: 1, activityRows: [], codes: [] }],
    ['empty sheet', [], { headerRow: 0, activityRows: [], codes: ['header-not-found'] }],
  ])('%s: read row by row as readLedger reads the grid', (_name, rows, expected) => {
    const source: LedgerSource = { file: 'a.xlsx', sheet: '2023年', rows };
    const l = streamed(source);
    expect(l.sources[0].headerRow).toBe(expected.headerRow);
    expect(l.activities.map((a) => l.origins.get(a.ref)?.row)).toEqual(expected.activityRows);
    expect(l.findings.map((f) => f.code)).toEqual(expected.codes);
    expect(plain(l)).toEqual(plain(readLedger(source, opts)));
  });

  it('finds a sub-header on row 21 under a header on row 20 (the last row scanned)', () => {
    const rows: unknown[][] = [
      ...Array.from({ length: 19 }, () => ['说明文字']),
      ['姓名', '身份证号', '学习形式', '学时', '起止时间', null],
      [null, null, null, null, '开始', '结束'],
      ['张三', testId(11), '岗位培训', 16, '2023-05-08', '2023-05-10'],
    ];
    const l = streamed({ sheet: 's', rows });
    expect(l.sources[0]).toMatchObject({ headerRow: 20, columns: { start: 'E', end: 'F' } });
    expect(plain(l)).toEqual(plain(readLedger({ sheet: 's', rows }, opts)));
  });

  it('ignores rows pushed after finish, and finish twice gives the same part', () => {
    const { rows, ...sheet } = testSheet([row()]);
    const reader = createLedgerReader(sheet, opts);
    for (const r of rows) reader.push(r);
    const part = reader.finish();
    reader.push(row({ name: '李四', id: testId(24) }));
    expect(reader.finish()).toBe(part);
    expect(part.activities).toHaveLength(1);
  });

  it('keeps an activity a plain object with only the fields the row gave', () => {
    const l = streamed(testSheet([row()]));
    const a = l.activities[0];
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(a).sort()).toEqual(
      ['claimedHours', 'days', 'end', 'evidence', 'kind', 'personKey', 'ref', 'start'].sort(),
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('joins parts of several sheets as readLedgers joins the sheets', () => {
    const sources: LedgerSource[] = [
      {
        file: 'a.xlsx',
        sheet: '2022年',
        rows: [TEST_HEADER, row({ start: '2022-05-08', end: '2022-05-10' }), row({ name: '李四', id: '' })],
      },
      {
        file: 'a.xlsx',
        sheet: '2023年',
        rows: [
          TEST_HEADER,
          row(),
          row({ name: '李四', id: testId(24) }),
          row({ name: '张三', id: testId(24) }),
        ],
      },
    ];
    const joined = joinLedgerParts(sources.map(pushAll));
    expect(plain(joined)).toEqual(plain(readLedgers(sources, opts)));
    expect(joined.origins.get('a.xlsx|2023年!3')).toEqual({ file: 'a.xlsx', sheet: '2023年', row: 3 });
  });
});
