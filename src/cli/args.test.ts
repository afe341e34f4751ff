import { langOf, parseArgs } from './args';

const base = {
  sheets: [],
  map: [],
  policy: [],
  json: false,
  brief: false,
  plan: false,
  byUnit: false,
  showIds: false,
  lang: 'zh',
  help: false,
};

describe('parseArgs', () => {
  it('takes files and every option', () => {
    expect(
      parseArgs([
        'a.xlsx',
        'b.csv',
        '--sheet',
        '2019年',
        '--sheet=2020年',
        '--map',
        '学时=F',
        '--map=姓名=人员姓名',
        '--year',
        '2023',
        '--title-year=2023',
        '--policy',
        'windowPolicy=pooled',
        '--policy',
        'strictEvidence=true',
        '--rules',
        'kinds.json',
        '--report',
        'out.xlsx',
        '--json',
        '--brief',
        '--show-ids',
        '--lang',
        'en',
      ]),
    ).toEqual({
      ok: true,
      args: {
        files: ['a.xlsx', 'b.csv'],
        sheets: ['2019年', '2020年'],
        map: ['学时=F', '姓名=人员姓名'],
        year: 2023,
        titleYear: 2023,
        policy: ['windowPolicy=pooled', 'strictEvidence=true'],
        rules: 'kinds.json',
        report: 'out.xlsx',
        json: true,
        brief: true,
        plan: false,
        byUnit: false,
        showIds: true,
        lang: 'en',
        help: false,
      },
    });
  });

  it('defaults: Chinese, masked IDs, human output', () => {
    expect(parseArgs(['a.xlsx'])).toEqual({ ok: true, args: { ...base, files: ['a.xlsx'] } });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['--', '--json'])).toEqual({ ok: true, args: { ...base, files: ['--json'] } });
  });

  it('allows --help without files', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, args: { help: true, files: [] } });
  });

  it.each<[string[], string, Record<string, string>]>([
    [['a.xlsx', '--yaer', '2023'], 'arg-unknown', { option: '--yaer' }],
    [['a.xlsx', '--json=yes'], 'arg-unknown', { option: '--json' }],
    [['a.xlsx', '--year'], 'arg-missing-value', { option: '--year' }],
    [['a.xlsx', '--report', '--json'], 'arg-missing-value', { option: '--report' }],
    [['a.xlsx', '--sheet='], 'arg-missing-value', { option: '--sheet' }],
    [['a.xlsx', '--year', '23'], 'arg-bad-year', { option: '--year', value: '23' }],
    [['a.xlsx', '--title-year', '二〇二三'], 'arg-bad-year', { option: '--title-year', value: '二〇二三' }],
    [['a.xlsx', '--lang', 'fr'], 'arg-bad-lang', { value: 'fr' }],
    [['--json'], 'arg-no-files', {}],
  ])('%j → %s', (argv, code, params) => {
    expect(parseArgs(argv)).toEqual({ ok: false, code, params });
  });
});

describe('langOf', () => {
  it('finds --lang en even among bad arguments', () => {
    expect(langOf(['--bogus', '--lang', 'en'])).toBe('en');
    expect(langOf(['--lang=en'])).toBe('en');
    expect(langOf(['--bogus'])).toBe('zh');
  });
});

describe('parseArgs: the plan', () => {
  it('takes --plan, --as-of and --deadline', () => {
    expect(parseArgs(['a.xlsx', '--plan', '--as-of', '2026-10-01', '--deadline=11-30'])).toEqual({
      ok: true,
      args: {
        ...base,
        files: ['a.xlsx'],
        plan: true,
        asOf: { year: 2026, month: 10, day: 1 },
        deadline: { month: 11, day: 30 },
      },
    });
  });

  it.each([
    ['--as-of', '2026-02-30'],
    ['--as-of', '2026/10/01'],
    ['--deadline', '13-01'],
    ['--deadline', '02-30'],
  ])('refuses %s %s as a date', (option, value) => {
    expect(parseArgs(['a.xlsx', option, value])).toEqual({
      ok: false,
      code: 'arg-bad-date',
      params: { option, value },
    });
  });
});

describe('parseArgs: bureau mode', () => {
  it('takes --by-unit, --sample and --seed', () => {
    expect(parseArgs(['a.xlsx', 'b.xlsx', '--by-unit', '--sample', '5%', '--seed', '42'])).toEqual({
      ok: true,
      args: { ...base, files: ['a.xlsx', 'b.xlsx'], byUnit: true, sample: { percent: 5 }, seed: 42 },
    });
  });

  it.each([
    ['--sample', '0'],
    ['--sample', 'ten'],
    ['--seed', '-1'],
  ])('refuses %s %s', (option, value) => {
    expect(parseArgs(['a.xlsx', option, value])).toEqual({
      ok: false,
      code: 'arg-bad-sample',
      params: { option, value },
    });
  });
});
