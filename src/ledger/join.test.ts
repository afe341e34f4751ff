/**
 * Joining a row whose ID was typed wrong to the person it belongs to: the digits
 * it still shows agree with one valid ID of the same name.
 */
import { dayNumber } from '../rules/dates';
import { readLedger } from './intake';
import { testId } from './intakeSamples';
import { digitsAgree } from './join';

describe('digitsAgree', () => {
  const id = '370215199802280754';
  it.each([
    ['370215', true], // the digits Excel kept of 3.70215E+17
    ['37021519980228075', true], // only the check digit was wrong
    ['37021519980228705', true], // two neighbours swapped
    ['37021519980228079', true], // one digit typed wrong
    ['37021519980228797', false], // two digits wrong
    ['37021519980228570', false], // two digits swapped that are not neighbours
    ['370216', false],
  ])('%s → %p', (digits, expected) => {
    expect(digitsAgree(digits, id)).toBe(expected);
  });
});

describe('a row with a mistyped ID', () => {
  const good = testId(75, '19980228');
  const typo = good.slice(0, 14) + good[15] + good[14] + good.slice(16);
  const read = () =>
    readLedger(
      {
        sheet: '培训记录',
        rows: [
          ['员工编号', '姓名', '证件号码', '学习形式', '获得学时', '培训开始日期'],
          ['100902', '赵鹏', good, '岗位培训', 16, '2025-03-03'],
          ['100902', '赵鹏', typo, '线上学习', 24, '2025-11-30'],
        ],
      },
      { today: dayNumber(2025, 12, 31) },
    );

  it('joins the one person of that name whose ID it nearly is, even when keyed by 工号, and keeps the error', () => {
    expect(typo).not.toBe(good);
    const l = read();
    expect(l.people.map((p) => p.key)).toEqual([good]);
    expect(l.activities.map((a) => a.personKey)).toEqual([good, good]);
    expect(l.findings.find((f) => f.code === 'id-check-digit')).toMatchObject({ personKey: good, row: 3 });
  });
});
