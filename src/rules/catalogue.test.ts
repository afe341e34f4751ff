import { BUILT_IN_KINDS } from './kinds';
import { createKindMatcher } from './match';
import { matchSector, SECTOR_RULES } from './sectors';
import { RULE_ISSUE_CODES } from './codes';
import { ruleMessagesEn, ruleMessagesZh, ruleIssueMessage } from './messages';
import { NOTICE } from './notice';
import { EVIDENCE_EN } from './evidenceEn';

describe('the notice as data', () => {
  test('every clause the issue lists has at least one kind', () => {
    const clauses = new Set(BUILT_IN_KINDS.map((k) => k.clause));
    for (const c of [
      '四(一)1',
      '四(一)2',
      '四(一)3',
      '四(一)4',
      '四(二)',
      '四(三)',
      '四(四)1',
      '四(四)2',
      '四(四)3',
      '四(四)4⑴',
      '四(四)4⑵',
      '四(四)4⑶',
      '四(四)5',
      '四(五)',
      '四(六)1',
      '六(二)',
      '三(二)3',
    ]) {
      expect(clauses).toContain(c);
    }
    expect(new Set(SECTOR_RULES.map((s) => s.clause))).toEqual(new Set(['五', '四(六)2']));
  });

  test('codes are unique and every record carries the notice date, a citation and evidence', () => {
    const codes = BUILT_IN_KINDS.map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const k of BUILT_IN_KINDS) {
      expect(k.effectiveFrom).toBe(NOTICE.effectiveFrom);
      expect(k.clauseText.length).toBeGreaterThan(10);
      if (k.credit.type !== 'deemedComplete') expect(k.evidence.length).toBeGreaterThan(0);
    }
  });

  test('the numbers are the notice’s', () => {
    const byCode = new Map(BUILT_IN_KINDS.map((k) => [k.code, k]));
    expect(byCode.get('study-visit')?.credit).toEqual({ type: 'perItem', hoursPerItem: 10 });
    expect(byCode.get('self-study')?.credit).toEqual({ type: 'perProgrammeYear', hoursPerYear: 10 });
    expect(byCode.get('qualification-exam')?.credit).toEqual({ type: 'perItem', hoursPerItem: 16 });
    expect(byCode.get('computer')?.credit).toEqual({ type: 'perItem', hoursPerItem: 5 });
    expect(byCode.get('foreign-language')?.credit).toEqual({
      type: 'examLevel',
      levels: { A: 30, B: 20, C: 10 },
      passScore: 60,
    });
    expect(byCode.get('abroad-work')?.credit).toMatchObject({
      minMonthsExclusive: 6,
      yearly: { public: 30, professional: 60 },
    });
    expect(byCode.get('maternity-leave')?.credit).not.toHaveProperty('minMonthsExclusive');
    expect(byCode.get('job-training')?.credit).toEqual({ type: 'hoursPerDay', perDayCap: 8 });
  });
});

describe('matching ledger words to kinds', () => {
  const matcher = createKindMatcher(BUILT_IN_KINDS);
  // The words the issue names, and what they must resolve to.
  const table: Array<[string, string]> = [
    ['岗位培训', 'job-training'],
    ['急需紧缺人才培训', 'job-training'],
    ['高级研修', 'job-training'],
    ['学术会议', 'academic-event'],
    ['专题讲座', 'academic-event'],
    ['模拟实训', 'academic-event'],
    ['技术操作示范', 'academic-event'],
    ['新技术推广', 'academic-event'],
    ['业务进修', 'study-visit'],
    ['出国考察', 'study-visit'],
    ['自学考试', 'self-study'],
    ['在职学历教育', 'self-study'],
    ['课程班', 'self-study'],
    ['科研成果', 'research-result'],
    ['专利', 'research-result'],
    ['课题', 'research-result'],
    ['行业标准', 'research-result'],
    ['论文', 'publication'],
    ['著作', 'publication'],
    ['译著', 'publication'],
    ['学术会议交流论文', 'publication'],
    ['职称评审', 'expert-service'],
    ['阅卷', 'expert-service'],
    ['援派', 'posting'],
    ['支教', 'posting'],
    ['支农', 'posting'],
    ['支医', 'posting'],
    ['扶贫', 'posting'],
    ['职业资格考试', 'qualification-exam'],
    ['注册考试', 'registration-exam'],
    ['境外工作', 'abroad-work'],
    ['病假', 'sick-leave'],
    ['产假', 'maternity-leave'],
    ['职称外语', 'foreign-language'],
    ['计算机应用能力', 'computer'],
    ['新冠防控一线', 'covid-frontline'],
    ['导师制', 'mentorship'],
    ['网络学习', 'online-learning'],
    ['公需科目', 'public-course'],
    ['  岗位 培训（线下） ', 'job-training'],
    ['参加2023年全市高级研修班', 'job-training'],
    // a programme of courses (四(二)), not 业务进修 (四(一)4)
    ['中国海洋大学人力资源管理研究生课程进修班', 'self-study'],
    ['课程进修', 'self-study'],
    ['技能评价考评', 'expert-service'],
    ['电工职业技能等级认定考评（受邀考评员）', 'expert-service'],
    ['业务进修', 'study-visit'],
    // A society's annual meeting is its conference; 技术交流 beside 学术交流 (a blind ledger, seventh session).
    ['参加学会年会', 'academic-event'],
    ['参加协会年会', 'academic-event'],
    ['技术交流', 'academic-event'],
  ];
  test.each(table)('%s → %s', (text, code) => {
    const m = matcher.match(text);
    expect(m.ok && m.kind.code).toBe(code);
  });
  test('unknown words are reported, never guessed', () => {
    expect(matcher.match('团建活动')).toEqual({ ok: false, code: 'kind-unknown', candidates: [] });
    // A company's 年会 (its annual party) names no conference.
    expect(matcher.match('公司年会')).toMatchObject({ ok: false, code: 'kind-unknown' });
    expect(matcher.match('')).toMatchObject({ ok: false, code: 'kind-unknown' });
  });
  test('a text naming two kinds equally is ambiguous', () => {
    const m = matcher.match('专利课题');
    // both aliases belong to research-result: not ambiguous
    expect(m.ok && m.kind.code).toBe('research-result');
    const amb = matcher.match('支教病假');
    expect(amb).toMatchObject({ ok: false, code: 'kind-ambiguous' });
  });
});

describe('sectors (四(六)2, 五)', () => {
  // Real 职称系列 strings as ledgers write them: the series is the text before a
  // bracket, matched whole (interpretations.md); a speciality in brackets never decides.
  test.each([
    ['卫生系列', 'health'],
    ['卫生', 'health'],
    ['卫生技术', 'health'],
    ['卫生（护理）', 'health'],
    ['卫生系列（临床医学）', 'health'],
    ['护理', 'health'],
    ['药学', 'health'],
    ['主治医师', 'health'],
    ['中小学教师', 'school-teacher'],
    ['中小学教师（语文）', 'school-teacher'],
    ['中学高级教师', 'school-teacher'],
    ['会计', 'accounting'],
    ['会计系列', 'accounting'],
    ['高级会计师', 'accounting'],
    ['社会工作', 'social-work'],
    ['社会工作师', 'social-work'],
    ['工程', undefined],
    ['工程（环境卫生）', undefined],
    ['工程系列（给排水）', undefined],
    ['农业', undefined],
    ['农业（兽医师）', undefined],
    ['农业技术推广', undefined],
    ['兽医', undefined],
    ['经济', undefined],
    ['经济（会计）', undefined],
    ['高校教师', undefined],
    ['高等学校教师', undefined],
    ['中专教师', undefined],
    ['技工院校教师', undefined],
    ['审计', undefined],
    ['统计', undefined],
    ['新闻', undefined],
    ['出版', undefined],
    ['翻译', undefined],
    ['艺术', undefined],
    ['工艺美术', undefined],
    ['档案', undefined],
    ['图书资料', undefined],
    ['文物博物', undefined],
    ['群众文化', undefined],
    ['体育', undefined],
    ['律师', undefined],
    ['公证', undefined],
    ['实验技术', undefined],
    ['船舶', undefined],
    ['民航飞行', undefined],
    ['广播电视播音', undefined],
    ['科学研究', undefined],
    ['技师', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (series, code) => {
    expect(matchSector(series)?.code).toBe(code);
  });

  test('answers again from what it remembered, per sector list', () => {
    expect(matchSector('卫生系列')?.code).toBe('health');
    expect(matchSector('卫生系列')?.code).toBe('health');
    const onlyAccounting = SECTOR_RULES.filter((s) => s.code === 'accounting');
    expect(matchSector('卫生系列', onlyAccounting)).toBeUndefined();
    expect(matchSector('会计', onlyAccounting)?.code).toBe('accounting');
    expect(matchSector('卫生系列')?.code).toBe('health');
  });
});

describe('messages', () => {
  test('both tables cover every code, and no other', () => {
    expect(Object.keys(ruleMessagesZh).sort()).toEqual([...RULE_ISSUE_CODES].sort());
    expect(Object.keys(ruleMessagesEn).sort()).toEqual([...RULE_ISSUE_CODES].sort());
  });
  test('subjects are put into words', () => {
    const issue = {
      code: 'subject-overridden' as const,
      params: { declared: 'professional', fixed: 'public' },
    };
    expect(ruleIssueMessage(issue, 'zh')).toBe('台账标为专业科目，本通知规定为公需科目，按公需科目计算');
    expect(ruleIssueMessage(issue, 'en')).toContain('the notice fixes public');
  });
});

describe('the catalogue in English', () => {
  it('every evidence word of a built-in kind has its English', () => {
    const missing = BUILT_IN_KINDS.flatMap((k) => k.evidence).filter((w) => EVIDENCE_EN[w] === undefined);
    expect(missing).toEqual([]);
  });

  it('every sector names its authority in English', () => {
    expect(SECTOR_RULES.filter((s) => !/^[ -~]+$/.test(s.authorityEn)).map((s) => s.code)).toEqual([]);
  });
});

describe('words of real ledgers (issue 10)', () => {
  const m = createKindMatcher(BUILT_IN_KINDS);
  it.each([
    ['计算机', 'computer', 'alias'],
    ['专利', 'research-result', 'alias'],
    ['科研项目', 'research-result', 'alias'],
    ['成果', 'research-result', 'keyword'],
    ['获奖', 'research-result', 'keyword'],
    ['论文发表', 'publication', 'alias'],
    ['专著', 'publication', 'alias'],
    ['线上专业课程', 'online-learning', 'alias'],
    ['专业课程学习', 'professional-course', 'alias'],
    ['网络培训', 'online-learning', 'alias'],
    ['远程教育', 'online-learning', 'alias'],
    ['继续医学教育', 'professional-course', 'alias'],
    ['学历教育', 'self-study', 'alias'],
    ['在读研究生', 'self-study', 'alias'],
    ['函授', 'self-study', 'alias'],
    ['注册考试', 'registration-exam', 'alias'],
    ['资格证书', 'qualification-exam', 'keyword'],
    ['研讨会', 'academic-event', 'alias'],
    ['学习班', 'job-training', 'alias'],
    ['公派', 'abroad-work', 'keyword'],
    ['公派赴沙特阿拉伯项目部工作', 'abroad-work', 'keyword'],
  ])('%s → %s (%s)', (word, code, via) => {
    expect(m.match(word)).toMatchObject({ ok: true, kind: { code }, via });
  });
});
