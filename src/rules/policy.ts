/**
 * The product decisions of interpretations.md as a policy object. Every
 * alternative is a named option; the defaults are the product's reading.
 */
import type { Policy } from './types';

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  windowPolicy: 'each-year',
  applicationYear: 'complete',
  qualificationYearStart: 'after',
  strictEvidence: false,
  judgeSectorStaff: false,
});

/** The options, their allowed values and a one-line explanation each (for settings screens and --help). */
export const POLICY_OPTIONS: ReadonlyArray<{
  key: keyof Policy;
  values: readonly (string | boolean)[];
  zh: string;
  en: string;
}> = [
  {
    key: 'windowPolicy',
    values: ['each-year', 'pooled'],
    zh: '近五年判定：each-year 每一年都须达标；pooled 五年合计达到 30×年数 公需、60×年数 专业',
    en: 'Window verdict: each-year = every year passes; pooled = window totals reach 30·n public and 60·n professional',
  },
  {
    key: 'applicationYear',
    values: ['complete', 'in-progress'],
    zh: '申报年度：complete 须已完成；in-progress 尚在进行，其缺口仅提示',
    en: 'Application year: complete = must pass; in-progress = its shortfall is only a warning',
  },
  {
    key: 'qualificationYearStart',
    values: ['after', 'same'],
    zh: '任职不足五年：after 从取得现职称的次年算起；same 含取得当年',
    en: 'Fewer than five years: after = window starts the year after the qualification; same = includes that year',
  },
  {
    key: 'strictEvidence',
    values: [false, true],
    zh: '严格核验证明材料：true 时无证明材料的记录不计学时',
    en: 'Strict evidence: when true, rows without evidence earn nothing',
  },
  {
    key: 'judgeSectorStaff',
    values: [false, true],
    zh: '卫生、中小学教师、会计、社会工作者：false 按行业规定不判定；true 仍按本通知判定',
    en: 'Health, school-teacher, accounting, social-work staff: false = left to their sector; true = judged by this notice anyway',
  },
];

export type PolicyParse =
  | { ok: true; policy: Policy }
  | {
      ok: false;
      code: 'policy-unknown-key' | 'policy-bad-value';
      key: string;
      value: string;
      allowed: string[];
    };

/** Applies `key=value` settings (CLI, functions) on top of `base`, never throwing. */
export function parsePolicySettings(settings: readonly string[], base: Policy = DEFAULT_POLICY): PolicyParse {
  const policy: Policy = { ...base };
  for (const setting of settings) {
    const eq = setting.indexOf('=');
    const key = (eq < 0 ? setting : setting.slice(0, eq)).trim();
    const raw = eq < 0 ? '' : setting.slice(eq + 1).trim();
    const option = POLICY_OPTIONS.find((o) => o.key === key);
    if (!option) {
      return {
        ok: false,
        code: 'policy-unknown-key',
        key,
        value: raw,
        allowed: POLICY_OPTIONS.map((o) => o.key),
      };
    }
    const value = option.values.find((v) => String(v) === raw);
    if (value === undefined) {
      return { ok: false, code: 'policy-bad-value', key, value: raw, allowed: option.values.map(String) };
    }
    (policy as unknown as Record<string, unknown>)[key] = value;
  }
  return { ok: true, policy };
}
