/**
 * Choosing sheets from samples (`pickSampledSheets`) as `pickLedgerSources`
 * chooses from whole sheets, and which sheets may be chosen before they are read.
 */
import { createSheetSample } from '../ledger/sheetSample';
import { pickLedgerSources, pickSampledSheets, sheetMayBeChosen } from './sources';
import type { WorkbookData } from './types';

const header = ['姓名', '身份证号', '学习形式', '学时'];
const data = (n: number) =>
  Array.from({ length: n }, (_, i) => ['张三', '370202198001011235', '岗位培训', i]);
const notes = [['填表说明'], ['一、每人每项活动填写一行。']];

function book(sheets: Record<string, unknown[][]>, format: 'xlsx' | 'csv' = 'xlsx'): WorkbookData {
  return {
    file: 'a.xlsx',
    format,
    date1904: false,
    sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows: rows as never })),
  };
}

function sampled(wb: WorkbookData, wanted: string[] = []) {
  const sheets = wb.sheets.map((s) => {
    const sample = createSheetSample();
    for (const r of s.rows) sample.push(r);
    return { name: s.name, sample: sample.rows };
  });
  const { sheets: _, ...info } = wb;
  return pickSampledSheets(info, sheets, wanted);
}

function expected(wb: WorkbookData, wanted: string[] = []) {
  const r = pickLedgerSources(wb, wanted);
  return r.ok
    ? { ok: true, indexes: r.sources.map((s) => wb.sheets.findIndex((x) => x.name === s.sheet)) }
    : r;
}

describe('pickSampledSheets', () => {
  // The 2020 sheet has more data rows below row 121 than the 2019 sheet: only a full count tells them apart.
  const wb = book({
    说明: notes,
    '2019年': [header, ...data(60), ...Array.from({ length: 200 }, () => [])],
    '2020年': [header, ...Array.from({ length: 200 }, () => []), ...data(150)],
    其他: [['x']],
  });
  it.each<[string, string[]]>([
    ['the likeliest sheet', []],
    ['all', ['all']],
    ['names, in the order asked', ['2020年', '2019年']],
    ['a name with spaces around', [' 2019年 ']],
    ['an unknown name', ['2024年']],
  ])('%s: as pickLedgerSources over whole sheets', (_name, wanted) => {
    expect(sampled(wb, wanted)).toEqual(expected(wb, wanted));
  });

  it('reads both year sheets of one shape, in workbook order', () => {
    expect(sampled(wb)).toEqual({ ok: true, indexes: [1, 2] });
  });

  it('prefers the sheet with more data rows even when they start below the first 121 rows', () => {
    // Same number of fields, another shape (天数 for 学时): only one is read, the one with more rows.
    const otherShape = book({
      说明: notes,
      '2019年': [
        ['姓名', '身份证号', '学习形式', '天数'],
        ...data(60),
        ...Array.from({ length: 200 }, () => []),
      ],
      '2020年': [header, ...Array.from({ length: 200 }, () => []), ...data(150)],
    });
    expect(sampled(otherShape)).toEqual({ ok: true, indexes: [2] });
    expect(sampled(otherShape)).toEqual(expected(otherShape));
  });

  it('a workbook with no ledger-like sheet is an error', () => {
    expect(sampled(book({ 说明: notes, 其他: [['x']] }))).toMatchObject({
      ok: false,
      code: 'no-ledger-sheet',
    });
  });

  it('takes a CSV whatever name is asked', () => {
    const csv = book({ '2019': [['x']] }, 'csv');
    expect(sampled(csv, ['台账'])).toEqual({ ok: true, indexes: [0] });
  });
});

describe('sheetMayBeChosen', () => {
  it('any sheet without names or with all; a named one otherwise; every CSV', () => {
    expect(sheetMayBeChosen('xlsx', '说明')).toBe(true);
    expect(sheetMayBeChosen('xlsx', '说明', ['ALL'])).toBe(true);
    expect(sheetMayBeChosen('xlsx', '2019年 ', ['2019年'])).toBe(true);
    expect(sheetMayBeChosen('xlsx', '2020年', ['2019年'])).toBe(false);
    expect(sheetMayBeChosen('csv', '2020', ['2019年'])).toBe(true);
  });
});
