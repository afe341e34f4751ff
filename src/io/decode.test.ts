import { csvToWorkbook } from './csvWorkbook';
import { decodeText } from './decode';

// 姓名,学时\n张三,24学时 in GBK, bytes as Windows Chinese Excel writes them.
const GBK = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd1, 0xa7, 0xca, 0xb1, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x32, 0x34, 0xd1,
  0xa7, 0xca, 0xb1,
]);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('姓名,学时'))).toEqual({
      text: '姓名,学时',
      encoding: 'utf-8',
      bom: false,
    });
  });
  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名')]);
    expect(decodeText(bytes)).toEqual({ text: '姓名', encoding: 'utf-8', bom: true });
  });
  it('falls back to GB18030 for invalid UTF-8 (GBK from Chinese Excel/WPS)', () => {
    expect(decodeText(GBK)).toEqual({ text: '姓名,学时\n张三,24学时', encoding: 'gb18030', bom: false });
  });
});

describe('csvToWorkbook', () => {
  it('makes one sheet named after the file', () => {
    const r = csvToWorkbook(GBK, '/tmp/台账/2019.csv');
    expect(r).toEqual({
      ok: true,
      workbook: {
        file: '/tmp/台账/2019.csv',
        format: 'csv',
        sheets: [
          {
            name: '2019',
            rows: [
              ['姓名', '学时'],
              ['张三', '24学时'],
            ],
          },
        ],
        date1904: false,
        encoding: 'gb18030',
      },
    });
  });
  it('refuses a quote that never closes, naming the line', () => {
    expect(csvToWorkbook(new TextEncoder().encode('姓名\n"张三'), 'x.csv')).toEqual({
      ok: false,
      code: 'csv-unterminated-quote',
      file: 'x.csv',
      params: { line: 2 },
    });
  });
});
