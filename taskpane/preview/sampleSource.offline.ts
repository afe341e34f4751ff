/**
 * The offline page's sample ledger: samples/sample-ledger.xlsx inlined by the
 * build as a data: URL (webpack `asset/inline`) and decoded here, so 载入示例台账
 * works from file:// with no request at all. Only the offline build uses this
 * module (webpack.config.js replaces ./sampleSource with it).
 */
import sample from '../../samples/sample-ledger.xlsx';
import type { SampleBytes } from './sampleSource';

export type { SampleBytes } from './sampleSource';

export async function sampleBytes(_file: string, _baseUrl: string): Promise<SampleBytes> {
  const base64 = sample.slice(sample.indexOf(',') + 1);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return { ok: true, bytes: bytes.buffer };
}
