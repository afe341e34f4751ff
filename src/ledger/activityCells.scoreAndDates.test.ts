/**
 * The when / how-much cells of a row: a 考核结果 written as a score, and a range
 * whose end is before its start (the days are wrong, the year is not).
 */
import { dayNumber } from '../rules/dates';
import { scoreCellResult } from './activityCells';
import { readLedger } from './intake';
import { testId } from './intakeSamples';

const ID = testId(11);
const read = (rows: unknown[][]) => readLedger({ sheet: '台账', rows }, { today: dayNumber(2025, 6, 1) });

describe('createActivityCellReader', () => {
  it('a 考核结果 of “72分” is the score of a 职称外语 exam, not an unknown result', () => {
    const l = read([
      ['姓名', '身份证号', '培训类型', '课程名称', '获得学时', '培训开始日期', '考核结果'],
      ['张三', ID, '职称外语', '职称外语等级考试（综合类B级）', 20, '2025-04-12', '72分'],
      ['张三', ID, '职称外语', '职称外语等级考试（综合类C级）', 10, '2024-04-13', '55分'],
    ]);
    expect(l.activities.map((a) => [a.score, a.passed])).toEqual([
      [72, undefined],
      [55, undefined],
    ]);
    expect(l.findings.filter((f) => f.code === 'pass-unknown')).toEqual([]);
  });

  it('a platform export: 是否通过 否 is the result, and 合格 or — in 考试成绩 are not scores', () => {
    const l = read([
      ['姓名', '证件号码', '课程名称', '课程类别', '学时', '完成时间', '考试成绩', '是否通过'],
      ['张三', ID, '全面推进乡村振兴战略', '公需课', 6, '2025-05-09 22:13:41', '52', '否'],
      ['张三', ID, '数据安全与个人信息保护', '公需课', 6, '2025-06-03 08:55:02', '合格', '是'],
      ['张三', ID, '绿色低碳建筑设计', '专业课', 8, '2025-07-21 15:30:00', '—', '是'],
      ['张三', ID, '装配式混凝土结构设计要点', '专业课', 8, '2025-08-14 11:12:56', '不合格', ''],
    ]);
    expect(l.activities.map((a) => [a.score, a.passed])).toEqual([
      [52, false],
      [undefined, true],
      [undefined, true],
      [undefined, false],
    ]);
    expect(l.findings.filter((f) => f.code === 'number-text')).toEqual([]);
  });

  it('scoreCellResult reads a result word or a dash, and leaves scores alone', () => {
    expect(scoreCellResult('合格')).toEqual({ passed: true });
    expect(scoreCellResult('不合格')).toEqual({ passed: false });
    expect(scoreCellResult('—')).toEqual({ passed: undefined });
    expect(scoreCellResult('85')).toBeUndefined();
    expect(scoreCellResult(85)).toBeUndefined();
    expect(scoreCellResult('85分')).toBeUndefined();
    expect(scoreCellResult('')).toBeUndefined();
  });

  it('a period whose end is before its start is reported, and keeps the year both days fall in', () => {
    const l = read([
      ['姓名', '身份证号', '学习形式', '起止时间', '学时'],
      ['张三', ID, '岗位培训', '2024.09.25—09.21', 40],
      ['张三', ID, '岗位培训', '2025.01.02—2024.12.30', 16],
    ]);
    expect(l.activities.map((a) => [a.year, a.start, a.end])).toEqual([
      [2024, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
    expect(l.findings.filter((f) => f.code === 'date-end-before-start').map((f) => f.row)).toEqual([2, 3]);
  });

  it('separate start and end columns in the wrong order keep their one year too', () => {
    const l = read([
      ['姓名', '身份证号', '学习形式', '开始日期', '结束日期', '学时'],
      ['张三', ID, '岗位培训', '2024-09-25', '2024-09-21', 40],
    ]);
    expect(l.activities[0]).toMatchObject({ year: 2024 });
    expect(l.activities[0].start).toBeUndefined();
  });
});
