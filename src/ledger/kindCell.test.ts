/**
 * The kind of a row when the 类别 column holds a subject or a word for how one
 * studied (interpretations.md "Ledgers without a form column").
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { GOOD_ROW, testRow, testSheet } from './intakeSamples';

const TODAY = dayNumber(2026, 1, 1);
const read = (rows: unknown[][]) => readLedger(testSheet(rows), { today: TODAY });
const row = (cells: Parameters<typeof testRow>[0]) => testRow({ ...GOOD_ROW, evidence: null, ...cells });

describe('a 类别 cell naming only the subject 专业科目', () => {
  it('lets the title name the form: 在职攻读工程硕士 is 在职学历教育 (四(二)), still 专业', () => {
    const l = read([
      row({
        kind: '专业科目',
        title: '在职攻读工程硕士（土木水利）',
        start: '2025-09-01',
        end: '2028-06-30',
        hours: 10,
      }),
    ]);
    expect(l.activities[0]).toMatchObject({ kind: 'self-study', declaredSubject: 'professional' });
  });

  it('lets the title name a standard: 参编工程建设标准 is 科研成果 (四(三))', () => {
    const l = read([
      row({
        kind: '专业科目',
        title: '参编山东省工程建设标准《装配式混凝土结构施工质量验收规程》',
        hours: 10,
      }),
    ]);
    expect(l.activities[0].kind).toBe('research-result');
  });

  it('stays a 专业 course by hours when the title names no form', () => {
    const l = read([row({ kind: '专业科目', title: '工程量清单计价规范宣贯' })]);
    expect(l.activities[0].kind).toBe('professional-course');
  });
});

describe('a 学习方式 cell saying only how one studied (面授)', () => {
  it('beside 公需科目 is the 公需 course (四(一)1), also when the title names 公需 and 面授培训 alike', () => {
    const l = read([
      row({ kind: '面授', subject: '公需科目', title: '公需科目面授培训（数字经济）', hours: 12 }),
    ]);
    expect(l.activities[0].kind).toBe('public-course');
  });

  it('beside 专业科目 is a 专业 course by hours', () => {
    const l = read([row({ kind: '面授', subject: '专业科目', title: '档案整理' })]);
    expect(l.activities[0].kind).toBe('professional-course');
  });

  it('stays unknown when the title names two other forms (会议论文 at a 学术会议)', () => {
    const l = read([
      row({ kind: '面授', subject: '专业科目', title: '会议论文《焊接变形控制》全国焊接学术会议交流' }),
    ]);
    expect(l.activities[0].kind).toBe('面授');
    expect(l.findings.map((f) => f.code)).toContain('kind-unknown');
  });
});

describe('a row naming no form, with the subject 公需科目 (interpretations.md: a 公需 row is 四(一)1)', () => {
  it('is the 公需 course when the title names a lecture or a training: registered hours, no daily cap', () => {
    const l = read([
      row({ kind: null, subject: '公需科目', title: '《数字经济与创新驱动发展》专题讲座', hours: 10 }),
      row({ kind: null, subject: '公需科目', title: '公需科目集中培训班', hours: 12 }),
    ]);
    expect(l.activities.map((a) => a.kind)).toEqual(['public-course', 'public-course']);
    expect(l.findings.map((f) => f.code)).not.toContain('kind-matched-by-keyword');
  });

  it('keeps a form the 公需 course is not given in (职称外语 is 四(五)), and 专业 lectures stay 四(一)3', () => {
    const l = read([
      row({ kind: null, subject: '公需科目', title: '全国职称外语等级考试', hours: 30 }),
      row({ kind: null, subject: '专业科目', title: '超限高层抗震专题讲座', hours: 8 }),
    ]);
    expect(l.activities[0].kind).not.toBe('public-course');
    expect(l.activities[1].kind).toBe('academic-event');
  });
});
