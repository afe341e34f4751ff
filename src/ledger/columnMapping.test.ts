import { fieldNamed, parseMappingPair, resolveMapping } from './columnMapping';
import { detectHeader } from './headers';

describe('columns named by hand (--map 字段=列)', () => {
  it.each([
    ['学时', 'hours'],
    ['证件号码', 'idNumber'],
    ['hours', 'hours'],
    ['学习形式', 'kind'],
    ['年龄', undefined],
  ])('the field %s', (word, field) => {
    expect(fieldNamed(word)).toBe(field);
  });

  it.each([
    ['学时=F', { ok: true, field: 'hours', column: { index: 5 } }],
    ['姓名=aa', { ok: true, field: 'name', column: { index: 26 } }],
    ['姓名＝人员姓名', { ok: true, field: 'name', column: { header: '人员姓名' } }],
    ['学时', { ok: false, code: 'map-bad-format', params: { text: '学时' } }],
    ['年龄=B', { ok: false, code: 'map-unknown-field', params: { text: '年龄=B', field: '年龄' } }],
  ])('%s', (text, parsed) => {
    expect(parseMappingPair(text)).toEqual(parsed);
  });

  it('resolves header texts on the header row, letters as they are', () => {
    const m = { name: { header: '人员' }, hours: { index: 3 } };
    expect(resolveMapping(m, ['序', '人员', '做了什么', '时长'])).toEqual({ name: 1, hours: 3 });
    expect(resolveMapping(m, ['序', '人员'], true)).toEqual({ name: 1 });
  });

  it('a header the catalogue does not know is found through the texts the user named', () => {
    const rows = [['单位：某公司'], ['人员', '做了什么', '时长'], ['张伟', '岗位培训', 16]];
    const h = detectHeader(rows, {
      userMapping: { name: { header: '人员' }, kind: { header: '做了什么' }, hours: { index: 2 } },
    });
    expect(h).toMatchObject({
      ok: true,
      headerRow: 1,
      dataStartRow: 2,
      columns: { name: 0, kind: 1, hours: 2 },
    });
  });

  it('by letters only, a first row of words without digits is taken as the header', () => {
    const rows = [
      ['人员', '做了什么', '时长'],
      ['张伟', '岗位培训', 16],
    ];
    const h = detectHeader(rows, {
      userMapping: { name: { index: 0 }, kind: { index: 1 }, hours: { index: 2 } },
    });
    expect(h).toMatchObject({ ok: true, headerRow: 0, dataStartRow: 1 });
    const noHeader = detectHeader([['张伟', '岗位培训', 16]], {
      userMapping: { name: { index: 0 }, kind: { index: 1 }, hours: { index: 2 } },
    });
    expect(noHeader).toMatchObject({ ok: true, headerRow: -1, dataStartRow: 0 });
  });
});
