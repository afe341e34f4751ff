import { formatMessage } from '../i18n/format';
import { LEDGER_CODES, LEDGER_CODE_SEVERITY, ledgerMessagesEn, ledgerMessagesZh } from './messages';

describe('ledger message tables', () => {
  it('LEDGER_CODES has no duplicates', () => {
    expect(new Set(LEDGER_CODES).size).toBe(LEDGER_CODES.length);
  });

  it.each([
    ['zh', ledgerMessagesZh],
    ['en', ledgerMessagesEn],
  ] as const)('the %s table covers every code, and nothing else', (_lang, table) => {
    expect(Object.keys(table).sort()).toEqual([...LEDGER_CODES].sort());
    for (const code of LEDGER_CODES) expect([code, table[code].trim().length > 0]).toEqual([code, true]);
  });

  it('every code has a severity', () => {
    expect(Object.keys(LEDGER_CODE_SEVERITY).sort()).toEqual([...LEDGER_CODES].sort());
  });

  it('both languages use the same placeholders for each code', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of LEDGER_CODES) {
      expect([code, names(ledgerMessagesEn[code])]).toEqual([code, names(ledgerMessagesZh[code])]);
    }
  });

  it('fills a template', () => {
    const tables = { zh: ledgerMessagesZh, en: ledgerMessagesEn };
    expect(formatMessage(tables, 'hours-in-days', { text: '1.5天', days: 1.5, hours: 12 })).toBe(
      '学时“1.5天”按每天8学时（通知允许的上限）折算为12学时，请按证书上的实际学时核对',
    );
    expect(formatMessage(tables, 'hours-in-numerals', { text: '二十四学时', hours: 24 })).toBe(
      '学时“二十四学时”按24学时计',
    );
    expect(formatMessage(tables, 'hours-in-numerals', { text: '十六', hours: 16 }, 'en')).toBe(
      'Hours "十六" (Chinese numerals) were read as 16 hours',
    );
    expect(formatMessage(tables, 'id-numeric-lost-digits', {})).toBe(
      '身份证号以数字形式存储，后几位已丢失（Excel 只保留 15 位有效数字），请将该列设为文本后重新录入',
    );
  });
});
