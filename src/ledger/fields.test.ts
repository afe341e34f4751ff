import {
  FIELD_CODES,
  FIELDS,
  matchHeader,
  matchHeaderExact,
  normaliseHeader,
  type FieldCode,
} from './fields';

describe('matchHeader', () => {
  it.each<[unknown, FieldCode | undefined]>([
    // exact synonyms
    ['姓名', 'name'],
    ['身份证号', 'idNumber'],
    ['证件号码', 'idNumber'],
    ['公民身份号码', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['职称系列', 'series'],
    ['专业技术职务系列', 'series'],
    ['系列', 'series'],
    ['取得现职称时间', 'qualificationDate'],
    ['取得现职称年度', 'qualificationDate'],
    ['现职称取得时间', 'qualificationDate'],
    ['年度', 'year'],
    ['培训年度', 'year'],
    ['归属年度', 'year'],
    ['年份', 'year'],
    ['学时年度', 'year'],
    ['学习形式', 'kind'],
    ['活动类型', 'kind'],
    ['类别', 'kind'],
    ['培训类别', 'kind'],
    ['继续教育类型', 'kind'],
    ['培训形式', 'kind'],
    ['继续教育形式', 'kind'],
    ['科目类别', 'subject'],
    ['课程类型', 'subject'],
    ['公需专业', 'subject'],
    ['科目', 'subject'],
    ['课程类别', 'subject'],
    ['公需/专业', 'subject'],
    ['内容', 'title'],
    ['项目名称', 'title'],
    ['培训内容', 'title'],
    ['课程名称', 'title'],
    ['成果名称', 'title'],
    ['培训项目', 'title'],
    ['成果编号', 'achievementKey'],
    ['项目编号', 'achievementKey'],
    ['学时', 'hours'],
    ['申请学时', 'hours'],
    ['认定学时', 'hours'],
    ['学时数', 'hours'],
    ['登记学时', 'hours'],
    ['天数', 'days'],
    ['培训天数', 'days'],
    ['数量', 'count'],
    ['项数', 'count'],
    ['门数', 'count'],
    ['模块数', 'count'],
    ['篇数', 'count'],
    ['开始日期', 'start'],
    ['开始时间', 'start'],
    ['起始日期', 'start'],
    ['结束日期', 'end'],
    ['结束时间', 'end'],
    ['截止日期', 'end'],
    ['起止时间', 'period'],
    ['起止日期', 'period'],
    ['培训时间', 'period'],
    ['时间', 'period'],
    ['往返及休息天数', 'travelDays'],
    ['往返天数', 'travelDays'],
    ['休息天数', 'travelDays'],
    ['月数', 'months'],
    ['月份数', 'months'],
    ['外语等级', 'level'],
    ['等级', 'level'],
    ['级别', 'level'],
    ['成绩', 'score'],
    ['分数', 'score'],
    ['考试成绩', 'score'],
    ['考核结果', 'passed'],
    ['考试结果', 'passed'],
    ['是否合格', 'passed'],
    ['结果', 'passed'],
    ['证明材料', 'evidence'],
    ['证书编号', 'evidence'],
    ['附件', 'evidence'],
    ['证明', 'evidence'],
    ['佐证材料', 'evidence'],
    ['备注', 'remark'],
    ['性别', 'sex'],
    ['单位', 'unit'],
    ['工作单位', 'unit'],
    ['序号', 'seq'],
    // normalisation
    ['姓  名', 'name'],
    ['姓\u3000名', 'name'],
    ['姓\n名', 'name'],
    ['*姓名', 'name'],
    ['姓名：', 'name'],
    ['课程类型（公需/专业）', 'subject'],
    ['课程类型\n(公需/专业)', 'subject'],
    ['学时(小时)', 'hours'],
    ['学时（小时）', 'hours'],
    ['开始日期【必填】', 'start'],
    ['ＮＡＭＥ', 'name'],
    // contains-match, most specific synonym wins
    ['培训起止时间', 'period'],
    ['本年度认定学时', 'hours'],
    ['职称外语等级', 'level'],
    ['往返及休息天数（天）', 'travelDays'],
    ['职称级别', 'rank'],
    ['继续教育学习形式', 'kind'],
    // nothing
    ['', undefined],
    [null, undefined],
    // 学时 split by subject
    ['公需科目学时', 'publicHours'],
    ['专业科目(学时)', 'professionalHours'],
    ['学时(公需)', 'publicHours'],
    ['学时（专业）', 'professionalHours'],
    ['学时(公需/专业)', 'hours'],
    ['公需科目/专业科目', 'subject'],
    ['学时合计', 'totalHours'],
    ['专业技术人员继续教育学时', 'hours'],
    // a company's activity register (corpus 19)
    ['活动类别', 'kind'],
    ['活动名称/内容', 'title'],
    ['审核情况', 'passed'],
    ['时长/数量', 'hours'],
    ['联系电话', undefined],
    ['abc', undefined],
    ['1. 姓名：请填写与身份证一致的姓名，不得使用简称或别名', undefined],
  ])('%p → %p', (cell, field) => {
    expect(matchHeader(cell)).toBe(field);
  });
});

describe('matchHeaderExact', () => {
  it.each<[unknown, FieldCode | undefined]>([
    ['开始日期', 'start'],
    ['学时（小时）', 'hours'],
    ['2023年度', undefined],
    ['本年度认定学时', undefined],
  ])('%p → %p', (cell, field) => {
    expect(matchHeaderExact(cell)).toBe(field);
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['课程类型\n（公需/专业）', { full: '课程类型(公需/专业)', bare: '课程类型' }],
    ['姓　 名', { full: '姓名', bare: '姓名' }],
    [' *学时 (小时) ', { full: '学时(小时)', bare: '学时' }],
  ])('%p', (cell, expected) => {
    expect(normaliseHeader(cell)).toEqual(expected);
  });
});

describe('field catalogue', () => {
  it('has a definition, label and synonyms for every code', () => {
    for (const code of FIELD_CODES) {
      expect(FIELDS[code].code).toBe(code);
      expect(FIELDS[code].zh).not.toBe('');
      expect(FIELDS[code].synonyms.length).toBeGreaterThan(0);
    }
  });

  it('every synonym matches its own field, and no synonym belongs to two fields', () => {
    const owner = new Map<string, FieldCode>();
    for (const code of FIELD_CODES) {
      for (const word of FIELDS[code].synonyms) {
        expect([word, matchHeader(word)]).toEqual([word, code]);
        const key = normaliseHeader(word).full;
        expect([word, owner.get(key) ?? code]).toEqual([word, code]);
        owner.set(key, code);
      }
    }
  });
});
