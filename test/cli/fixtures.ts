/** Real ledger files for the CLI tests, built with exceljs in a temporary folder. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../../src/ledger/parse/idNumber';
import { runCheck } from '../../src/cli/run';

export function validId(first17: string): string {
  return first17 + idCheckChar(first17);
}

/** 张伟 passes 2023; 李娜 falls 44 professional hours short in 2023; 王芳 has rows for 2022 only. */
export const ZHANG = validId('37020219800101123');
export const LI = validId('37021119850505242');
export const WANG = validId('37021219900303344');

export const HEADER = [
  '姓名',
  '身份证号',
  '职称系列',
  '学习形式',
  '科目类别',
  '内容',
  '学时',
  '开始日期',
  '结束日期',
];

export function yearRows(year: number, who: 'zhang' | 'li' | 'wang'): unknown[][] {
  const [name, id] = who === 'zhang' ? ['张伟', ZHANG] : who === 'li' ? ['李娜', LI] : ['王芳', WANG];
  const d = (m: number, day: number): string =>
    `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const rows: unknown[][] = [
    [name, id, '工程技术', '公需科目', '公需', '公需科目学习', 30, d(3, 1), d(6, 30)],
  ];
  if (who === 'li') rows.push([name, id, '工程技术', '专题讲座', '专业', '专题讲座', 16, d(5, 8), d(5, 9)]);
  else {
    rows.push([name, id, '工程技术', '岗位培训', '专业', '岗位培训', 40, d(5, 8), d(5, 12)]);
    rows.push([name, id, '工程技术', '学术会议', '专业', '学术会议', '24学时', d(9, 6), d(9, 8)]);
  }
  return rows;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ce-cli-'));
}

export async function writeXlsx(path: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

export function writeCsv(path: string, rows: unknown[][], bom = true): string {
  const esc = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  writeFileSync(path, `${bom ? '\ufeff' : ''}${rows.map((r) => r.map(esc).join(',')).join('\r\n')}\r\n`);
  return path;
}

/** The checker in-process: its exit status and what it printed. */
export async function runInProcess(
  args: string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCheck(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}
