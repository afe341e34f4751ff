/**
 * `--json` is written piece by piece (issue 12), and a stdout that asks to
 * wait (a promise: a full pipe) is waited for before the next piece, so a
 * large report is never held whole in memory. The pieces join to the one
 * JSON document a reader parses.
 */
import { join } from 'path';
import { runCheck } from '../../src/cli/run';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'sample-ledger.xlsx');

describe('--json output', () => {
  it('waits for a stdout that asks to wait, piece by piece', async () => {
    const pieces: string[] = [];
    let waiting = false;
    let overlapped = false;
    const code = await runCheck([SAMPLE, '--json'], {
      stdout: (text) => {
        if (waiting) overlapped = true;
        pieces.push(text);
        waiting = true;
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            waiting = false;
            resolve();
          }, 5),
        );
      },
      stderr: () => undefined,
    });
    expect(code).not.toBe(2);
    expect(pieces.length).toBeGreaterThan(1);
    expect(overlapped).toBe(false);
    const json = JSON.parse(pieces.join('')) as { people: unknown[]; counts: { people: number } };
    expect(json.people.length).toBe(json.counts.people);
    expect(json.people.length).toBeGreaterThan(10);
  });

  it('writes the same text to a stdout that never asks to wait', async () => {
    let waited = '';
    let plain = '';
    await runCheck([SAMPLE, '--json'], {
      stdout: (t) => Promise.resolve(void (waited += t)),
      stderr: () => undefined,
    });
    await runCheck([SAMPLE, '--json'], { stdout: (t) => void (plain += t), stderr: () => undefined });
    expect(waited).toBe(plain);
    expect(plain.endsWith('}\n')).toBe(true);
  });
});
