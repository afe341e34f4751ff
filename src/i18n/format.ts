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

/** Picks the table for `lang` and fills the template for `code`; falls back to the code itself. */
export function formatMessage<Code extends string>(
  tables: { zh: MessageTable<Code>; en: MessageTable<Code> },
  code: Code,
  params: Record<string, string | number | null | undefined>,
  lang: Lang = 'zh',
): string {
  const template = tables[lang][code] ?? tables.zh[code];
  return template === undefined ? code : fillTemplate(template, params);
}
