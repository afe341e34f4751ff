/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may
 * hold commas, line breaks and doubled quotes (`""` → `"`). Lines end in CRLF,
 * LF or CR. Browser-safe (no Node APIs). Lenient where spreadsheets are: a
 * quote inside an unquoted field is kept as text, and an unterminated quoted
 * field runs to the end of the input (reported in `unterminatedQuoteAt`).
 */

export interface CsvParse {
  rows: string[][];
  /** 1-based line where a quoted field opened and never closed; absent when the input is well formed. */
  unterminatedQuoteAt?: number;
}

/**
 * Parses CSV text into rows of strings. A trailing line break does not make an
 * empty last row; a leading BOM is dropped.
 * @example parseCsv('姓名,学时\n"张三, 李四","8\n学时"').rows → [['姓名', '学时'], ['张三, 李四', '8\n学时']]
 */
export function parseCsv(text: string, delimiter = ','): CsvParse {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let quoted = false;
  let quoteLine = 0;
  /** Some character (a quote included) has been read into the current field. */
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      line++;
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) {
    endRow();
    return { rows, unterminatedQuoteAt: quoteLine };
  }
  // `a,` ends with an empty field (row already holds `a`); a trailing line break adds no row.
  if (fieldStarted || row.length > 0) endRow();
  return { rows };
}
