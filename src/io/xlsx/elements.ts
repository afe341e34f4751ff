/**
 * Complete elements out of XML that arrives in chunks: `<row …>…</row>` of a
 * worksheet, `<si>…</si>` of the shared strings. A chunk may end inside an
 * element; the part is carried into the next one. Nothing else of the XML is
 * looked at, so a 1,000,000-row sheet costs one pass of `indexOf`.
 */

/**
 * Calls `onElement(startTag, inner)` for each element named `name` (inner is
 * '' for a self-closing one), in order, as the text arrives.
 */
export function createElementScanner(
  name: string,
  onElement: (startTag: string, inner: string) => void,
): { push(text: string): void; end(): void } {
  const open = `<${name}`;
  const close = `</${name}>`;
  let carry = '';
  const isNameEnd = (code: number): boolean =>
    code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

  return {
    push(text: string): void {
      if (carry === '') {
        scan(text);
        return;
      }
      // The element cut by the last chunk's end is finished by the first close
      // tag of this one: only that much is joined to the carry, so the chunk
      // itself is never copied into a new string.
      const end = text.indexOf(close);
      if (end < 0) {
        // No close tag at all (self-closing elements only, or the sheet's end): as one text.
        const buf = carry + text;
        carry = '';
        scan(buf);
        return;
      }
      const head = carry + text.slice(0, end + close.length);
      carry = '';
      scan(head);
      const rest = text.slice(end + close.length);
      if (carry === '') scan(rest);
      else {
        const more = carry;
        carry = '';
        scan(more + rest);
      }
    },
    end(): void {
      carry = '';
    },
  };

  /** Hands over the complete elements of `buf`; what is cut at its end is kept in `carry`. */
  function scan(buf: string): void {
    let pos = 0;
    for (;;) {
      let at = buf.indexOf(open, pos);
      while (at >= 0 && at + open.length < buf.length && !isNameEnd(buf.charCodeAt(at + open.length)))
        at = buf.indexOf(open, at + open.length);
      if (at < 0) {
        // Keep what could be the start of a tag cut by the chunk's end.
        carry = buf.slice(Math.max(pos, buf.length - open.length));
        return;
      }
      const gt = buf.indexOf('>', at);
      if (gt < 0 || at + open.length >= buf.length) {
        carry = buf.slice(at);
        return;
      }
      if (buf.charCodeAt(gt - 1) === 47) {
        onElement(buf.slice(at, gt + 1), '');
        pos = gt + 1;
        continue;
      }
      const end = buf.indexOf(close, gt);
      if (end < 0) {
        carry = buf.slice(at);
        return;
      }
      onElement(buf.slice(at, gt + 1), buf.slice(gt + 1, end));
      pos = end + close.length;
    }
  }
}
