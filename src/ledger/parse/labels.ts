/**
 * Label cells → closed sets: subject (公需 / 专业, 三(一)), pass/fail (考核结果,
 * 四(一)1 credits 公需 only "经考试合格"), 职称外语 level (四(五) A/B/C), and
 * the normalisation of free text such as 职称系列.
 */
import type { Subject } from '../../rules/types';
import { err, ok, type Result } from './result';
import { cellText, displayText, isBlankCell, unwrapCellValue } from './text';

/**
 * Compact comparable form: half-width, no spaces, lowercase, no parenthetical hint,
 * and 公须 (须 typed for its homophone 需, a common slip) read as 公需.
 */
function labelKey(value: unknown): string | undefined {
  const t = cellText(value);
  return t === undefined
    ? undefined
    : t
        .toLowerCase()
        .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
        .replace(/公须/g, '公需');
}

const SUBJECT_WORDS: Record<string, Subject> = {
  公需: 'public',
  公需科目: 'public',
  公需课: 'public',
  公需课程: 'public',
  公需科: 'public',
  公共科目: 'public',
  公共课: 'public',
  公共课程: 'public',
  public: 'public',
  general: 'public',
  专业: 'professional',
  专业科目: 'professional',
  专业课: 'professional',
  专业课程: 'professional',
  专业科: 'professional',
  professional: 'professional',
  specialised: 'professional',
  specialized: 'professional',
};

/**
 * 公需/专业 label → subject. Blank → undefined (the core falls back to 专业).
 * Exact words first; else text naming exactly one of 公需/公共 and 专业 (`公需科目（必修）`).
 * @example parseSubject('公需课') → { ok: true, value: 'public' }
 * @example parseSubject('选修') → { ok: false, code: 'subject-unknown', params: { text: '选修' } }
 */
export function parseSubject(value: unknown): Result<Subject | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const key = labelKey(value);
  if (key !== undefined) {
    const exact = SUBJECT_WORDS[key];
    if (exact) return ok(exact);
    const isPublic = /公需|公共/.test(key);
    const isProfessional = key.includes('专业');
    if (isPublic !== isProfessional) return ok(isPublic ? 'public' : 'professional');
  }
  return err('subject-unknown', { text: displayText(value) });
}

const PASS_EXACT: Record<string, boolean> = {
  合格: true,
  已合格: true,
  通过: true,
  已通过: true,
  是: true,
  优秀: true,
  良好: true,
  达标: true,
  及格: true,
  中等: true,
  // A course finished with its 结业证书 (四(一)2: 以培训证书等材料为依据).
  结业: true,
  已结业: true,
  准予结业: true,
  // An employer's 审核情况 (五: 考核认定): accepted or sent back.
  已审核: true,
  审核通过: true,
  已认定: true,
  予以认定: true,
  同意: true,
  pass: true,
  passed: true,
  yes: true,
  y: true,
  true: true,
  '√': true,
  '✓': true,
  '✔': true,
  不合格: false,
  未合格: false,
  未通过: false,
  不通过: false,
  没通过: false,
  否: false,
  缺考: false,
  未结业: false,
  不予结业: false,
  不及格: false,
  未达标: false,
  不达标: false,
  退回: false,
  已退回: false,
  驳回: false,
  不予认定: false,
  未认定: false,
  fail: false,
  failed: false,
  no: false,
  n: false,
  false: false,
  '×': false,
  '✗': false,
  '✘': false,
};
/** Checked before the positives: `不合格` contains `合格`, `未通过` contains `通过`. */
const FAIL_PARTS = [
  '不合格',
  '未合格',
  '未通过',
  '不通过',
  '没通过',
  '不及格',
  '未达标',
  '不达标',
  '缺考',
  '未结业',
  '不予结业',
];
const PASS_PARTS = ['合格', '通过', '优秀', '良好', '达标', '及格', '结业'];

/**
 * An employer's 审核情况 that says the record is not yet verified (五: 用人单位…考核认定):
 * 待审核, 审核中, 未审核, 尚未审核, 待认定, 待复核, 待确认, 正在核实 …
 * Tried after the exact words, so 未认定 (sent back) stays a refusal.
 */
const PENDING =
  /^(?:待|未|尚未|还未|暂未|正在)(?:审核|审批|复核|复审|认定|确认|核实|核查|审查|审)(?:中)?$|^(?:审核|审批|复核|复审|认定|核实|核查|审查)中$/;

/**
 * 考核结果 → passed or not. Blank → undefined. A 审核情况 that says the employer has
 * not verified the record yet (待审核, 审核中) is `record-unverified`, not a result.
 * @example parsePassed('考试合格') → { ok: true, value: true }
 * @example parsePassed('不合格') → { ok: true, value: false }
 * @example parsePassed('待审核') → { ok: false, code: 'record-unverified', params: { text: '待审核' } }
 */
export function parsePassed(value: unknown): Result<boolean | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const v = unwrapCellValue(value);
  if (typeof v === 'boolean') return ok(v);
  // A dash or 无 in the result column says there is no exam result to give.
  if (typeof v === 'string' && /^\s*(?:[-—–/／\\]+|无|暂无)\s*$/.test(v)) return ok(undefined);
  const key = labelKey(v);
  if (key !== undefined) {
    const exact = PASS_EXACT[key];
    if (exact !== undefined) return ok(exact);
    if (PENDING.test(key)) return err('record-unverified', { text: displayText(value) });
    if (FAIL_PARTS.some((w) => key.includes(w))) return ok(false);
    if (PASS_PARTS.some((w) => key.includes(w))) return ok(true);
  }
  return err('pass-unknown', { text: displayText(value) });
}

export type ForeignLanguageLevel = 'A' | 'B' | 'C';

/**
 * 职称外语 level → `A` | `B` | `C` (四(五)). Accepts `A`, `a级`, full-width `Ａ`, `A类`, `A等`.
 * @example parseLevel('ａ级') → { ok: true, value: 'A' }
 * @example parseLevel('D') → { ok: false, code: 'level-unknown', params: { text: 'D' } }
 */
export function parseLevel(value: unknown): Result<ForeignLanguageLevel | undefined> {
  if (isBlankCell(value)) return ok(undefined);
  const m = /^([ABC])(?:级|类|等)?$/.exec((cellText(value) ?? '').toUpperCase());
  return m ? ok(m[1] as ForeignLanguageLevel) : err('level-unknown', { text: displayText(value) });
}

/**
 * Free text (职称系列, names) in a comparable form: half-width, spaces removed,
 * full-width brackets made half-width; case and Chinese untouched. Matching a
 * series to a sector rule is the rules core's job; this only removes typing noise.
 * @example normaliseSeries(' 卫生 系列 ') === '卫生系列'
 * @example normaliseSeries('工程（技术）') === '工程(技术)'
 */
export function normaliseSeries(value: unknown): string | undefined {
  return cellText(value);
}
