import fc from 'fast-check';
import { textDecoderUtf8 } from '../xlsx/reader';
import { nodeUtf8Decoder } from './xlsxFile';

function decodeAll(
  make: () => { write(b: Uint8Array): string; end(): string },
  chunks: Uint8Array[],
): string {
  const d = make();
  return chunks.map((c) => d.write(c)).join('') + d.end();
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of at) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe("Node's UTF-8 decoder for the xlsx reader", () => {
  it('gives the text TextDecoder gives, however the bytes are cut (Chinese, a byte-order mark, astral characters)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '<', '继', '续', '教', '育', '𠀀', '\ufeff', '&amp;', ' '),
    });
    fc.assert(
      fc.property(fc.boolean(), text, fc.array(fc.nat(400), { maxLength: 8 }), (bom, s, cuts) => {
        const bytes = new TextEncoder().encode((bom ? '\ufeff' : '') + s);
        const chunks = split(bytes, cuts);
        expect(decodeAll(nodeUtf8Decoder, chunks)).toBe(decodeAll(textDecoderUtf8, chunks));
      }),
      { numRuns: 300 },
    );
  });

  it('drops only a leading byte-order mark, as TextDecoder does', () => {
    const bytes = new TextEncoder().encode('\ufeff<a>\ufeff</a>');
    expect(decodeAll(nodeUtf8Decoder, [bytes.subarray(0, 2), bytes.subarray(2)])).toBe('<a>\ufeff</a>');
  });
});
