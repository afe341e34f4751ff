/** Shared helpers of the custom-function tests. */
import { FunctionError } from '../../functions/errors';
import { idCheckChar } from '../../src/ledger/parse/idNumber';

/** The error value a call throws, as `{ code, message }`; fails the test when it returns instead. */
export function errorOf(call: () => unknown): { code: string; message: string } {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (e instanceof FunctionError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`expected an error value, got ${JSON.stringify(result)}`);
}

/** A valid 18-character ID from its first 17 digits (GB 11643 check character appended). */
export function validId(first17: string): string {
  return first17 + idCheckChar(first17);
}
