import { dayNumber } from './dates';
import { evaluatePerson } from './evaluate';
import { ruleIssueMessage } from './messages';
import { createRuleBook } from './rulebook';
import { parseUserKinds } from './userKinds';
import { BUILT_IN_KINDS } from './kinds';

const builtIn = new Set(BUILT_IN_KINDS.map((k) => k.code));

describe('user-defined kinds (四(四)5)', () => {
  test('a valid definition takes part in every check, with its own yearly cap', () => {
    const parsed = parseUserKinds(
      {
        kinds: [
          {
            code: 'volunteer-lecture',
            name: '志愿授课',
            aliases: ['志愿授课', '公益讲座'],
            clauseText: '2024年度继续教育工作通知：志愿授课每次认定4学时，每年不超过12学时',
            credit: { type: 'perItem', hoursPerItem: 4 },
            subject: 'public',
            yearlyCap: 12,
          },
        ],
      },
      builtIn,
    );
    expect(parsed.issues).toEqual([]);
    const book = createRuleBook(parsed.kinds, parsed.capGroups);
    const m = book.matcher.match('公益讲座');
    expect(m.ok && m.kind.code).toBe('volunteer-lecture');
    const ev = evaluatePerson(
      { key: 'p' },
      [
        { ref: 'S!2', personKey: 'p', kind: 'volunteer-lecture', count: 2, year: 2024, evidence: 'x' },
        { ref: 'S!3', personKey: 'p', kind: 'volunteer-lecture', count: 2, year: 2024, evidence: 'x' },
      ],
      { book },
    );
    expect(ev.years[0].publicHours).toBe(12);
    expect(ev.years[0].issues.map((i) => i.code)).toEqual(['yearly-cap']);
    expect(ev.years[0].credits[0].clause).toBe('四(四)5');
  });

  test('a bad definition is skipped with a message naming its field; good ones are kept', () => {
    const parsed = parseUserKinds(
      [
        { code: 'ok-kind', name: '好', clauseText: '某年度通知第一条', credit: { type: 'registeredHours' } },
        {
          code: 'Bad Code',
          name: '坏',
          clauseText: '某年度通知',
          credit: { type: 'perItem', hoursPerItem: -3 },
        },
        { code: 'job-training', name: '重复', clauseText: '某年度通知', credit: { type: 'registeredHours' } },
      ],
      builtIn,
    );
    expect(parsed.kinds.map((k) => k.code)).toEqual(['ok-kind']);
    const paths = parsed.issues.map((i) => `${i.params.index}:${i.params.path}`);
    expect(paths).toEqual(expect.arrayContaining(['2:code', '2:credit.hoursPerItem', '3:code']));
    const msg = ruleIssueMessage(
      parsed.issues.find((i) => i.params.path === 'credit.hoursPerItem')!,
      'zh',
    );
    expect(msg).toBe('自定义学时规则第2条的“credit.hoursPerItem”有误：数值过小或为空');
    expect(ruleIssueMessage(parsed.issues[0], 'en')).toMatch(/^User-defined rule 2, field "code"/);
  });

  test('a file that is not a list is one clear issue, never an exception', () => {
    const parsed = parseUserKinds('nonsense');
    expect(parsed.kinds).toEqual([]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0].code).toBe('user-kind-invalid');
  });
});

describe('a user kind’s 生效日期 (四(四)5)', () => {
  const parsed = parseUserKinds(
    [
      {
        code: 'volunteer-lecture',
        name: '志愿授课',
        aliases: ['志愿授课'],
        clauseText: '2025年度继续教育工作通知：志愿授课每次认定4学时',
        credit: { type: 'perItem', hoursPerItem: 4 },
        subject: 'public',
        effectiveFrom: '2025-01-01',
      },
    ],
    builtIn,
  );
  const book = createRuleBook(parsed.kinds, parsed.capGroups);
  const lecture = (ref: string, when: { start?: number; end?: number; year?: number }) => ({
    ref,
    personKey: 'p',
    kind: 'volunteer-lecture',
    count: 1,
    evidence: 'x',
    ...when,
  });

  test.each<[string, { start?: number; end?: number; year?: number }, number, string[]]>([
    [
      'dated 2023: before it, nothing',
      { start: dayNumber(2023, 5, 8), end: dayNumber(2023, 5, 8) },
      0,
      ['kind-not-yet-effective'],
    ],
    ['the day before', { start: dayNumber(2024, 12, 31) }, 0, ['kind-not-yet-effective']],
    ['its first day', { start: dayNumber(2025, 1, 1) }, 4, []],
    ['a 归属年度 of 2024 only', { year: 2024 }, 0, ['kind-not-yet-effective']],
    ['a 归属年度 of 2025', { year: 2025 }, 4, []],
  ])('%s', (_label, when, hours, codes) => {
    const ev = evaluatePerson({ key: 'p' }, [lecture('S!2', when)], { book });
    expect(ev.credits[0].credited).toBe(hours);
    expect(ev.credits[0].issues.map((i) => i.code)).toEqual(codes);
  });

  test('the finding names the kind and its date', () => {
    const ev = evaluatePerson({ key: 'p' }, [lecture('S!2', { year: 2023 })], { book });
    expect(ruleIssueMessage(ev.credits[0].issues[0], 'zh')).toBe(
      '“志愿授课”自2025-01-01起施行，此前的学习活动不按该形式认定学时',
    );
  });
});
