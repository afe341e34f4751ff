/**
 * Hours are kept exact (7/12 × 30 = 17.5; never rounded before comparing).
 * Sums of fractions can carry binary noise (29.999999999999996): `clean`
 * removes only that noise, at 1e-9 hours, far below any figure a ledger holds.
 */
export function clean(hours: number): number {
  const r = Math.round(hours * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

/** a ≥ b, tolerant of binary noise only. */
export function atLeast(a: number, b: number): boolean {
  return a + 1e-9 >= b;
}
