/** A one-line progress bar on stderr, redrawn in place (only when stderr is a terminal). */
import type { ReadProgress } from '../io/types';

export function progressLine(label: string, p: ReadProgress, width = 24): string {
  const ratio = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 1;
  const done = Math.round(ratio * width);
  return `\r${label} [${'█'.repeat(done)}${'░'.repeat(width - done)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${p.rows}`;
}

/** Draws at most every `intervalMs`; `end()` clears the line. */
export function createProgress(
  write: (s: string) => void,
  label: string,
  intervalMs = 100,
): { update(p: ReadProgress): void; end(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < intervalMs && p.bytes < p.totalBytes) return;
      last = now;
      drawn = true;
      write(progressLine(label, p));
    },
    end() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
