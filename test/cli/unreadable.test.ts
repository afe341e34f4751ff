/** Input with nothing to check exits 2 with one line naming the file (not "共 0 人" and 0). */
import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { tempDir, writeCsv, writeXlsx, runInProcess } from './fixtures';

const run = runInProcess;

describe('unreadable input', () => {
  const dir = tempDir();
  const files: Record<string, () => Promise<string>> = {
    'a 0-byte CSV': async () => {
      const p = join(dir, '空.csv');
      writeFileSync(p, '');
      return p;
    },
    'a header-only CSV': async () =>
      writeCsv(join(dir, '只有表头.csv'), [['姓名', '身份证号', '学习形式', '学时']]),
    'a sheet without any ledger header': async () =>
      writeXlsx(join(dir, '工资表.xlsx'), {
        工资: [
          ['部门', '月份', '应发'],
          ['办公室', '2023-01', 5000],
        ],
      }),
    'an empty workbook': async () => {
      const p = join(dir, '空白.xlsx');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      await wb.xlsx.writeFile(p);
      return p;
    },
  };
  const expected: Record<string, RegExp> = {
    'a 0-byte CSV': /^ce-check: .*空\.csv 是空的，没有任何内容\n$/,
    'a header-only CSV': /^ce-check: .*只有表头\.csv 只有表头，没有学习记录\n$/,
    'a sheet without any ledger header': /^ce-check: .*工资表\.xlsx 中没有像台账的工作表：/,
    'an empty workbook': /^ce-check: .*空白\.xlsx 是空的，没有任何内容\n$/,
  };

  it.each(Object.keys(files))('%s: exit 2, one line naming the file', async (label) => {
    const file = await files[label]();
    const r = await run([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(expected[label]);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('in English too', async () => {
    const r = await run([await files['a header-only CSV'](), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/has a header but no learning records\n$/);
  });
});
