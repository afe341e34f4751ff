/**
 * Errors a custom function hands back to Excel: `#VALUE!` for bad arguments,
 * unknown kinds and unreadable ledgers, `#N/A` for what the ledger does not
 * hold. Inside Excel they are real `CustomFunctions.Error`s, so the cell shows
 * the Chinese message in its error tooltip; in plain Node (tests, CLI, bench)
 * `CustomFunctions` does not exist and a `FunctionError` with the same
 * `code` / `message` shape stands in.
 */

/** The two error values the functions use, as Excel writes them (`CustomFunctions.ErrorCode`). */
export type FunctionErrorCode = '#VALUE!' | '#N/A';

/** What `CustomFunctions.Error` looks like to us: an error value and a message. */
export interface FunctionErrorShape {
  code: FunctionErrorCode;
  message: string;
}

/** Stand-in for `CustomFunctions.Error` where the Office runtime is absent. */
export class FunctionError extends Error implements FunctionErrorShape {
  readonly code: FunctionErrorCode;
  constructor(code: FunctionErrorCode, message: string) {
    super(message);
    this.name = 'FunctionError';
    this.code = code;
  }
}

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => FunctionErrorShape;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

function runtime(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> }).CustomFunctions;
  return cf && typeof cf.Error === 'function' && cf.ErrorCode ? (cf as CustomFunctionsGlobal) : undefined;
}

/** An error value for Excel, or its Node stand-in. */
export function functionError(code: FunctionErrorCode, message: string): FunctionErrorShape {
  const cf = runtime();
  if (cf)
    return new cf.Error(code === '#N/A' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, message);
  return new FunctionError(code, message);
}

/** True for a value made by `functionError` (either flavour). */
export function isFunctionError(value: unknown): value is FunctionErrorShape {
  if (value instanceof FunctionError) return true;
  const cf = runtime();
  return cf !== undefined && value instanceof cf.Error;
}

/**
 * Runs a function body; anything it throws that is not already an error value
 * becomes `#VALUE!` with a Chinese message, so no raw JavaScript exception
 * reaches the cell (Excel would show a bare `#VALUE!` with no reason).
 */
export function guarded<T>(body: () => T, internalMessage: (detail: string) => string): T {
  try {
    return body();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    throw functionError('#VALUE!', internalMessage(e instanceof Error ? e.message : String(e)));
  }
}
