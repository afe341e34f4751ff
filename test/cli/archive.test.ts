/** `--archive out.xlsx`: the print-ready 继续教育档案 beside the check, one block per person. */
import { existsSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runInProcess, tempDir } from './fixtures';

const LEDGER = join(__dirname, '..', 'ledgers', 'files', '12-dirty.xlsx');

describe('--archive', () => {
  it('writes the archive and says so; the exit status is the check’s', async () => {
    const out = join(tempDir(), '档案', '2024年继续教育档案.xlsx');
    const r = await runInProcess([LEDGER, '--archive', out, '--brief']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // 毕研军 falls short, two are 待核实
    expect(r.stdout).toContain(`继续教育档案已写入 ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(`${out}.${process.pid}.partial`)).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names: string[] = [];
    wb.getWorksheet('继续教育档案')!.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('姓名：')) names.push(v.slice(3));
    });
    expect(names).toEqual(['毕研军', '臧洪亮', '隋丽', '吕晓丽', '孙建伟']);
  }, 60_000);
});
