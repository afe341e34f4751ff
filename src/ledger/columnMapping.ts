/**
 * Columns the user names by hand (`--map 学时=F`, `--map 姓名=人员`): a field
 * by its Chinese label or any header word the catalogue knows, a column by its
 * letter or by its header text. The header text is matched on each sheet when
 * its header is found (`detectHeader`), so one mapping serves every sheet.
 */
import { columnIndex } from './columns';
import { FIELD_CODES, FIELDS, matchHeaderExact, normaliseHeader, type FieldCode } from './fields';

/** A column named by letter (0-based index) or by its header text. */
export type ColumnRef = { index: number } | { header: string };

export type UserMapping = Partial<Record<FieldCode, ColumnRef>>;

export type MappingParse =
  | { ok: true; field: FieldCode; column: ColumnRef }
  | { ok: false; code: 'map-bad-format' | 'map-unknown-field'; params: Record<string, string> };

/**
 * The field a user's word names: a code, the field's label or a header synonym.
 * @example fieldNamed('学时') === 'hours'; fieldNamed('证件号码') === 'idNumber'; fieldNamed('hours') === 'hours'
 */
export function fieldNamed(word: string): FieldCode | undefined {
  const w = word.trim();
  const byCode = FIELD_CODES.find((f) => f.toLowerCase() === w.toLowerCase());
  if (byCode) return byCode;
  const label = normaliseHeader(w).full;
  const byLabel = FIELD_CODES.find((f) => normaliseHeader(FIELDS[f].zh).full === label);
  return byLabel ?? matchHeaderExact(w);
}

/**
 * One `字段=列` pair.
 * @example parseMappingPair('学时=F') → { ok: true, field: 'hours', column: { index: 5 } }
 * @example parseMappingPair('姓名=人员姓名') → { ok: true, field: 'name', column: { header: '人员姓名' } }
 */
export function parseMappingPair(text: string): MappingParse {
  const eq = text.search(/[=＝]/);
  if (eq <= 0 || eq === text.length - 1) return { ok: false, code: 'map-bad-format', params: { text } };
  const word = text.slice(0, eq).trim();
  const target = text.slice(eq + 1).trim();
  const field = fieldNamed(word);
  if (field === undefined) return { ok: false, code: 'map-unknown-field', params: { text, field: word } };
  if (/^[A-Za-z]{1,3}$/.test(target)) {
    const index = columnIndex(target.toUpperCase());
    if (index !== undefined) return { ok: true, field, column: { index } };
  }
  return { ok: true, field, column: { header: target } };
}

/**
 * The 0-based columns of a mapping on a header row: letters as they are,
 * header texts where a cell of `row` reads the same (after normalisation);
 * only the latter with `headerTextsOnly`.
 */
export function resolveMapping(
  mapping: UserMapping,
  row: readonly unknown[] = [],
  headerTextsOnly = false,
): Partial<Record<FieldCode, number>> {
  const out: Partial<Record<FieldCode, number>> = {};
  for (const field of FIELD_CODES) {
    const ref = mapping[field];
    if (ref === undefined) continue;
    if ('index' in ref) {
      if (!headerTextsOnly) out[field] = ref.index;
    } else {
      const want = normaliseHeader(ref.header).full;
      const i = row.findIndex((cell) => normaliseHeader(cell).full === want);
      if (i >= 0) out[field] = i;
    }
  }
  return out;
}
