import { readCorpusLedger } from '../test/ledgers/readCorpus';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { buildArchive } from '../src/report/archive';
import { ARCHIVE_SHEET_NAME, buildArchiveSheet } from './archiveSheet';
import { isOwnSheet } from './ledgerSheets';

describe('the archive on a sheet inside Excel', () => {
  it('one line per activity, a filled subtotal per year and the verdict, for every person', async () => {
    const { ledger, report } = await readCorpusLedger('12-dirty.xlsx');
    const people = buildArchive(ledger, report);
    const sheet = buildArchiveSheet(people, 'zh');
    expect(sheet.header).toEqual([
      '姓名',
      '身份证号',
      '职称系列',
      '时间',
      '方式',
      '内容',
      '考试（考核）结果',
      '申报学时',
      '认定学时',
      '条款',
      '年度',
    ]);
    const expected = people.reduce((n, p) => n + p.activities.length + p.years.length + 1, 0);
    expect(sheet.rows).toHaveLength(expected);
    const bi = sheet.rows.filter((r) => r[0].value === '毕研军');
    expect(bi.slice(-2).map((r) => [r[3].value, r[4].value, r[5].value, r[6].value])).toEqual([
      ['2024年度小计', '公需 30', '专业 56', '未达标'],
      ['结论', '未达标', null, null],
    ]);
    expect(sheet.rowFills?.[sheet.rows.indexOf(bi[bi.length - 2])]).toBe('fail');
  }, 60_000);

  it('is written through the port as a sheet of ours, never read back as a ledger', async () => {
    const { ledger, report } = await readCorpusLedger('07-remarks-heavy.xlsx');
    const port = new MemoryWorkbook({ sheets: [{ name: '台账', values: [['姓名'], ['邵军']] }] });
    const r = await port.writeReport([buildArchiveSheet(buildArchive(ledger, report), 'zh')], {
      replaceEdited: true,
    });
    expect(r.sheets).toEqual([ARCHIVE_SHEET_NAME]);
    expect(isOwnSheet(ARCHIVE_SHEET_NAME)).toBe(true);
    expect((await port.readSheetValues('台账'))[1]).toEqual(['邵军']);
  }, 60_000);
});
