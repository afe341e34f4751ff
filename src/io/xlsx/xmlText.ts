/**
 * The little XML an .xlsx needs, read with `indexOf` rather than a parser:
 * attribute values, entity references (&lt; &#20013; &#x4E2D;) and the
 * OOXML `_xHHHH_` escapes of characters XML cannot hold (ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring: `_x000D_` is a carriage return, `_x005F_` an underscore).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text content or an attribute value as the characters it stands for.
 * @example decodeXmlText('A &amp; B_x000D_') === 'A & B\r'
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.indexOf('&') >= 0)
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref] ?? whole;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  if (text.indexOf('_x') >= 0)
    text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/**
 * The value of attribute `name` in a start tag's text (`<c r="A1" t="s">`), undecoded; undefined when absent.
 * @example attribute('<c r="B2" s="3">', 'r') === 'B2'
 */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    let eq = at + name.length;
    // A whole attribute name: preceded by white space, followed by = (spaces allowed).
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (tag.charCodeAt(eq) === 32) eq++;
      if (tag[eq] === '=') {
        let q = eq + 1;
        while (tag.charCodeAt(q) === 32) q++;
        const quote = tag[q];
        if (quote === '"' || quote === "'") {
          const end = tag.indexOf(quote, q + 1);
          if (end > q) return tag.slice(q + 1, end);
        }
      }
    }
    from = at + name.length;
  }
}

/**
 * The text of every `<t>` element in `xml`, joined, leaving out phonetic runs
 * (`<rPh>…</rPh>`, the furigana of East Asian text): a shared or inline string.
 * @example textOfRuns('<r><t>24</t></r><r><t xml:space="preserve"> 学时</t></r>') === '24 学时'
 */
export function textOfRuns(xml: string): string {
  // The common case, one plain <t>: no runs, no phonetics.
  if (xml.startsWith('<t>') && xml.indexOf('<', 3) === xml.length - 4) return decodeXmlText(xml.slice(3, -4));
  let out = '';
  let p = 0;
  for (;;) {
    const t = xml.indexOf('<t', p);
    if (t < 0) break;
    const c = xml.charCodeAt(t + 2);
    // <t> or <t xml:space="preserve">, not <tag…>
    if (c !== 62 && c !== 32 && c !== 47) {
      p = t + 2;
      continue;
    }
    const ph = xml.lastIndexOf('<rPh', t);
    if (ph >= 0 && ph >= p && xml.indexOf('</rPh>', ph) > t) {
      p = xml.indexOf('</rPh>', ph) + 6;
      continue;
    }
    const close = xml.indexOf('>', t);
    if (xml.charCodeAt(close - 1) === 47) {
      p = close + 1; // <t/>
      continue;
    }
    const end = xml.indexOf('</t>', close);
    if (end < 0) break;
    out += xml.slice(close + 1, end);
    p = end + 4;
  }
  return decodeXmlText(out);
}
