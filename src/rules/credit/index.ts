/**
 * Crediting one activity before yearly caps: decide its subject, apply the
 * kind's credit mechanism, attribute the credit to years, and explain every
 * cut or refusal with a code and the clause behind it.
 */
import { dayNumber, parseIsoDate } from '../dates';
import { ruleIssue } from '../issues';
import { normaliseText } from '../text';
import type { Activity, ActivityCredit, ActivityKind, DayNumber, Policy, RuleIssue, Subject } from '../types';
import { type ModeResult } from './common';
import { creditDeemedComplete } from './deemedComplete';
import { creditExamLevel } from './examLevel';
import { creditHoursPerDay } from './hoursPerDay';
import { creditMonthsProrated } from './monthsProrated';
import { creditPerItem } from './perItem';
import { creditPerProgrammeYear } from './perProgrammeYear';
import { creditRegisteredHours } from './registeredHours';
import { EVIDENCE_EN } from '../evidenceEn';

/**
 * interpretations.md "Subject": fixed by the notice where it says so (a
 * contradicting label is warned about); else the ledger's label, else 专业.
 */
export function decideSubject(
  activity: Activity,
  kind: ActivityKind,
): { subject: Subject; issue?: RuleIssue } {
  const rule = kind.subject;
  if (rule.type === 'fixed') {
    if (activity.declaredSubject !== undefined && activity.declaredSubject !== rule.subject) {
      return {
        subject: rule.subject,
        issue: ruleIssue(
          'subject-overridden',
          'warning',
          kind.clause,
          { declared: activity.declaredSubject, fixed: rule.subject },
          activity.ref,
        ),
      };
    }
    return SUBJECT[rule.subject];
  }
  if (rule.type === 'both') return SUBJECT.professional;
  return SUBJECT[activity.declaredSubject ?? rule.fallback];
}

/** The common answers of decideSubject, shared rather than allocated per activity. */
const SUBJECT: Record<Subject, { subject: Subject }> = {
  public: Object.freeze({ subject: 'public' as const }),
  professional: Object.freeze({ subject: 'professional' as const }),
};

function applyMode(activity: Activity, kind: ActivityKind, subject: Subject): ModeResult {
  const mode = kind.credit;
  switch (mode.type) {
    case 'hoursPerDay':
      return creditHoursPerDay(activity, kind, subject, mode.perDayCap);
    case 'registeredHours':
      return creditRegisteredHours(activity, kind, subject);
    case 'perItem':
      return creditPerItem(activity, kind, subject, mode.hoursPerItem);
    case 'perProgrammeYear':
      return creditPerProgrammeYear(activity, kind, subject, mode.hoursPerYear);
    case 'monthsProrated':
      return creditMonthsProrated(activity, kind, mode.yearly, mode.minMonthsExclusive);
    case 'examLevel':
      return creditExamLevel(activity, kind, subject, mode.levels, mode.passScore);
    case 'deemedComplete':
      return creditDeemedComplete(activity, kind);
  }
}

/** The evidence the notice names for a kind, as one phrase (joined once per kind). */
const EVIDENCE_WORDS = new WeakMap<ActivityKind, string>();
function evidenceWords(kind: ActivityKind): string {
  let words = EVIDENCE_WORDS.get(kind);
  if (words === undefined) {
    words = kind.evidence.join('、');
    EVIDENCE_WORDS.set(kind, words);
  }
  return words;
}

/** The evidence in English for the en locale; a user kind's own words stay as written. */
const EVIDENCE_WORDS_EN = new WeakMap<ActivityKind, string>();
function evidenceWordsEn(kind: ActivityKind): string {
  let words = EVIDENCE_WORDS_EN.get(kind);
  if (words === undefined) {
    words = kind.evidence.map((w) => EVIDENCE_EN[w] ?? w).join(', ');
    EVIDENCE_WORDS_EN.set(kind, words);
  }
  return words;
}

/** Non-blank text, without allocating a trimmed copy. */
function hasText(s: string | undefined): boolean {
  return s !== undefined && /\S/.test(s);
}

/**
 * The first numeric field below zero. Plain property reads, not a loop over
 * field names: keyed reads on ledgers' many object shapes are slow.
 */
function negativeField(
  a: Activity,
): 'claimedHours' | 'days' | 'travelDays' | 'months' | 'count' | 'score' | undefined {
  if (a.claimedHours !== undefined && a.claimedHours < 0) return 'claimedHours';
  if (a.days !== undefined && a.days < 0) return 'days';
  if (a.travelDays !== undefined && a.travelDays < 0) return 'travelDays';
  if (a.months !== undefined && a.months < 0) return 'months';
  if (a.count !== undefined && a.count < 0) return 'count';
  if (a.score !== undefined && a.score < 0) return 'score';
  return undefined;
}

const ALREADY_NORMAL = /^[\u4e00-\u9fff0-9a-z]+$/;

/** The identity of a 成果 for 四(三) "同一项目成果，不重复计算". */
export function achievementKeyOf(activity: Activity): string | undefined {
  const key = activity.achievementKey ?? activity.title;
  if (key === undefined) return undefined;
  // Nothing to fold: CJK ideographs, digits and lower-case Latin are left
  // unchanged by NFKC and by the removals below.
  if (ALREADY_NORMAL.test(key)) return key;
  const normalised = normaliseText(key).replace(/[《》"“”'‘’.,，。:：;；!！?？、()[\]【】-]/g, '');
  return normalised || undefined;
}

/** Each kind's 生效日期 as a day number, parsed once. */
const EFFECTIVE_DAY = new WeakMap<ActivityKind, DayNumber | null>();

/**
 * Whether the activity took place before the kind's 生效日期: its end date
 * (else its start), else the last day of its 归属年度. Undated: not before.
 */
function beforeEffective(activity: Activity, kind: ActivityKind): boolean {
  let from = EFFECTIVE_DAY.get(kind);
  if (from === undefined) {
    from = parseIsoDate(kind.effectiveFrom) ?? null;
    EFFECTIVE_DAY.set(kind, from);
  }
  if (from === null) return false;
  const day =
    activity.end ??
    activity.start ??
    (activity.year !== undefined ? dayNumber(activity.year, 12, 31) : undefined);
  return day !== undefined && day < from;
}

export function creditActivity(activity: Activity, kind: ActivityKind, policy: Policy): ActivityCredit {
  const { subject, issue: subjectIssue } = decideSubject(activity, kind);

  let result: ModeResult;
  const negative = negativeField(activity);
  const prorated = kind.credit.type === 'monthsProrated' || kind.credit.type === 'deemedComplete';
  if (negative) {
    result = {
      claimed: activity.claimedHours ?? null,
      shares: [],
      issues: [
        ruleIssue(
          'negative-value',
          'error',
          kind.clause,
          { field: negative, value: activity[negative] as number },
          activity.ref,
        ),
      ],
    };
  } else if (kind.userDefined && beforeEffective(activity, kind)) {
    // 四(四)5: a conversion added by a later annual notice applies from its 生效日期 only.
    result = {
      claimed: activity.claimedHours ?? null,
      shares: [],
      issues: [
        ruleIssue(
          'kind-not-yet-effective',
          'warning',
          kind.clause,
          { kind: kind.name, date: kind.effectiveFrom },
          activity.ref,
        ),
      ],
    };
  } else if (activity.passed === false && !prorated) {
    result = {
      claimed: activity.claimedHours ?? null,
      shares: [],
      issues: [ruleIssue('not-passed', 'warning', kind.clause, {}, activity.ref)],
    };
  } else {
    result = applyMode(activity, kind, subject);
  }
  // The mode's own issue list becomes the credit's (no copy); the subject's comes first.
  const issues = result.issues;
  if (subjectIssue) issues.unshift(subjectIssue);
  let shares = result.shares;

  let pendingReview = false;
  if (kind.evidence.length > 0 && shares.length > 0 && !hasText(activity.evidence)) {
    if (policy.strictEvidence) {
      issues.push(
        ruleIssue(
          'evidence-excluded',
          'warning',
          kind.clause,
          { evidence: evidenceWords(kind), evidenceEn: evidenceWordsEn(kind) },
          activity.ref,
        ),
      );
      shares = [];
    } else {
      issues.push(
        ruleIssue(
          'evidence-missing',
          'info',
          kind.clause,
          { evidence: evidenceWords(kind), evidenceEn: evidenceWordsEn(kind) },
          activity.ref,
        ),
      );
      pendingReview = true;
    }
  }
  if (kind.alwaysReview) {
    issues.push(ruleIssue('review-required', 'warning', kind.clause, {}, activity.ref));
    pendingReview = true;
  }
  if (kind.needsApproval && shares.length > 0) {
    issues.push(ruleIssue('approval-required', 'info', kind.clause, {}, activity.ref));
  }

  let credited = 0;
  for (let i = 0; i < shares.length; i++) credited += shares[i].public + shares[i].professional;
  // Every field is always present (undefined when it does not apply), so all
  // credits share one object shape and the summary's reads stay monomorphic.
  return {
    ref: activity.ref,
    personKey: activity.personKey,
    kind: kind.code,
    clause: kind.clause,
    claimed: result.claimed,
    shares,
    credited,
    issues,
    pendingReview,
    capGroup: kind.capGroup || undefined,
    achievementKey: kind.dedupeAchievements ? achievementKeyOf(activity) : undefined,
    start: activity.start,
    end: activity.end,
    dailyHours: shares.length > 0 ? result.dailyHours : undefined,
  };
}
