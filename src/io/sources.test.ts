import { pickLedgerSources } from './sources';
import type { WorkbookData } from './types';

const header = ['姓名', '身份证号', '学习形式', '学时'];
const ledger = [header, ['张三', '370202198001011235', '岗位培训', 8]];
const notes = [['填表说明'], ['一、每人每项活动填写一行。']];

function book(sheets: Record<string, unknown[][]>): WorkbookData {
  return {
    file: 'a.xlsx',
    format: 'xlsx',
    date1904: true,
    sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows: rows as never })),
  };
}

describe('pickLedgerSources', () => {
  it('takes the likeliest ledger sheet, not the instructions, and carries file and 1904 flag', () => {
    const r = pickLedgerSources(book({ 填表说明: notes, 台账: ledger }));
    expect(r).toEqual({
      ok: true,
      sources: [{ file: 'a.xlsx', sheet: '台账', rows: ledger, date1904: true }],
    });
  });
  it('all: every sheet that looks like a ledger, in workbook order', () => {
    const r = pickLedgerSources(book({ '2019年': ledger, 填表说明: notes, '2020年': ledger }), ['all']);
    expect(r.ok && r.sources.map((s) => s.sheet)).toEqual(['2019年', '2020年']);
  });
  it('named sheets, in the order asked', () => {
    const r = pickLedgerSources(book({ '2019年': ledger, '2020年': ledger }), ['2020年', '2019年']);
    expect(r.ok && r.sources.map((s) => s.sheet)).toEqual(['2020年', '2019年']);
  });
  it('an unknown sheet name is an error listing the sheets', () => {
    expect(pickLedgerSources(book({ '2019年': ledger }), ['2024年'])).toEqual({
      ok: false,
      code: 'sheet-not-found',
      params: { file: 'a.xlsx', sheet: '2024年', sheets: '2019年' },
    });
  });
  it('a workbook with no ledger-like sheet is an error', () => {
    expect(pickLedgerSources(book({ 说明: notes, 其他: [['x']] }))).toMatchObject({
      ok: false,
      code: 'no-ledger-sheet',
    });
  });
});
