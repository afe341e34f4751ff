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

/**
 * Forms in which a 公需 course is given (a training, a lecture, an online
 * course): in a row that names no form, a 公需 subject with a title naming one
 * of them (《数字经济》专题讲座, 公需科目培训班) is still the 公需 course (四(一)1,
 * 三(二)1: 公需科目由各级人力资源社会保障部门或有关行业主管部门组织实施), with its
 * registered hours and yearly cap, not a 四(一)2–3 training capped at 8 a day.
 */
const PUBLIC_COURSE_FORMS: ReadonlySet<string> = new Set([
  'job-training',
  'academic-event',
  'online-learning',
]);

/**
 * The kind of a row that names no form, when its subject is 公需 and its title
 * names a form a 公需 course takes; undefined otherwise (the title decides).
 * @example publicCourseOfTitle(parseSubject('公需科目'), 'academic-event') === 'public-course'
 */
export function publicCourseOfTitle(
  subject: Result<Subject | undefined>,
  titleKind: string | undefined,
): string | undefined {
  return kindOfSubject(subject) === KIND_OF_SUBJECT.public &&
    titleKind !== undefined &&
    PUBLIC_COURSE_FORMS.has(titleKind)
    ? KIND_OF_SUBJECT.public
    : undefined;
}
