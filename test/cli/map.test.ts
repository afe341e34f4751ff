/** `--map 字段=列`: a ledger whose headers the checker does not know is read through columns named by hand. */
import { join } from 'path';
import type { CheckJson } from '../../src/report/json';
import { runInProcess, tempDir, validId, writeCsv } from './fixtures';

const ID = validId('37020219800101123');

describe('--map', () => {
  const dir = tempDir();
  const file = writeCsv(join(dir, '自制表.csv'), [
    ['人员', '证件', '做了什么', '时长', '日子'],
    ['张伟', ID, '公需科目', 30, '2024-03-01至2024-04-30'],
    ['张伟', ID, '岗位培训', 64, '2024-05-08至2024-05-15'],
  ]);

  it('unknown headers: no ledger, exit 2', async () => {
    const r = await runInProcess([file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/没有像台账的工作表/);
  });

  it.each([
    [
      'by letter',
      [
        '--map',
        '姓名=A',
        '--map',
        '身份证号=B',
        '--map',
        '学习形式=C',
        '--map',
        '学时=D',
        '--map',
        '起止时间=E',
      ],
    ],
    [
      'by header text',
      [
        '--map',
        '姓名=人员',
        '--map',
        '身份证号=证件',
        '--map',
        '学习形式=做了什么',
        '--map',
        '学时=时长',
        '--map',
        '起止时间=日子',
      ],
    ],
  ])('%s: the columns are read and the person passes', async (_name, map) => {
    const r = await runInProcess([file, '--json', ...map]);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(
      json.people.map((p) => [p.name, p.years.map((y) => [y.year, y.public, y.professional, y.compliant])]),
    ).toEqual([['张伟', [[2024, 30, 64, true]]]]);
    expect(r.status).toBe(0);
  });

  it('a field it does not know: exit 2, naming the fields it does', async () => {
    const r = await runInProcess([file, '--map', '年龄=B']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/“年龄”不是可指定的字段；可指定：序号、姓名、身份证号/);
  });

  it('--help lists the fields', async () => {
    const r = await runInProcess(['--help']);
    expect(r.stdout).toMatch(/--map 字段=列/);
    expect(r.stdout).toMatch(/可指定的字段：序号、姓名、身份证号.*学时/);
  });
});
