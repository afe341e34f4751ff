import { wideRegisterColumns, wideRegisterParams } from './wideRegister';

// The two-row header of a register kept one row per person.
const HEAD = [
  ['序号', '姓名', '身份证号', '职称', '公需科目', null, '专业科目', null, null, null, null],
  [null, null, null, null, '学习内容', '学时', '培训项目1', '学时1', '培训项目2', '学时2', '小计'],
];

describe('wideRegisterColumns', () => {
  it('finds 培训项目1 / 学时1 / 培训项目2 / 学时2 in the sub-header row', () => {
    const w = wideRegisterColumns(HEAD, 0);
    expect(w).toEqual({ row: 1, columns: [6, 7, 8, 9], texts: ['培训项目1', '学时1', '培训项目2', '学时2'] });
    expect(wideRegisterParams(w!)).toEqual({
      row: 2,
      columns: 'G–J',
      examples: '培训项目1、学时1、培训项目2',
    });
  });

  it('reads 项目（1）学时 and full-width digits too', () => {
    expect(wideRegisterColumns([['姓名', '项目（1）学时', '项目（２）学时']], 0)?.columns).toEqual([1, 2]);
  });

  it('is undefined for one numbered hours header, year columns, or numbered titles without hours', () => {
    expect(wideRegisterColumns([['姓名', '学时1', '备注']], 0)).toBeUndefined();
    expect(wideRegisterColumns([['姓名', '2024年学时', '2025年学时']], 0)).toBeUndefined();
    expect(wideRegisterColumns([['姓名', '培训项目1', '培训项目2', '学时']], 0)).toBeUndefined();
  });
});
