import fc from 'fast-check';
import { dayNumber as d } from '../../rules/dates';
import { idCheckChar, isValidIdNumber, maskIdNumber, parseIdNumber } from './idNumber';

/** A fixed "today" so that birth-date checks do not depend on the clock. */
const today = d(2025, 6, 1);

// Check characters of these fixtures were computed independently (Python, GB 11643 weights).
describe('parseIdNumber: valid IDs', () => {
  it.each<[unknown, string, [number, number, number], 'male' | 'female']>([
    ['370202198001011232', '370202198001011232', [1980, 1, 1], 'male'],
    ['11010519491231002X', '11010519491231002X', [1949, 12, 31], 'female'],
    ['11010519491231002x', '11010519491231002X', [1949, 12, 31], 'female'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', [1949, 12, 31], 'female'],
    ['110105 19491231 002X', '11010519491231002X', [1949, 12, 31], 'female'],
    ["'370202198001011232", '370202198001011232', [1980, 1, 1], 'male'],
    ['370202200002290026', '370202200002290026', [2000, 2, 29], 'female'],
    ['440304198511119872', '440304198511119872', [1985, 11, 11], 'male'],
    [{ richText: [{ text: '370283197001010030' }] }, '370283197001010030', [1970, 1, 1], 'male'],
  ])('%p', (cell, id, [y, m, dd], sex) => {
    expect(parseIdNumber(cell, { today })).toEqual({ ok: true, value: { id, birthDate: d(y, m, dd), sex } });
  });

  it('upgrades a 15-digit legacy number, from text or from an (exact) number', () => {
    const expected = {
      ok: true,
      value: { id: '370202198001011232', birthDate: d(1980, 1, 1), sex: 'male' },
      notes: [{ code: 'id-upgraded-15', params: { text: '370202800101123', id: '370202198001011232' } }],
    };
    expect(parseIdNumber('370202800101123', { today })).toEqual(expected);
    expect(parseIdNumber(370202800101123, { today })).toEqual(expected);
  });

  it('treats a blank cell as missing, not wrong', () => {
    expect(parseIdNumber(null)).toEqual({ ok: true, value: undefined });
    expect(parseIdNumber('  ')).toEqual({ ok: true, value: undefined });
  });
});

describe('parseIdNumber: failures', () => {
  it.each<[string, unknown, string]>([
    // Number(…): the double a file reader gives for an 18-digit ID typed as a number
    ['18-digit number', Number('370202198001011232'), 'id-numeric-lost-digits'],
    ['16-digit number', Number('3702021980010112'), 'id-numeric-lost-digits'],
    ['scientific notation', '3.70202E+17', 'id-numeric-lost-digits'],
    ['scientific notation, lower case', '3.70202198001011e17', 'id-numeric-lost-digits'],
    ['number written with decimals', '370202198001011232.0', 'id-numeric-lost-digits'],
    ['Excel text of a number (15 digits + 000)', '370202198001011000', 'id-numeric-lost-digits'],
    ['wrong check digit', '370202198001011233', 'id-check-digit'],
    ['X where a digit belongs', '37020219800101123X', 'id-check-digit'],
    ['month 13', '370202198013011232', 'id-birth-date'],
    ['30 February', '370202198002301232', 'id-birth-date'],
    ['29 February of a common year (valid check character)', '370212199002290015', 'id-birth-date'],
    ['born before 1900', '370202189901011232', 'id-birth-date'],
    ['born after today', '370202203001011232', 'id-birth-date'],
    ['15-digit with bad date', '370202801301123', 'id-birth-date'],
    ['17 digits', '37020219800101123', 'id-format'],
    ['19 digits', '3702021980010112321', 'id-format'],
    ['letter inside', '3702021980O1011232', 'id-format'],
    ['short number', 12345, 'id-format'],
    ['boolean', true, 'id-format'],
    ['Date', new Date(0), 'id-format'],
  ])('%s: %p → %s', (_label, cell, code) => {
    expect(parseIdNumber(cell, { today })).toMatchObject({ ok: false, code });
  });

  it('names the expected check character', () => {
    expect(parseIdNumber('370202198001011233', { today })).toEqual({
      ok: false,
      code: 'id-check-digit',
      params: { text: '370202198001011233', expected: '2' },
    });
  });
});

describe('idCheckChar, isValidIdNumber, maskIdNumber', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['37020219800101123', '2'],
    ['37028319700101003', '0'],
  ])('idCheckChar(%p) === %p', (first17, check) => {
    expect(idCheckChar(first17)).toBe(check);
  });

  it.each<[string, boolean]>([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['370202800101123', true],
    ['110105194912310021', false],
    ['abc', false],
    ['', false],
  ])('isValidIdNumber(%p) === %p', (text, valid) => {
    expect(isValidIdNumber(text, { today })).toBe(valid);
  });

  it.each([
    ['370202198001011234', '370202********1234'],
    ['11010519491231002X', '110105********002X'],
    ['370202800101123', '***********1123'],
    ['1234567', '***4567'],
    ['1234', '****'],
    ['', ''],
  ])('maskIdNumber(%p) === %p', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('ID properties', () => {
  const birth = fc
    .integer({ min: d(1900, 1, 1), max: today })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10).replace(/-/g, ''));
  const prefix17 = fc
    .tuple(fc.stringMatching(/^[1-9]\d{5}$/), birth, fc.stringMatching(/^\d{3}$/))
    .map(([area, b, seq]) => area + b + seq);

  it('the computed check character validates, and the parse reads back birth date and sex', () => {
    fc.assert(
      fc.property(prefix17, (p) => {
        const r = parseIdNumber(p + idCheckChar(p), { today });
        if (!r.ok || !r.value) return false;
        const y = Number(p.slice(6, 10));
        return (
          r.value.birthDate === d(y, Number(p.slice(10, 12)), Number(p.slice(12, 14))) &&
          r.value.sex === (Number(p[16]) % 2 === 1 ? 'male' : 'female')
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('any change of one of the first 17 digits is rejected', () => {
    fc.assert(
      fc.property(prefix17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (p, pos, delta) => {
        const id = p + idCheckChar(p);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        return !parseIdNumber(changed, { today }).ok;
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for any JSON value or string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' })),
        (v) => typeof parseIdNumber(v).ok === 'boolean',
      ),
    );
  });
});
