/** CEIDCHECK: GB 11643 check through the ledger layer's ID parser. */
import { parseIdNumber } from '../src/ledger/parse/idNumber';

/**
 * TRUE for a valid ID: 18 characters, correct check character, a real birth
 * date not in the future; a 15-digit legacy number that upgrades cleanly; lower
 * case x, spaces and full-width digits are tolerated. An 18-digit ID stored as
 * a number has lost its last digits (Excel keeps 15): FALSE. Blank: FALSE.
 * @example idNumberIsValid('11010519491231002x') === true
 */
export function idNumberIsValid(idArg: unknown): boolean {
  const r = parseIdNumber(idArg);
  return r.ok && r.value !== undefined;
}
