/**
 * CEHOURS, CEKIND, CEWINDOW, CEIDCHECK: table tests through the exported
 * custom functions, as Excel calls them (blank optional arguments are null).
 */
import { CEHOURS, CEIDCHECK, CEKIND, CEWINDOW } from '../../functions/functions';
import { errorOf, validId } from './helpers';

describe('CEHOURS: the credit of one activity before yearly caps', () => {
  const cases: Array<[string, unknown[], number]> = [
    // 四(一)2, 四(一)3, 四(四)1: actual hours, at most 8 a day
    ["岗位培训 30 h over 3 days (the issue's example)", ['岗位培训', 30, 3], 24],
    ['岗位培训 under the daily cap', ['岗位培训', 20, 3], 20],
    ['days unknown: as claimed', ['岗位培训', 30], 30],
    ['days blank (Excel passes null)', ['岗位培训', 30, null], 30],
    ['days an empty cell ("")', ['岗位培训', 30, ''], 30],
    ['alias 线下培训', ['线下培训', 10, 1], 8],
    ['学术会议', ['学术会议', 12, 1], 8],
    ['expert work', ['人事考试阅卷', 40, 4], 32],
    ['a parenthetical hint is ignored', ['岗位培训（线下）', 16, 2], 16],
    ['numbers typed as text, full-width', ['岗位培训', '３０', '３'], 24],
    ['spaces around the kind', ['  岗位培训 ', 30, 3], 24],
    ["the ledger's subject as 4th argument", ['岗位培训', 30, 3, '公需'], 24],
    ['zero hours', ['岗位培训', 0, 1], 0],
    // 三(二)3 online: the cap applies only when days are known
    ['online, days known', ['网络学习', 50, 2], 16],
    ['online, days unknown', ['网络学习', 50], 50],
    // 四(一)1 registered hours (the yearly cap of 30 is not applied here)
    ['公需科目 before the yearly cap', ['公需科目', 40], 40],
    ['导师制 as registered', ['导师制', 20], 20],
    // per item
    ['论文: one item by default', ['论文'], 10],
    ['论文: three items', ['论文', 3], 30],
    ['论文: five items, before the 四(三) cap', ['论文', 5], 50],
    ['业务进修: 10 whatever the days', ['业务进修', null, 30], 10],
    ['职业资格考试', ['职业资格考试'], 16],
    ['注册考试: per course', ['注册考试', 3], 48],
    ['计算机 modules', ['计算机应用能力考试', 2], 10],
    ['自学考试: 10 a year', ['自学考试'], 10],
    ['课程班 ×5, before the 四(二) cap of 40', ['课程班', 5], 50],
    // 四(四)2 postings: 30 + 60 a year, by months
    ['援派: a full year by default', ['援派'], 90],
    ['援派: 7 months', ['援派', 7], 52.5],
    ['援派: 7 months, 公需 part', ['援派', 7, null, '公需'], 17.5],
    ['援派: 7 months, 专业 part', ['援派', 7, null, '专业'], 35],
    ['支教: 公需科目 spelled out', ['支教', 12, null, '公需科目'], 30],
    ['months over 12 count as 12', ['援派', 14], 90],
    // 四(四)4⑴⑵: more than 6 months in the year
    ['境外工作: exactly 6 months earns nothing', ['境外工作', 6], 0],
    ['境外工作: 7 months', ['境外工作', 7], 52.5],
    ['病假: 7 months, 专业 part', ['病假', 7, null, '专业'], 35],
    ['病假: a full year', ['病假'], 90],
    // 四(四)4⑶ maternity: no threshold
    ['产假: 4 months', ['产假', 4], 30],
    // 四(五) 职称外语: A/B/C = 30/20/10 from 60 points
    ['职称外语 A', ['职称外语', 75, null, 'A'], 30],
    ['职称外语 B', ['职称外语', 60, null, 'B'], 20],
    ['职称外语 c级, lower case', ['职称外语', 88, null, 'c级'], 10],
    ['职称外语 below 60', ['职称外语', 59, null, 'A'], 0],
    ['职称外语 without a score', ['职称英语', null, null, 'B'], 20],
    // 四(六)1: deemed complete, no hours invented
    ['新冠防控一线', ['新冠防控一线'], 0],
  ];
  it.each(cases)('%s', (_label, args, expected) => {
    expect((CEHOURS as (...a: unknown[]) => number)(...args)).toBe(expected);
  });

  const errors: Array<[string, unknown[], string, RegExp]> = [
    ['unknown kind', ['火星旅行', 8], '#VALUE!', /无法识别.*火星旅行/],
    ['ambiguous kind names both', ['论文专利'], '#VALUE!', /科研成果.*论文著作|论文著作.*科研成果/],
    ['blank kind', [null], '#VALUE!', /学习形式/],
    ['hours missing for an hour-based kind', ['岗位培训'], '#VALUE!', /学时.*四\(一\)2/],
    ['negative hours', ['岗位培训', -5], '#VALUE!', /不能为负数/],
    ['negative days', ['岗位培训', 10, -1], '#VALUE!', /天数.*不能为负数/],
    ['hours not a number', ['岗位培训', 'abc'], '#VALUE!', /应为数字.*abc/],
    ['a fraction of an item', ['论文', 1.5], '#VALUE!', /整数/],
    ['职称外语 without a level', ['职称外语', 80], '#VALUE!', /科目或级别/],
    ['职称外语 with level D', ['职称外语', 80, null, 'D'], '#VALUE!', /“D”无法识别/],
    ['a 4th argument that is no subject', ['援派', 7, null, '选修'], '#VALUE!', /“选修”无法识别/],
    ['a boolean as hours', ['岗位培训', true], '#VALUE!', /应为数字/],
  ];
  it.each(errors)('%s → error value with a Chinese message', (_label, args, code, message) => {
    const e = errorOf(() => (CEHOURS as (...a: unknown[]) => number)(...args));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe('CEKIND', () => {
  it.each([
    ['线下培训', '岗位培训、急需紧缺人才培训和高级研修', '四(一)2'],
    ['发明专利', '科研成果', '四(三)'],
    ['学术会议交流论文', '论文著作', '四(三)'],
    ['职称英语', '全国职称外语考试', '四(五)'],
    ['援疆', '援派及支教、支农、支医、扶贫', '四(四)2'],
    ['病休', '因受伤、患重病请病假超过6个月', '四(四)4⑵'],
    ['新冠防控', '新冠肺炎病毒感染防控一线', '四(六)1'],
  ])('%s → %s, %s', (text, name, clause) => {
    expect(CEKIND(text)).toEqual([[name, clause]]);
  });

  it('answers #N/A with a message when nothing matches, and names the candidates when two tie', () => {
    expect(errorOf(() => CEKIND('火星旅行'))).toEqual({
      code: '#N/A',
      message: expect.stringContaining('火星旅行'),
    });
    const tie = errorOf(() => CEKIND('论文专利'));
    expect(tie.code).toBe('#N/A');
    expect(tie.message).toMatch(/科研成果/);
    expect(tie.message).toMatch(/论文著作/);
  });

  it('answers #VALUE! for a blank argument', () => {
    expect(errorOf(() => CEKIND(null as unknown as string)).code).toBe('#VALUE!');
  });
});

describe('CEWINDOW', () => {
  it.each<[string, unknown[], number[][]]>([
    ["the notice's own example", [2023], [[2019, 2023]]],
    ['qualification later: from the year after it', [2023, 2020], [[2021, 2023]]],
    ['qualification long ago: five years', [2023, 2010], [[2019, 2023]]],
    ['qualification in the application year: that year alone', [2023, 2023], [[2023, 2023]]],
    ['blank qualification (null)', [2023, null], [[2019, 2023]]],
    ['blank qualification (0 from an empty number cell)', [2023, 0], [[2019, 2023]]],
    ['years typed as text', ['2023年', '2020'], [[2021, 2023]]],
    ['a date serial stands for its year', [45054], [[2019, 2023]]],
  ])('%s', (_label, args, expected) => {
    expect((CEWINDOW as (...a: unknown[]) => number[][])(...args)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['a fraction', [2023.5]],
    ['no year', [null]],
    ['text that is no year', ['明年']],
    ['a qualification year that is no year', [2023, 'abc']],
  ])('%s → #VALUE!', (_label, args) => {
    expect(errorOf(() => (CEWINDOW as (...a: unknown[]) => number[][])(...args)).code).toBe('#VALUE!');
  });
});

describe('CEIDCHECK', () => {
  const good = validId('37020219800101123');
  it.each<[string, unknown, boolean]>([
    ['the GB 11643 example', '11010519491231002X', true],
    ['lower-case x', '11010519491231002x', true],
    ['a generated valid ID', good, true],
    [
      'full-width digits and spaces',
      ` ${good.slice(0, 6)} ${good.slice(6)}`.replace(/\d/g, (d) =>
        String.fromCharCode(d.charCodeAt(0) + 0xfee0),
      ),
      true,
    ],
    ['wrong check character', good.slice(0, 17) + (good[17] === '0' ? '1' : '0'), false],
    ['impossible birth date (Feb 30)', validId('37020219800230123'), false],
    ['born in the future', validId('37020221990101123'), false],
    ['15-digit legacy number', '110105491231002', true],
    ['15-digit legacy number as a number', 110105491231002, true],
    ['an 18-digit ID stored as a number has lost digits', 370202198001011000, false],
    ["Excel's scientific display", '3.70202E+17', false],
    ['17 digits', good.slice(0, 17), false],
    ['blank', '', false],
    ['null', null, false],
    ['text', '张三', false],
    ['#N/A arriving as text', '#N/A', false],
  ])('%s → %s', (_label, id, expected) => {
    expect(CEIDCHECK(id)).toBe(expected);
  });
});
