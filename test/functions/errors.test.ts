/**
 * Error values: real CustomFunctions.Error objects when the Office runtime is
 * there, a FunctionError with the same code/message shape in plain Node, and
 * no raw JavaScript exception ever reaching a cell.
 */
import { FunctionError, functionError, guarded, isFunctionError } from '../../functions/errors';
import { CEHOURS, CEKIND } from '../../functions/functions';
import { FUNCTION_CODES, functionMessagesEn, functionMessagesZh } from '../../functions/messages';

describe('functionError', () => {
  it('is a FunctionError with the Excel error value in plain Node', () => {
    const e = functionError('#N/A', '找不到');
    expect(e).toBeInstanceOf(FunctionError);
    expect({ code: e.code, message: e.message }).toEqual({ code: '#N/A', message: '找不到' });
  });

  describe('inside the Office runtime', () => {
    class FakeCfError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    beforeAll(() => {
      g.CustomFunctions = {
        Error: FakeCfError,
        ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      };
    });
    afterAll(() => {
      delete g.CustomFunctions;
    });

    it('creates CustomFunctions.Error with the matching ErrorCode', () => {
      const v = functionError('#VALUE!', '参数有误');
      expect(v).toBeInstanceOf(FakeCfError);
      expect(v).toEqual(expect.objectContaining({ code: '#VALUE!', message: '参数有误' }));
      expect(functionError('#N/A', 'x').code).toBe('#N/A');
      expect(isFunctionError(v)).toBe(true);
    });

    it('is what a function throws for an unknown kind', () => {
      let thrown: unknown;
      try {
        CEKIND('火星旅行');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FakeCfError);
      expect((thrown as FakeCfError).code).toBe('#N/A');
    });
  });
});

describe('guarded', () => {
  it('turns an unexpected exception into #VALUE! with a Chinese message', () => {
    let thrown: unknown;
    try {
      guarded(
        () => {
          throw new TypeError('boom');
        },
        (d) => `计算时出错：${d}`,
      );
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FunctionError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: '计算时出错：boom' });
  });

  it('passes error values through unchanged', () => {
    expect(() => CEHOURS('火星旅行')).toThrow(FunctionError);
  });
});

describe('message tables', () => {
  it('word every code in Chinese and English', () => {
    for (const code of FUNCTION_CODES) {
      expect({ code, zh: /[\u4e00-\u9fff]/.test(functionMessagesZh[code]) }).toEqual({ code, zh: true });
      expect({ code, en: functionMessagesEn[code]?.length > 0 }).toEqual({ code, en: true });
    }
    expect(Object.keys(functionMessagesZh).sort()).toEqual([...FUNCTION_CODES].sort());
    expect(Object.keys(functionMessagesEn).sort()).toEqual([...FUNCTION_CODES].sort());
  });
});
