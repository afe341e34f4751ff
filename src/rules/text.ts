/**
 * Text normalisation used to match the notice's words against a ledger's:
 * NFKC folds full-width letters, digits and brackets (（）→ ()), whitespace of
 * every kind (incl. U+3000 and line breaks) is removed, Latin is lower-cased.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}
