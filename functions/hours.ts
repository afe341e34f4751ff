/**
 * CEHOURS: the credit of one activity before yearly caps, straight from the
 * rules core (match the kind, build an `Activity`, `creditActivity`, sum the
 * shares). The activity is given `evidence: 'formula'` (a formula has no
 * certificate to check) and a fixed year, so year attribution never fails.
 */
import { parseLevel, parseSubject } from '../src/ledger/parse/labels';
import { clean } from '../src/rules/exact';
// Modules, not the '../src/rules' barrel: it re-exports the user-kinds schema, whose zod
// probes `new Function` at run time, which the bundle must not contain (CSP, build test).
import { creditActivity } from '../src/rules/credit';
import { ruleIssueMessage } from '../src/rules/messages';
import { DEFAULT_POLICY } from '../src/rules/policy';
import { defaultRuleBook } from '../src/rules/rulebook';
import type { Activity, ActivityKind, Subject } from '../src/rules/types';
import { badArgument, optionalNumber, optionalText, requiredText } from './args';
import { functionError } from './errors';
import { functionMessage } from './messages';

/** Any year will do: the credit of one activity does not depend on it (caps are yearly, not applied here). */
const FORMULA_YEAR = 2024;

/** Chinese names of CEHOURS's arguments, as functions-zh-cn.source.json names them. */
export const HOURS_ARGS = {
  kind: '学习形式',
  amount: '学时或数量',
  days: '天数',
  detail: '科目或级别',
} as const;

/**
 * The kind named by `text` (any name or alias the rules core knows), or an
 * error value: `#VALUE!` for CEHOURS, `#N/A` for CEKIND.
 */
export function matchKind(text: string, onMiss: '#VALUE!' | '#N/A'): ActivityKind {
  const book = defaultRuleBook();
  const m = book.matcher.match(text);
  if (m.ok) return m.kind;
  if (m.code === 'kind-ambiguous') {
    const names = m.candidates.map((c) => `“${book.kindByCode.get(c)?.name ?? c}”`).join('、');
    throw functionError(onMiss, functionMessage('kind-ambiguous', { text, candidates: names }));
  }
  throw functionError(onMiss, functionMessage('kind-unknown', { text }));
}

function nonNegative(n: number | undefined, arg: string): number | undefined {
  if (n !== undefined && n < 0) badArgument('arg-negative', { arg, value: n });
  return n;
}

function itemCount(n: number | undefined, arg: string): number {
  if (n === undefined) return 1;
  if (!Number.isInteger(n)) badArgument('arg-not-integer', { arg, value: n });
  return n;
}

/**
 * The credit of one activity before yearly caps.
 * @example creditOfOne('岗位培训', 30, 3) === 24 // 四(一)2: at most 8 a day
 * @example creditOfOne('援派', 7) === 52.5 // 四(四)2: (30 + 60) × 7/12
 * @example creditOfOne('援派', 7, null, '公需') === 17.5
 * @example creditOfOne('职称外语', 75, null, 'B') === 20 // 四(五)
 */
export function creditOfOne(
  kindArg: unknown,
  amountArg?: unknown,
  daysArg?: unknown,
  detailArg?: unknown,
): number {
  const kind = matchKind(requiredText(kindArg, HOURS_ARGS.kind), '#VALUE!');
  const amount = nonNegative(optionalNumber(amountArg, HOURS_ARGS.amount), HOURS_ARGS.amount);
  const days = nonNegative(optionalNumber(daysArg, HOURS_ARGS.days), HOURS_ARGS.days);
  const detail = optionalText(detailArg, HOURS_ARGS.detail);

  const activity: Activity = {
    ref: 'CEHOURS',
    personKey: 'CEHOURS',
    kind: kind.code,
    evidence: 'formula',
    year: FORMULA_YEAR,
  };
  // The 4th argument: the level for 职称外语; else a subject — one part of a split
  // credit (四(四)2, 四(四)4), or the ledger's 科目类别 for every other kind.
  let part: Subject | undefined;
  if (kind.credit.type === 'examLevel') {
    const level = parseLevel(detail);
    if (!level.ok) badArgument('detail-unknown', { text: detail ?? '' });
    if (level.value === undefined) badArgument('arg-required', { arg: HOURS_ARGS.detail });
    activity.level = level.value;
  } else {
    const subject = parseSubject(detail);
    if (!subject.ok) badArgument('detail-unknown', { text: detail ?? '' });
    if (kind.subject.type === 'both') part = subject.value;
    else activity.declaredSubject = subject.value;
  }

  const credit = kind.credit;
  switch (credit.type) {
    case 'hoursPerDay':
    case 'registeredHours':
      if (amount === undefined) badArgument('hours-required', { kind: kind.name, clause: kind.clause });
      activity.claimedHours = amount;
      if (credit.type === 'hoursPerDay') activity.days = days;
      break;
    case 'perItem':
    case 'perProgrammeYear':
      activity.count = itemCount(amount, HOURS_ARGS.amount);
      break;
    case 'monthsProrated':
      activity.months = amount ?? 12;
      break;
    case 'examLevel':
      activity.score = amount;
      break;
    case 'deemedComplete':
      // 四(六)1: the year is deemed complete; no hours are invented.
      break;
  }

  const result = creditActivity(activity, kind, DEFAULT_POLICY);
  if (result.shares.length === 0) {
    const refusal = result.issues.find((i) => i.severity === 'error');
    if (refusal)
      throw functionError(
        '#VALUE!',
        functionMessage('credit-refused', { message: ruleIssueMessage(refusal) }),
      );
  }
  let sum = 0;
  for (const s of result.shares) {
    sum +=
      part === 'public' ? s.public : part === 'professional' ? s.professional : s.public + s.professional;
  }
  return clean(sum);
}
