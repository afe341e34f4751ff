/**
 * Where preview mode gets the shipped sample ledger's bytes: from the add-in's
 * own origin (the build copies samples/sample-ledger.xlsx into dist/). The
 * offline page (dist/offline/, opened from file://, where fetch cannot work
 * and the CSP forbids it) is built with sampleSource.offline.ts instead,
 * which carries the bytes inside the page (webpack.config.js swaps the module).
 */
export type SampleBytes = { ok: true; bytes: ArrayBuffer } | { ok: false; status: number };

export async function sampleBytes(file: string, baseUrl: string): Promise<SampleBytes> {
  const url = new URL(file, baseUrl);
  if (url.origin !== new URL(baseUrl).origin)
    throw new Error('The sample must come from the add-in’s own origin');
  const response = await fetch(url.href, { credentials: 'omit' });
  if (!response.ok) return { ok: false, status: response.status };
  return { ok: true, bytes: await response.arrayBuffer() };
}
