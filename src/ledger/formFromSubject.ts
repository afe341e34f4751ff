/**
 * Ledgers without a form column (interpretations.md): a row classified only
 * as 公需科目 or 专业科目 is a 公需 course (四(一)1) or professional training /
 * lectures credited by actual hours, at most 8 a day (四(一)2–3).
 */
import type { Subject } from '../rules/types';
import type { Result } from './parse/result';

const KIND_OF_SUBJECT: Record<Subject, string> = {
  public: 'public-course',
  professional: 'professional-course',
};

/**
 * The kind a subject word stands for, or undefined when the cell names no subject.
 * @example kindOfSubject(parseSubject('专业')) === 'professional-course'
 */
export function kindOfSubject(subject: Result<Subject | undefined>): string | undefined {
  return subject.ok && subject.value !== undefined ? KIND_OF_SUBJECT[subject.value] : undefined;
}
