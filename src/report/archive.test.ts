/**
 * The archive (继续教育档案, 二(三)) on ledgers of the corpus: one block per
 * person with every activity's five fields, its credit and clause, each
 * year's subtotal and verdict; laid out for print (A4, one page wide, title
 * row repeated, a page break between people, signature lines).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCorpusLedger } from '../../test/ledgers/readCorpus';
import { buildArchive } from './archive';
import { archiveWorkbookBytes, linesFor } from './archiveXlsx';
import { ownBuffer } from './testkit/readBack';

const SLOW = 60_000;

async function archiveOf(file: string) {
  const { ledger, report } = await readCorpusLedger(file);
  return { ledger, report, archive: buildArchive(ledger, report) };
}

describe('the archive', () => {
  it.each([
    ['07-remarks-heavy.xlsx', 4],
    ['12-dirty.xlsx', 5],
    ['10-soe-achievements.xlsx', 4],
  ])(
    '%s: a block per person, every activity of theirs, a subtotal per year',
    async (file, people) => {
      const { report, archive } = await archiveOf(file);
      expect(archive).toHaveLength(people);
      for (const p of archive) {
        const r = report.people.find((q) => q.name === p.name)!;
        expect(p.activities).toHaveLength(report.details.filter((d) => d.personKey === r.key).length);
        expect(p.years.map((y) => [y.year, y.public, y.professional])).toEqual(
          r.years.map((y) => [y.year, y.public, y.professional]),
        );
        for (const a of p.activities) {
          expect(a.when).not.toBe('');
          expect(a.kind).not.toBe('');
          expect(a.clause).toMatch(/^[四三六]/);
        }
      }
    },
    SLOW,
  );

  it(
    'the five fields of 二(三) for a 职称外语 row read from 备注, and the verdicts',
    async () => {
      const { archive } = await archiveOf('07-remarks-heavy.xlsx');
      const shao = archive.find((p) => p.name === '邵军')!;
      expect(shao.activities[0]).toMatchObject({
        when: '2024-04-13',
        kind: '职称外语',
        title: '职称外语A级',
        result: 'A级，75分',
        credited: 30,
        clause: '四(五)',
      });
      expect(shao.verdict).toBe('pass');
      const { archive: dirty } = await archiveOf('12-dirty.xlsx');
      expect(Object.fromEntries(dirty.map((p) => [p.name, p.verdict]))).toEqual({
        毕研军: 'fail',
        臧洪亮: 'review',
        隋丽: 'review',
        吕晓丽: 'pass',
        孙建伟: 'pass',
      });
    },
    SLOW,
  );

  it(
    'prints: A4 portrait one page wide, the title row on every page, a break between people, signature lines',
    async () => {
      const { archive } = await archiveOf('12-dirty.xlsx');
      const bytes = ownBuffer(await archiveWorkbookBytes(archive, 'zh'));
      // exceljs does not read page breaks back: they are counted in the sheet's XML.
      const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes);
      const ws = wb.worksheets[0];
      expect(ws.name).toBe('继续教育档案');
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
      const texts: string[] = [];
      // A merged cell reads the same in each of its cells: one text per row, from its first cell.
      ws.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === 'string') texts.push(v);
      });
      for (const label of ['本人签字：', '单位审核意见：', '单位（盖章）：'])
        expect(texts.filter((t) => t === label)).toHaveLength(archive.length);
      expect(texts.filter((t) => t.startsWith('姓名：'))).toHaveLength(archive.length);
      expect(xml.match(/<brk /g)).toHaveLength(archive.length - 1);
    },
    SLOW,
  );

  it.each([
    ['学术会议、讲座', 18, 1],
    ['2019-03-01 至 2019-06-30', 25, 1],
    ['公需科目：习近平新时代中国特色社会主义思想专题', 38, 2],
    ['a\nb', 10, 2],
  ])('%s takes %d-wide columns %d line(s)', (text, width, lines) => {
    expect(linesFor(text, width)).toBe(lines);
  });
});
