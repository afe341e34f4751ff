/**
 * exceljs cell values to the plain values a ledger sheet holds (what Excel's
 * `Range.values` would give, except that dates stay `Date`): rich text → its
 * text, formula → its cached result, hyperlink → its text, error → null,
 * shared-formula clones → their result. Browser-safe.
 */

export type PlainCell = string | number | boolean | Date | null;

/**
 * @example plainCellValue({ richText: [{ text: '24' }, { text: '学时' }] }) === '24学时'
 * @example plainCellValue({ formula: 'SUM(A1:A3)', result: 90 }) === 90
 */
export function plainCellValue(value: unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return o.richText
      .map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : ''))
      .join('');
  }
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) return plainCellValue(o.result);
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    if (t && typeof t === 'object') return plainCellValue(t);
    return typeof t === 'string' ? t : t === undefined || t === null ? null : String(t);
  }
  if ('error' in o) return null;
  return null;
}

/**
 * A row as exceljs gives it (`row.values`: 1-based, holes for empty cells) to
 * a dense 0-based array with trailing blanks trimmed.
 */
export function plainRow(values: unknown): PlainCell[] {
  if (!Array.isArray(values)) return [];
  const out: PlainCell[] = [];
  for (let c = 1; c < values.length; c++) out.push(plainCellValue(values[c]));
  let end = out.length;
  while (end > 0 && (out[end - 1] === null || out[end - 1] === '')) end--;
  out.length = end;
  return out;
}
