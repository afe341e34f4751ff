/**
 * A fingerprint of a range's values (a 2-D array as Excel hands it to a custom
 * function): its shape and a 64-bit hash over every cell. Every cell counts,
 * because a ledger edited in one cell must give a new answer; the hash is kept
 * cheap instead (two 32-bit multiply-xor lanes, no string building, numbers by
 * their exact bits): about 17 ms for 50,000 rows × 18 columns on a 2-core
 * machine, a tenth of what merely parsing such a range's JSON costs.
 *
 * Not `src/excel/fingerprint.ts`: that one canonicalises a report for a
 * write/read round trip (`12` equals `"12"`, trailing blanks dropped) by
 * building text for every cell, some ten times slower, and blurs differences
 * the ledger reader does not (a number and the same digits as text parse
 * differently for ID numbers).
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Type tags, so that 1, "1", TRUE and a blank never hash alike.
const TAG_NUMBER = 0x9e3779b1;
const TAG_STRING = 0x85ebca77;
const TAG_TRUE = 0xc2b2ae3d;
const TAG_FALSE = 0x27d4eb2f;
const TAG_BLANK = 0x165667b1;
const TAG_OTHER = 0xd3a2646c;
const TAG_ROW = 0xfd7046c5;

/**
 * `<rows>x<widest row>:<16 hex digits>`.
 * @example fingerprintRange([['姓名', '学时'], ['张三', 8]]) → '2x2:…'
 */
export function fingerprintRange(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const n = Array.isArray(row) ? row.length : -1;
    if (n > width) width = n;
    a = Math.imul(a ^ TAG_ROW ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995) ^ TAG_ROW;
    for (let c = 0; c < n; c++) {
      const v = row[c];
      if (typeof v === 'string') {
        const len = v.length;
        a = Math.imul(a ^ TAG_STRING ^ len, 0x01000193);
        b = Math.imul(b ^ len, 0x5bd1e995) ^ TAG_STRING;
        for (let i = 0; i < len; i++) {
          const ch = v.charCodeAt(i);
          a = Math.imul(a ^ ch, 0x01000193);
          b = Math.imul(b + ch, 0x5bd1e995);
          b ^= b >>> 15;
        }
      } else if (typeof v === 'number') {
        f64[0] = v;
        a = Math.imul(a ^ TAG_NUMBER ^ u32[0], 0x01000193);
        a = Math.imul(a ^ u32[1], 0x01000193);
        b = Math.imul(b ^ u32[1], 0x5bd1e995) ^ TAG_NUMBER;
        b = Math.imul(b ^ u32[0], 0x5bd1e995);
        b ^= b >>> 15;
      } else if (v === true || v === false) {
        const t = v ? TAG_TRUE : TAG_FALSE;
        a = Math.imul(a ^ t, 0x01000193);
        b = Math.imul(b ^ t, 0x5bd1e995);
      } else if (v === null || v === undefined) {
        a = Math.imul(a ^ TAG_BLANK, 0x01000193);
        b = Math.imul(b ^ TAG_BLANK, 0x5bd1e995);
      } else {
        // Dates from file readers, error or entity objects: rare; hash their text.
        const s = v instanceof Date ? `D${v.getTime()}` : otherText(v);
        a = Math.imul(a ^ TAG_OTHER, 0x01000193);
        b = Math.imul(b ^ TAG_OTHER, 0x5bd1e995);
        for (let i = 0; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          a = Math.imul(a ^ ch, 0x01000193);
          b = Math.imul(b + ch, 0x5bd1e995);
          b ^= b >>> 15;
        }
      }
    }
  }
  return `${rows.length}x${Math.max(0, width)}:${hex(a)}${hex(b)}`;
}

function otherText(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function hex(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}
