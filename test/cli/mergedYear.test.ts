/**
 * A real .xlsx written by exceljs with the 年度 (and 姓名, 身份证号) cells merged
 * down over each person's rows of one year: only the merge's first cell holds
 * the value in the file. The rows below read the merge's year, and the report
 * judges the person-year the ledger means.
 */
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildReport } from '../../src/report/model';
import { readLedgerFiles } from '../../src/cli/run';
import { tempDir, validId } from './fixtures';

const ZHAO = validId('37020219800101123');
const QIAN = validId('37021119850505242');
let file: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '身份证号', '年度', '学习形式', '科目类别', '内容', '学时', '证明材料']);
  // 赵: 2023 on rows 2–4 (年度 merged C2:C4), 2024 on rows 5–6; 钱: 2024 on rows 7–8.
  ws.addRow(['赵敏', ZHAO, 2023, '公需科目', '公需科目', '公需课', 30, '证']);
  ws.addRow([null, null, null, '岗位培训', '专业科目', '岗位培训', 40, '证']);
  ws.addRow([null, null, null, '论文', '专业科目', '论文一篇', null, '期刊']);
  ws.addRow([null, null, 2024, '公需科目', '公需科目', '公需课', 30, '证']);
  ws.addRow([null, null, null, '岗位培训', '专业科目', '岗位培训', 60, '证']);
  ws.addRow(['钱立', QIAN, 2024, '公需科目', '公需科目', '公需课', 30, '证']);
  ws.addRow([null, null, null, '岗位培训', '专业科目', '岗位培训', 52, '证']);
  ws.mergeCells('A2:A6');
  ws.mergeCells('B2:B6');
  ws.mergeCells('C2:C4');
  ws.mergeCells('C5:C6');
  ws.mergeCells('A7:A8');
  ws.mergeCells('B7:B8');
  ws.mergeCells('C7:C8');
  file = join(tempDir(), 'merged-years.xlsx');
  await wb.xlsx.writeFile(file);
});

describe('a 年度 merged per person-year in a real .xlsx', () => {
  it('the rows below each merge read its year, noted once per merge', async () => {
    const ledger = await readLedgerFiles([file], { sheets: [] });
    expect(ledger.activities.map((a) => [a.ref.replace(/^.*!/, ''), a.personKey, a.year])).toEqual([
      ['2', ZHAO, 2023],
      ['3', ZHAO, 2023],
      ['4', ZHAO, 2023],
      ['5', ZHAO, 2024],
      ['6', ZHAO, 2024],
      ['7', QIAN, 2024],
      ['8', QIAN, 2024],
    ]);
    expect(
      ledger.findings.filter((f) => f.code === 'year-from-row-above').map((f) => [f.row, f.params.rows]),
    ).toEqual([
      [3, '3–4'],
      [6, '6'],
      [8, '8'],
    ]);
  });

  it('the person-years are judged as the ledger means them', async () => {
    const report = buildReport(await readLedgerFiles([file], { sheets: [] }), { asOfYear: 2026 });
    const years = report.people.map((p) =>
      p.years.map((y) => [p.name, y.year, y.public, y.professional, y.compliant]),
    );
    expect(years).toEqual([
      [
        ['赵敏', 2023, 30, 50, false],
        ['赵敏', 2024, 30, 60, true],
      ],
      [['钱立', 2024, 30, 52, false]],
    ]);
  });
});
