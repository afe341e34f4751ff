/**
 * User-defined kinds (四(四)5: "其他可折算学时的，根据市人力资源社会保障部门年度
 * 继续教育工作通知进行认定"): a later annual notice's conversions added as data,
 * from a JSON file or a 规则 sheet, validated at the edge. A bad definition is
 * skipped with an issue naming its field; the good ones take part in every
 * check like built-in kinds.
 */
import { z } from 'zod';
import { ruleIssue } from './issues';
import { NOTICE, PER_DAY_CAP } from './notice';
import type { ActivityKind, CapGroup, CreditMode, RuleIssue, SubjectRule } from './types';

const positive = z.number().positive();

const creditSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hoursPerDay'), perDayCap: positive.default(PER_DAY_CAP) }),
  z.object({ type: z.literal('registeredHours'), passRequired: z.boolean().default(false) }),
  z.object({ type: z.literal('perItem'), hoursPerItem: positive }),
  z.object({ type: z.literal('perProgrammeYear'), hoursPerYear: positive }),
  z.object({
    type: z.literal('monthsProrated'),
    public: z.number().nonnegative(),
    professional: z.number().nonnegative(),
    minMonthsExclusive: z.number().int().min(0).max(11).optional(),
  }),
  z.object({ type: z.literal('deemedComplete') }),
]);

export const userKindSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
  name: z.string().trim().min(1),
  nameEn: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).default([]),
  clause: z.string().trim().min(1).default('四(四)5'),
  clauseText: z.string().trim().min(1),
  credit: creditSchema,
  subject: z.enum(['public', 'professional', 'declared', 'both']).default('declared'),
  yearlyCap: positive.optional(),
  evidence: z.array(z.string().trim().min(1)).default([]),
  effectiveFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default(NOTICE.effectiveFrom),
});

export type UserKindDefinition = z.input<typeof userKindSchema>;

export const userKindFileSchema = z.union([z.object({ kinds: z.array(z.unknown()) }), z.array(z.unknown())]);

export interface UserKindsResult {
  kinds: ActivityKind[];
  capGroups: CapGroup[];
  issues: RuleIssue[];
}

const ZOD_DETAIL: Record<string, { zh: string; en: string }> = {
  invalid_type: { zh: '类型不对或缺少此项', en: 'wrong type or missing' },
  too_small: { zh: '数值过小或为空', en: 'too small or empty' },
  too_big: { zh: '数值过大', en: 'too big' },
  invalid_format: { zh: '格式不对', en: 'wrong format' },
  invalid_value: { zh: '取值不在允许范围内', en: 'value not allowed' },
  invalid_union: { zh: '不符合任何一种允许的写法', en: 'matches none of the allowed forms' },
  unrecognized_keys: { zh: '含有无法识别的字段', en: 'has unrecognised fields' },
};

function subjectRule(subject: 'public' | 'professional' | 'declared' | 'both'): SubjectRule {
  if (subject === 'both') return { type: 'both' };
  if (subject === 'declared') return { type: 'declared', fallback: 'professional' };
  return { type: 'fixed', subject };
}

function creditMode(c: z.output<typeof creditSchema>): CreditMode {
  if (c.type === 'monthsProrated') {
    const mode: CreditMode = {
      type: 'monthsProrated',
      yearly: { public: c.public, professional: c.professional },
    };
    if (c.minMonthsExclusive !== undefined) mode.minMonthsExclusive = c.minMonthsExclusive;
    return mode;
  }
  return c;
}

const YEAR_RULE: Record<CreditMode['type'], ActivityKind['yearRule']> = {
  hoursPerDay: 'splitByDays',
  registeredHours: 'splitByDays',
  perItem: 'evidenceYear',
  perProgrammeYear: 'eachYearOfTerm',
  monthsProrated: 'splitByMonths',
  examLevel: 'evidenceYear',
  deemedComplete: 'eachYearOfTerm',
};

/** Validates definitions; `existingCodes` are the built-in codes a user kind must not reuse. */
export function parseUserKinds(
  input: unknown,
  existingCodes: ReadonlySet<string> = new Set(),
): UserKindsResult {
  const result: UserKindsResult = { kinds: [], capGroups: [], issues: [] };
  const file = userKindFileSchema.safeParse(input);
  if (!file.success) {
    result.issues.push(
      ruleIssue('user-kind-invalid', 'error', '四(四)5', {
        index: 0,
        path: 'kinds',
        detail: '应为规则列表',
        detailEn: 'expected a list of kinds',
      }),
    );
    return result;
  }
  const list = Array.isArray(file.data) ? file.data : file.data.kinds;
  const seen = new Set(existingCodes);
  list.forEach((raw, i) => {
    const index = i + 1;
    const parsed = userKindSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const detail = ZOD_DETAIL[issue.code] ?? { zh: issue.message, en: issue.message };
        result.issues.push(
          ruleIssue('user-kind-invalid', 'error', '四(四)5', {
            index,
            path: issue.path.map(String).join('.') || '(root)',
            detail: detail.zh,
            detailEn: `${detail.en} (${issue.message})`,
          }),
        );
      }
      return;
    }
    const d = parsed.data;
    if (seen.has(d.code)) {
      result.issues.push(
        ruleIssue('user-kind-invalid', 'error', '四(四)5', {
          index,
          path: 'code',
          detail: `代码“${d.code}”已被使用`,
          detailEn: `code "${d.code}" is already used`,
        }),
      );
      return;
    }
    seen.add(d.code);
    const mode = creditMode(d.credit);
    const kind: ActivityKind = {
      code: d.code,
      name: d.name,
      nameEn: d.nameEn ?? d.name,
      aliases: d.aliases,
      clause: d.clause,
      clauseText: d.clauseText,
      credit: mode,
      subject: mode.type === 'monthsProrated' ? { type: 'both' } : subjectRule(d.subject),
      yearRule: YEAR_RULE[mode.type],
      evidence: d.evidence,
      effectiveFrom: d.effectiveFrom,
      userDefined: true,
    };
    if (d.yearlyCap !== undefined) {
      const group: CapGroup = {
        code: `user:${d.code}`,
        clause: d.clause,
        name: d.name,
        yearlyCap: d.yearlyCap,
      };
      kind.capGroup = group.code;
      result.capGroups.push(group);
    }
    result.kinds.push(kind);
  });
  return result;
}
