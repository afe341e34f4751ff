/**
 * Rows that are not activities: a 小计 written where the course name goes (the
 * person's cells merged above it), and the place of the seal under a ledger.
 */
import { createRowClassifier, titlesAbove } from './rows';

// A 序号 B 姓名 C 身份证号 D 项目名称 E 学习形式 F 起止时间 G 学时
const classifier = createRowClassifier({
  seq: 0,
  name: 1,
  idNumber: 2,
  title: 3,
  kind: 4,
  period: 5,
  hours: 6,
});

describe('createRowClassifier', () => {
  it('小计 in the course-name column, the person cells blank (merged above), is a subtotal', () => {
    expect(classifier.classify([null, null, null, '小计', null, null, 97])).toEqual({
      type: 'subtotal',
      column: 3,
      text: '小计',
    });
    expect(classifier.classify([null, null, null, ' 合 计 ', null, null, '90'])).toMatchObject({
      type: 'subtotal',
    });
    expect(classifier.classify([null, null, null, '本人合计：', null, null, 90])).toMatchObject({
      type: 'subtotal',
    });
  });

  it('a course title that merely contains 合计 is data', () => {
    expect(classifier.classify([1, '张三', null, '合计报表编制实务培训', '岗位培训', '2024.5.8', 8])).toEqual(
      {
        type: 'data',
      },
    );
  });

  it('the place of the seal under the ledger is a note, wherever it stands', () => {
    expect(classifier.classify([null, null, null, null, null, '（单位公章）'])).toMatchObject({
      type: 'title',
      text: '（单位公章）',
    });
    expect(classifier.classify([null, null, null, null, null, '单位盖章'])).toMatchObject({ type: 'title' });
  });
});

describe('titles repeated at a page break', () => {
  // A form pasted from Word: A 日期 B 内容 C 形式 D 学时 E 证明, the titles merged across the top.
  const head = [
    ['专业技术人员继续教育学时登记表（2024—2025年度）'],
    ['单位：青岛某工程咨询有限公司          第1页'],
    [],
    ['日期', '内容', '形式', '学时', '证明'],
  ];
  const form = createRowClassifier(
    { period: 0, title: 1, kind: 2, hours: 3, evidence: 4 },
    titlesAbove(head, 3),
  );

  it('titlesAbove keeps the rows of one text above the header', () => {
    expect(titlesAbove(head, 3)).toEqual([
      '专业技术人员继续教育学时登记表（2024—2025年度）',
      '单位：青岛某工程咨询有限公司          第1页',
    ]);
  });

  it('the same title further down is a title, whatever its page number, even in an activity column', () => {
    expect(form.classify(['专业技术人员继续教育学时登记表（2024—2025年度）'])).toMatchObject({
      type: 'title',
    });
    expect(form.classify(['单位：青岛某工程咨询有限公司   第2页'])).toMatchObject({ type: 'title' });
    // Any other lone text in the 日期 column is still data missing its cells.
    expect(form.classify(['2024年度'])).toEqual({ type: 'data' });
  });
});
