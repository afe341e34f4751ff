/**
 * Message formatting shared by every layer. Each layer keeps two tables,
 * zh-CN and en, keyed by issue code (zod's habit: the message is chosen late);
 * a template names its params in braces: `超过每天{cap}学时`.
 */
export type Lang = 'zh' | 'en';

export type MessageTable<Code extends string> = Record<Code, string>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function fillTemplate(
  template: string,
  params: Record<string, string | number | null | undefined>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

/**
 * In English, a param `kind` is filled from `kindEn` where the params carry
 * one (a kind's or sector's English name beside its Chinese one), so both
 * templates name the same placeholders.
 * @example englishParams({ kind: '岗位培训', kindEn: 'Job training' }).kind === 'Job training'
 */
export function englishParams(
  params: Record<string, string | number | null | undefined>,
): Record<string, string | number | null | undefined> {
  let out: Record<string, string | number | null | undefined> | undefined;
  for (const name of Object.keys(params)) {
    if (!name.endsWith('En')) continue;
    const base = name.slice(0, -2);
    if (base in params && params[name] !== undefined) (out ??= { ...params })[base] = params[name];
  }
  return out ?? params;
}

/** Picks the table for `lang` and fills the template for `code`; falls back to the code itself. */
export function formatMessage<Code extends string>(
  tables: { zh: MessageTable<Code>; en: MessageTable<Code> },
  code: Code,
  params: Record<string, string | number | null | undefined>,
  lang: Lang = 'zh',
): string {
  const template = tables[lang][code] ?? tables.zh[code];
  if (template === undefined) return code;
  return fillTemplate(template, lang === 'en' ? englishParams(params) : params);
}
