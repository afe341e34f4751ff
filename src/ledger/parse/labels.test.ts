import { normaliseSeries, parseLevel, parsePassed, parseSubject } from './labels';

describe('parseSubject', () => {
  it.each<[unknown, unknown]>([
    ['公需', 'public'],
    ['公需科目', 'public'],
    ['公需课', 'public'],
    ['公共科目', 'public'],
    ['公共课', 'public'],
    [' 公需 科目 ', 'public'],
    ['公需科目（必修）', 'public'],
    ['Public', 'public'],
    ['专业', 'professional'],
    ['专业科目', 'professional'],
    ['专业课', 'professional'],
    ['专业课程', 'professional'],
    ['PROFESSIONAL', 'professional'],
    // 须 typed for its homophone 需
    ['公须科目', 'public'],
    ['公须', 'public'],
    ['专业技术类', 'professional'],
    [null, undefined],
    ['', undefined],
  ])('%p → %p', (cell, value) => {
    expect(parseSubject(cell)).toEqual({ ok: true, value });
  });

  it.each(['选修', '公需/专业', '其他', '1'])('%p → subject-unknown', (cell) => {
    expect(parseSubject(cell)).toEqual({ ok: false, code: 'subject-unknown', params: { text: cell } });
  });
});

describe('parsePassed', () => {
  it.each<[unknown, boolean | undefined]>([
    ['合格', true],
    ['通过', true],
    ['已通过', true],
    ['是', true],
    ['优秀', true],
    ['良好', true],
    ['达标', true],
    ['考试合格', true],
    ['Pass', true],
    ['√', true],
    [true, true],
    // negatives first: each of these contains a positive word
    ['不合格', false],
    ['未通过', false],
    ['不通过', false],
    ['考试不合格', false],
    ['否', false],
    ['缺考', false],
    ['结业', true],
    ['已结业', true],
    ['未结业', false],
    ['不及格', false],
    [false, false],
    [null, undefined],
    ['  ', undefined],
    // an employer's 审核情况 column (五 考核认定)
    ['已审核', true],
    ['审核通过', true],
    ['考试未通过', false],
    ['审核未通过', false],
    ['退回', false],
    ['不予认定', false],
  ])('%p → %p', (cell, value) => {
    expect(parsePassed(cell)).toEqual({ ok: true, value });
  });

  it.each<unknown>([
    '待审核',
    '审核中',
    '未审核',
    '尚未审核',
    '待认定',
    '待复核',
    '正在审核',
    '待确认',
    ' 待 审核 ',
  ])(
    '%p: the employer has not verified the record yet → record-unverified (not the generic pass-unknown)',
    (cell) => {
      expect(parsePassed(cell)).toEqual({
        ok: false,
        code: 'record-unverified',
        params: { text: String(cell).trim() },
      });
    },
  );

  it.each<[unknown, boolean]>([
    ['已审核', true],
    ['审核通过', true],
    ['审核未通过', false],
    ['未认定', false],
  ])('%p is a decision, not pending → %p', (cell, value) => {
    expect(parsePassed(cell)).toEqual({ ok: true, value });
  });

  it.each<unknown>(['待定', '85', 1])('%p → pass-unknown', (cell) => {
    expect(parsePassed(cell)).toMatchObject({ ok: false, code: 'pass-unknown' });
  });
});

describe('parseLevel', () => {
  it.each<[unknown, unknown]>([
    ['A', { ok: true, value: 'A' }],
    ['A级', { ok: true, value: 'A' }],
    ['ａ', { ok: true, value: 'A' }],
    ['a级', { ok: true, value: 'A' }],
    ['Ｂ级', { ok: true, value: 'B' }],
    [' C ', { ok: true, value: 'C' }],
    ['c类', { ok: true, value: 'C' }],
    ['', { ok: true, value: undefined }],
    ['D', { ok: false, code: 'level-unknown', params: { text: 'D' } }],
    ['AB', { ok: false, code: 'level-unknown', params: { text: 'AB' } }],
    ['甲级', { ok: false, code: 'level-unknown', params: { text: '甲级' } }],
    [1, { ok: false, code: 'level-unknown', params: { text: '1' } }],
  ])('%p', (cell, expected) => {
    expect(parseLevel(cell)).toEqual(expected);
  });
});

describe('normaliseSeries', () => {
  it.each<[unknown, string | undefined]>([
    [' 卫生 系列 ', '卫生系列'],
    ['工程（技术）', '工程(技术)'],
    ['中小学\u3000教师', '中小学教师'],
    ['Ｅｎｇｉｎｅｅｒｉｎｇ', 'Engineering'],
    ['', undefined],
    [null, undefined],
  ])('%p → %p', (cell, expected) => {
    expect(normaliseSeries(cell)).toBe(expected);
  });
});
