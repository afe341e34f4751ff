/**
 * 检查 in the pane sets a 汇总 sheet beside the ledger against the check, as the command line does
 * (test/ledgers/batch8.test.ts): corpus file 26 read as the preview reads it, on the memory port and
 * on the Office adapter (office-addin-mock), where reading the 汇总 takes the same syncs however many
 * rows it has.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { OfficeWorkbook } from '../src/excel/officeWorkbook';
import type { CellValue, WorkbookPort } from '../src/excel/port';
import { MockBook } from '../src/excel/testkit/excelMock';
import { rankLedgerSheets } from './ledgerSheets';
import { readWorkbookBytes } from './preview';
import { buildReportSheets, buildRowMarks } from './reportSheets';
import { rowKey, runCheck } from './runCheck';
import { DEFAULT_SETTINGS } from './settings';

const FILE = '26-hospital-summary-and-detail.xlsx';
const req = { mappings: {}, settings: { ...DEFAULT_SETTINGS }, lang: 'zh' as const };
const withSummary = { sheets: ['明细'], summarySheets: ['汇总'], ...req };

/** What the command line says of file 26's 汇总 (batch8.test.ts). */
const EXPECTED = [
  ['summary-differs', '汇总', 4, 'H'],
  ['summary-differs', '汇总', 5, 'G'],
  ['summary-differs', '汇总', 7, 'H'],
  ['summary-no-detail', '汇总', 9, 'B'],
];

async function corpusSheets(): Promise<Array<{ name: string; values: CellValue[][] }>> {
  const bytes = fs.readFileSync(path.join(__dirname, '..', 'test', 'ledgers', 'files', FILE));
  const load = await readWorkbookBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    FILE,
  );
  if (!load.ok) throw new Error(load.code);
  return load.memory.sheets.map((s) => ({ name: s.name, values: s.values }));
}

/** The ledger sheets and the maybe-汇总 sheets the pane finds on open (useLedgerSheets). */
async function onOpen(port: WorkbookPort): Promise<{ chosen: string[]; summaries: string[] }> {
  const infos = await port.listSheets();
  const values = new Map<string, CellValue[][]>();
  for (const i of infos) values.set(i.name, await port.readSheetValues(i.name));
  return rankLedgerSheets(infos, values);
}

const summaryOf = (
  findings: ReadonlyArray<{ code: string; sheet: string; row: number | null; column: string | null }>,
) => findings.filter((f) => f.code.startsWith('summary-')).map((f) => [f.code, f.sheet, f.row, f.column]);

describe('检查 with a 汇总 sheet beside the 明细 (corpus file 26, memory port)', () => {
  it('says on the 汇总 rows where it differs from the 明细, as the command line', async () => {
    const port = new MemoryWorkbook({ sheets: await corpusSheets() });
    const open = await onOpen(port);
    expect(open).toMatchObject({ chosen: ['明细'], summaries: ['汇总'] });
    const { report, rows } = await runCheck(port, {
      sheets: open.chosen,
      summarySheets: open.summaries,
      ...req,
    });
    expect(summaryOf(report.findings)).toEqual(EXPECTED);
    const differs = report.findings.filter((f) => f.code === 'summary-differs');
    expect(report.counts.findings.warning).toBeGreaterThanOrEqual(differs.length);
    // Selecting a 汇总 row the check names someone on opens that person's card.
    const li = differs[0];
    expect(li.personKey).toBeDefined();
    expect(rows.get(rowKey('汇总', 4))).toBe(li.personKey);
    expect(report.people.find((p) => p.key === li.personKey)?.name).toBe('李秀英');
  });

  it('lists the 汇总 findings in the report sheet, placed on the 汇总 row and linked to its cell, and marks those rows', async () => {
    const port = new MemoryWorkbook({ sheets: await corpusSheets() });
    const { report } = await runCheck(port, withSummary);
    const [sheet] = buildReportSheets(report, 'zh');
    const row = sheet.rows.find((r) => r[10].link?.sheet === '汇总' && r[10].link.row === 4);
    expect(row).toBeDefined();
    expect(row![10].value).toContain('汇总');
    expect(row![10].value).toContain('4');
    expect(row![10].link).toEqual({ sheet: '汇总', row: 4, column: 8 });
    expect(String(row![12].value)).toMatch(/专业科目学时（H列）填 62，明细认定 52/);
    // 标记 marks the 汇总 rows too, their notes saying what differs.
    const marks = buildRowMarks(report.findings, 'zh').filter((m) => m.sheet === '汇总');
    expect(marks.map((m) => m.row)).toEqual([4, 5, 7, 9]);
    expect(marks[0].note).toContain('明细认定 52');
  });

  it('compares nothing when the 汇总 is checked as ledger, or no other sheet reads as a 汇总', async () => {
    const all = await corpusSheets();
    const detail = all.find((s) => s.name === '明细')!;
    const one = new MemoryWorkbook({ sheets: [detail] });
    expect(summaryOf((await runCheck(one, { sheets: ['明细'], ...req })).report.findings)).toEqual([]);
    const both = new MemoryWorkbook({ sheets: all });
    const checked = await runCheck(both, { ...withSummary, sheets: ['汇总', '明细'] });
    expect(summaryOf(checked.report.findings)).toEqual([]);
    // A sheet that only names 公需 and 专业 (a ledger with an hours column for each) is no 汇总.
    const ledgerLike = new MemoryWorkbook({
      sheets: [
        detail,
        {
          name: '说明',
          values: [
            ['公需科目', '专业科目', '培训内容'],
            ['30', '60', '讲座'],
          ],
        },
      ],
    });
    const none = await runCheck(ledgerLike, { ...withSummary, summarySheets: ['说明'] });
    expect(summaryOf(none.report.findings)).toEqual([]);
  });
});

describe('检查 with a 汇总 sheet on the Office adapter (office-addin-mock)', () => {
  /** File 26 with its 汇总's person rows repeated down to `rows` rows. */
  async function longer(rows: number): Promise<Array<{ name: string; values: CellValue[][] }>> {
    const sheets = await corpusSheets();
    return sheets.map((s) => {
      if (s.name !== '汇总') return s;
      const people = s.values.slice(2, 9);
      const values = s.values.slice(0, 9);
      while (values.length < rows) values.push(...people.map((r) => [...r]));
      return { name: s.name, values };
    });
  }

  async function officeCheck(sheets: Array<{ name: string; values: CellValue[][] }>) {
    const book = new MockBook(sheets.map((s) => ({ ...s, ledger: true })));
    const office = new OfficeWorkbook({
      excel: book.excel as never,
      office: book.office as never,
      retry: { sleep: async () => {} },
    });
    const runs = book.runs;
    const sync = jest.spyOn(book.context, 'sync');
    const { report } = await runCheck(office, withSummary);
    return { report, runs: book.runs - runs, syncs: sync.mock.calls.length };
  }

  it('gives the findings the memory port gives, and reads a 4,000-row 汇总 in the runs and syncs of a short one', async () => {
    const short = await officeCheck(await corpusSheets());
    expect(summaryOf(short.report.findings)).toEqual(EXPECTED);
    const many = await officeCheck(await longer(4000));
    expect(summaryOf(many.report.findings).length).toBeGreaterThan(1000);
    expect(many.syncs).toBe(short.syncs);
    expect(many.runs).toBe(short.runs);
    // The 明细 and the 汇总: each its used range and one block, in a run of its own.
    expect(short).toMatchObject({ runs: 2, syncs: 4 });
  }, 60_000);
});
