/**
 * Bytes of a text file (CSV) to a string. Chinese Excel and WPS save CSV as
 * GBK/GB18030 unless told otherwise; others save UTF-8, with or without a BOM.
 * Invalid UTF-8 means a legacy encoding: decode as GB18030 (a superset of GBK
 * and GB2312). Browser-safe: WHATWG `TextDecoder` only.
 */

export type TextEncodingName = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The input began with a UTF-8 byte-order mark (dropped from `text`). */
  bom: boolean;
}

/**
 * @example decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])) → { text: '姓名', encoding: 'gb18030', bom: false }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
      bom,
    };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030', bom };
  }
}
