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

describe('a 学习方式 word for a way of training the notice does not name (单位内训, 集中轮训)', () => {
  const codes = (l: ReturnType<typeof read>) => l.findings.map((f) => f.code);

  it.each([
    ['单位内训', '专业科目', 'professional-course'],
    ['集中轮训', '专业科目', 'professional-course'],
    ['外出学习', '专业科目', 'professional-course'],
    ['网上专题学习', '公需科目', 'public-course'],
  ])('%s beside %s is read as that subject, with a warning', (kind, subject, code) => {
    const l = read([row({ kind, subject, title: '供水规范解读' })]);
    expect(l.activities[0].kind).toBe(code);
    expect(codes(l)).toContain('kind-training-word');
    expect(codes(l)).not.toContain('kind-unknown');
    expect(l.findings.find((f) => f.code === 'kind-training-word')?.severity).toBe('warning');
  });

  it('is one warning per word, listing its rows, and names the clause used', () => {
    const l = read([
      row({ kind: '单位内训', subject: '专业科目', title: '规范解读' }),
      row({ kind: '单位内训', subject: '专业科目', title: '安全生产' }),
      row({ kind: '集中轮训', subject: '专业科目', title: '漏损控制' }),
    ]);
    const warnings = l.findings.filter((f) => f.code === 'kind-training-word');
    expect(warnings.map((f) => [f.params.text, f.params.rows, f.params.count])).toEqual([
      ['单位内训', '2, 3', 2],
      ['集中轮训', '4', 1],
    ]);
    expect(String(warnings[0].params.how)).toContain('四(一)2—3');
  });

  it.each(['技能比武', '岗位练兵竞赛', '团建活动', '培训考核', '挂职锻炼'])(
    '%s names no way of training: an unknown kind, though a subject is given',
    (kind) => {
      const l = read([row({ kind, subject: '专业科目', title: '岗位技能' })]);
      expect(l.activities[0].kind).toBe(kind);
      expect(codes(l)).toContain('kind-unknown');
      expect(codes(l)).not.toContain('kind-training-word');
    },
  );

  it('stays unknown without a subject', () => {
    const l = read([row({ kind: '单位内训', subject: null, title: '规范解读' })]);
    expect(l.activities[0].kind).toBe('单位内训');
    expect(codes(l)).toContain('kind-unknown');
  });

  it('lets the title name the form first (赴深圳考察学习 is 考察, 四(一)4)', () => {
    const l = read([row({ kind: '外出学习', subject: '专业科目', title: '赴深圳水务集团考察学习' })]);
    expect(l.activities[0].kind).toBe('study-visit');
  });

  it('with the option off (trainingWordBySubject false) is an unknown kind', () => {
    const l = readLedger(testSheet([row({ kind: '单位内训', subject: '专业科目', title: '规范解读' })]), {
      today: TODAY,
      trainingWordBySubject: false,
    });
    expect(l.activities[0].kind).toBe('单位内训');
    expect(codes(l)).toContain('kind-unknown');
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
