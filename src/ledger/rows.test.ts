/**
 * Rows that are not activities: a 小计 written where the course name goes (the
 * person's cells merged above it), and the place of the seal under a ledger.
 */
import { createRowClassifier } from './rows';

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
