import { join } from 'path';
import { readInputFile } from '../src/io/node/readInputFile';
import { pickLedgerSources } from '../src/io/sources';
import { readLedgers } from '../src/ledger/intake';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { buildArchive } from '../src/report/archive';
import { buildReport } from '../src/report/model';
import { ARCHIVE_SHEET_NAME, buildArchiveSheet } from './archiveSheet';
import { isOwnSheet } from './ledgerSheets';

async function corpus(file: string) {
  const read = await readInputFile(join(__dirname, '..', 'test', 'ledgers', 'files', file));
  if (!read.ok) throw new Error(read.code);
  const chosen = pickLedgerSources(read.workbook);
  if (!chosen.ok) throw new Error(chosen.code);
  const ledger = readLedgers(chosen.sources);
  return { ledger, report: buildReport(ledger, {}) };
}

describe('the archive on a sheet inside Excel', () => {
  it('one line per activity, a filled subtotal per year and the verdict, for every person', async () => {
    const { ledger, report } = await corpus('12-dirty.xlsx');
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
    const { ledger, report } = await corpus('07-remarks-heavy.xlsx');
    const port = new MemoryWorkbook({ sheets: [{ name: '台账', values: [['姓名'], ['邵军']] }] });
    const r = await port.writeReport([buildArchiveSheet(buildArchive(ledger, report), 'zh')], {
      replaceEdited: true,
    });
    expect(r.sheets).toEqual([ARCHIVE_SHEET_NAME]);
    expect(isOwnSheet(ARCHIVE_SHEET_NAME)).toBe(true);
    expect((await port.readSheetValues('台账'))[1]).toEqual(['邵军']);
  }, 60_000);
});
