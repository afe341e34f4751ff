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
  trainingWordBySubject: true,
});

/**
 * Options the rules core never reads: the ledger layer applies them while reading rows
 * (tested there: `src/ledger/kindCell.test.ts`, `test/cli/cli.test.ts`).
 */
export const LEDGER_POLICY_KEYS: ReadonlySet<keyof Policy> = new Set<keyof Policy>(['trainingWordBySubject']);

/** The options, their allowed values and a one-line explanation each (for settings screens and --help). */
/** Words a person reads for an option: its name, and each value by its meaning (never the key). */
export interface PolicyOptionWords {
  label: string;
  /** Value (as `String(value)`) → its meaning; for a switch, `true` is what "on" means. */
  values: Record<string, string>;
}

export const POLICY_OPTIONS: ReadonlyArray<{
  key: keyof Policy;
  values: readonly (string | boolean)[];
  /** One line with the keys, for the command line's `--policy key=value`. */
  zh: string;
  en: string;
  /** For the task pane: the option and its values by their meaning. */
  words: { zh: PolicyOptionWords; en: PolicyOptionWords };
}> = [
  {
    key: 'windowPolicy',
    values: ['each-year', 'pooled'],
    zh: '近五年判定：each-year 每一年都须达标；pooled 五年合计达到 30×年数 公需、60×年数 专业',
    en: 'Window verdict: each-year = every year passes; pooled = window totals reach 30·n public and 60·n professional',
    words: {
      zh: { label: '近五年判定', values: { 'each-year': '逐年达标', pooled: '五年合计' } },
      en: {
        label: 'Window verdict',
        values: { 'each-year': 'Every year passes', pooled: 'Five-year totals' },
      },
    },
  },
  {
    key: 'applicationYear',
    values: ['complete', 'in-progress'],
    zh: '申报年度：complete 须已完成；in-progress 尚在进行，其缺口仅提示',
    en: 'Application year: complete = must pass; in-progress = its shortfall is only a warning',
    words: {
      zh: {
        label: '申报当年',
        values: { complete: '申报当年须已完成', 'in-progress': '申报当年进行中（缺口仅提示）' },
      },
      en: {
        label: 'Application year',
        values: { complete: 'Must be complete', 'in-progress': 'In progress (shortfall only noted)' },
      },
    },
  },
  {
    key: 'qualificationYearStart',
    values: ['after', 'same'],
    zh: '任职不足五年：after 从取得现职称的次年算起；same 含取得当年',
    en: 'Fewer than five years: after = window starts the year after the qualification; same = includes that year',
    words: {
      zh: { label: '任职不足五年', values: { after: '自取得现职称次年起算', same: '含取得当年' } },
      en: {
        label: 'Fewer than five years',
        values: { after: 'From the year after the qualification', same: 'Including the qualification year' },
      },
    },
  },
  {
    key: 'strictEvidence',
    values: [false, true],
    zh: '严格核验证明材料：true 时无证明材料的记录不计学时',
    en: 'Strict evidence: when true, rows without evidence earn nothing',
    words: {
      zh: {
        label: '严格核验证明材料',
        values: { true: '无证明材料的记录不计学时', false: '无证明材料的记录照计学时，标为待核验' },
      },
      en: {
        label: 'Strict evidence',
        values: {
          true: 'Rows without evidence earn nothing',
          false: 'Rows without evidence count, marked to check',
        },
      },
    },
  },
  {
    key: 'judgeSectorStaff',
    values: [false, true],
    zh: '卫生、中小学教师、会计、社会工作者：false 按行业规定不判定；true 仍按本通知判定',
    en: 'Health, school-teacher, accounting, social-work staff: false = left to their sector; true = judged by this notice anyway',
    words: {
      zh: {
        label: '卫生、中小学教师、会计、社会工作者',
        values: { true: '仍按本通知判定', false: '按行业规定，本通知不判定' },
      },
      en: {
        label: 'Health, school-teacher, accounting, social-work staff',
        values: { true: 'Judged by this notice anyway', false: 'Left to their sector' },
      },
    },
  },
  {
    key: 'trainingWordBySubject',
    values: [false, true],
    zh: '学习方式写作单位内训、集中轮训等未列名称：true 按所填公需/专业科目认定并提示核对；false 视为无法识别，不计学时',
    en: 'A way of training the notice does not name (单位内训, 集中轮训) with a subject given: true = credited as that subject, with a warning; false = unknown kind, nothing credited',
    words: {
      zh: {
        label: '未列名称的培训方式（单位内训、集中轮训等）按所填科目认定',
        values: {
          true: '有公需或专业科目的，按科目认定学时并提示核对',
          false: '视为无法识别的形式，不计学时',
        },
      },
      en: {
        label:
          'Ways of training the notice does not name (in-house, rotation training) count by their subject',
        values: {
          true: 'With a subject given, credited as that subject and flagged to check',
          false: 'Unknown kind, nothing credited',
        },
      },
    },
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
