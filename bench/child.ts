/**
 * A part of the benchmark in a node process of its own (its memory and heap
 * sizing are its own): `file` run through tsx with Node options `flags`.
 */
import { spawnSync } from 'child_process';

export type ChildRun = { ok: true; stdout: string } | { ok: false; reason: string };

export function runInChild(file: string, args: readonly string[], flags: readonly string[] = []): ChildRun {
  const child = spawnSync(process.execPath, [...flags, '--import', 'tsx', file, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status === 0) return { ok: true, stdout: child.stdout };
  return { ok: false, reason: `status ${child.status}: ${(child.stderr || '').split('\n')[0]}` };
}
