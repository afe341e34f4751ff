/**
 * Columns told by what they hold. An HR system's export has a 培训类型 that names
 * the form (论文发表, 学术会议, 线上学习) beside a 培训方式 that only says 线上 /
 * 线下 / 其他: the column naming forms is the kind column.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';

const ID = testId(11);
const read = (rows: unknown[][]) => readLedger({ sheet: '培训记录', rows }, { today: dayNumber(2025, 6, 1) });
const HEADER = [
  '姓名',
  '证件号码',
  '培训类型',
  '学时类型',
  '课程名称',
  '培训方式',
  '获得学时',
  '培训开始日期',
  '培训结束日期',
];

describe('columnsByContent: the kind column', () => {
  it('a 培训方式 of 线上 / 线下 / 其他 gives way to the column that names forms, and says so', () => {
    const l = read([
      HEADER,
      ['张三', ID, '公需科目', '公需', '2024年公需科目培训', '线上', 30, '2024-04-01', '2024-06-30'],
      ['张三', ID, '论文发表', '专业', '《港口调度研究》', '其他', 10, '2024-05-20', ''],
      ['张三', ID, '学术会议', '专业', '港口工程学术会议', '线下', 30, '2024-10-15', '2024-10-17'],
      ['张三', ID, '线上学习', '专业', '专业科目网络课程', '线上', 8, '2024-01-01', '2024-12-31'],
    ]);
    expect(l.activities.map((a) => a.kind)).toEqual([
      'public-course',
      'publication',
      'academic-event',
      'online-learning',
    ]);
    const note = l.findings.find((f) => f.code === 'header-kind-by-content');
    expect(note).toMatchObject({ column: 'C', params: { column: 'C', old: 'F', oldText: '培训方式' } });
    expect(l.findings.filter((f) => f.code === 'kind-unknown')).toEqual([]);
  });

  it('a 培训方式 that names forms stays the kind column', () => {
    const l = read([
      ['姓名', '证件号码', '备用', '培训方式', '获得学时', '培训开始日期'],
      ['张三', ID, '论文发表', '岗位培训', 8, '2024-05-08'],
      ['张三', ID, '学术会议', '学术会议', 8, '2024-05-09'],
      ['张三', ID, '线上学习', '岗位培训', 8, '2024-05-10'],
    ]);
    expect(l.activities.map((a) => a.kind)).toEqual(['job-training', 'academic-event', 'job-training']);
    expect(l.findings.some((f) => f.code === 'header-kind-by-content')).toBe(false);
  });
});
