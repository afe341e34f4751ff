/**
 * While the user is editing a cell, Excel rejects every `Excel.run` batch with
 * `InvalidOperationInCellEditMode`. We retry a few times with a short, growing delay; any other error,
 * or the last failure, is rethrown unchanged.
 */
export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isCellEditModeError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CELL_EDIT_MODE;
}

export async function retryInCellEditMode<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 5);
  const delay = opts.delayMs ?? 300;
  const sleep = opts.sleep ?? defaultSleep;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (!isCellEditModeError(e) || i >= attempts) throw e;
      await sleep(delay * i);
    }
  }
}
