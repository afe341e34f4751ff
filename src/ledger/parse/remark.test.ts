import { readTextFacts } from './remark';
import { isoDate } from '../../rules/dates';

describe('readTextFacts: what 备注 and labels say plainly', () => {
  it.each([
    ['A级 75分', { level: 'A', score: 75, found: ['A级', '75分'] }],
    ['职称外语A级', { level: 'A', found: ['A级'] }],
    ['职称外语（综合类）B级，成绩：68', { level: 'B', score: 68, found: ['B级', '成绩:68'] }],
    ['成绩：82', { score: 82, found: ['成绩:82'] }],
    ['考试成绩为58分，未通过', { score: 58, passed: false, found: ['成绩为58分', '未通过'] }],
    ['2个模块合格', { count: 2, passed: true, found: ['2个模块', '合格'] }],
    ['计算机应用能力考试 3个模块', { count: 3, found: ['3个模块'] }],
    // small numbers in words, as offices write them
    ['AutoCAD、Excel两个模块', { count: 2, found: ['两个模块'] }],
    // A version number before the words (a blind ledger, seventh session): still two modules.
    ['Word2007、Excel2007两个模块合格', { count: 2, passed: true, found: ['两个模块', '合格'] }],
    ['病假八个月', { months: 8, found: ['八个月'] }],
    ['十二个月', { months: 12, found: ['十二个月'] }],
    ['注册考试 2门通过', { count: 2, passed: true, found: ['2门', '通过'] }],
    ['发表论文2篇', { evidence: '发表论文2篇', found: [] }],
    ['有结业证', { evidence: '有结业证', found: [] }],
    [
      '经单位批准，附诊断证明，共7个月',
      { months: 7, evidence: '经单位批准，附诊断证明，共7个月', found: ['7个月'] },
    ],
    ['2024年5月入职', { found: [] }],
    [
      '考试合格，证书编号 QD2024001',
      { passed: true, evidence: '考试合格，证书编号 QD2024001', found: ['合格'] },
    ],
    ['Ⅰ类学分5分', { found: [] }],
    ['A类学分 10分', { found: [] }],
    ['每天授课90分钟', { found: [] }],
    ['证书待补', { found: [] }],
    ['无证书', { found: [] }],
    ['2023项目结题', { found: [] }],
    ['', { found: [] }],
    [null, { found: [] }],
  ])('%s', (text, facts) => {
    const { words, span: _span, hours: _hours, ...read } = readTextFacts(text);
    expect(read).toEqual(facts);
    const { span: _spanWords, hours: _hoursWords, ...counted } = words;
    expect(Object.values(counted)).toEqual(facts.found);
  });

  it.each([
    ['2024年3月至8月休产假，共6个月', '2024-03-01', '2024-08-31'],
    ['病假（重病住院治疗）2024.1.1—2024.7.31', '2024-01-01', '2024-07-31'],
    ['2023年11月15日至2024年2月14日援派', '2023-11-15', '2024-02-14'],
  ])('the period in %s', (text, start, end) => {
    const span = readTextFacts(text).span;
    expect(span && [isoDate(span.start), isoDate(span.end)]).toEqual([start, end]);
  });

  it.each(['证书编号2024-0318', '2024-06-30', '2024年13月至8月'])('no period in %s', (text) => {
    expect(readTextFacts(text).span).toBeUndefined();
  });

  it.each<[string, number | undefined, string | undefined]>([
    ['共计24学时', 24, '共计24学时'],
    ['培训3天，16课时', 16, '16课时'],
    ['合计 7.5 小时', 7.5, '合计7.5小时'],
    ['按公需30学时、专业60学时认定', undefined, undefined],
    ['每天授课90分钟', undefined, undefined],
    ['证书编号2024-0318', undefined, undefined],
  ])('hours in %s', (text, hours, words) => {
    const facts = readTextFacts(text);
    expect([facts.hours, facts.words.hours]).toEqual([hours, words]);
  });
});
