/**
 * The kind of activity of a row: its kind cell through the rule book's
 * matcher, else its title (also when the kind cell holds only a heading such
 * as 培训进修类 or a word it does not know), else its 公需 / 专业 subject
 * (interpretations.md "Ledgers without a form column"). An exact alias is silent; a keyword match
 * is a note; an unknown word is one finding per word and sheet, listing the
 * rows it covers, not one per row; "the form was read from the subject" is
 * said once per sheet.
 */
import type { RuleBook } from '../rules/rulebook';
import type { ActivityKind } from '../rules/types';
import { kindOfSubject, publicCourseOfTitle } from './formFromSubject';
import { ledgerFinding } from './findings';
import { parseSubject } from './parse/labels';
import { readText } from './cells';
import type { RowCursor } from './rowCursor';
import type { Finding } from './types';

/**
 * The notice's category headings (四(一)–(六): 培训进修类 …) and words that name
 * no form on their own (考试, 培训, 学习): the row's title says which form it is.
 */
const CATEGORY_HEADING =
  /^(?:培训进修|自学|成果论文|折算|职称外语计算机|外语计算机|其他)类?$|^(?:考试|培训|学习|其他|其它|继续教育|面授|线下)$/;

/** Words that say how one studied (in person, studying), not which form of 四 it was. */
const MANNER_WORDS = /^(?:面授|线下|学习|继续教育)$/;

/**
 * A form word the catalogue does not know that still plainly names a way of
 * training or studying (单位内训, 集中轮训, 外出学习, 网上专题学习, 业务讲座): the notice's
 * 三(二)2 lists 线下培训班、研修班、进修学习、考察学习、岗位轮训 as ways of 继续教育. With the
 * row's 公需 / 专业 subject given it is read as that subject (policy
 * `trainingWordBySubject`), with a warning naming the word.
 */
const TRAINING_WORD =
  /培训|内训|轮训|调训|集训|送培|学习|研修|研讨|讲座|讲堂|讲课|授课|面授|听课|课程|网课|宣讲|宣贯|训练班/;

/**
 * Words that make the same word something else: a contest, an exam or an
 * assessment (技能比武, 岗位练兵竞赛, 培训考核) earns nothing under 四(一); 自学, 学历, 学位
 * (四(二)) and 进修, 考察, 出国 (四(一)4) are credited per item or per year, not by hours;
 * a posting (挂职锻炼) is 四(四)2. Such a word stays an unknown kind.
 */
const NOT_TRAINING_WORD =
  /比武|竞赛|比赛|大赛|练兵|活动|考核|考试|考评|测评|测试|评比|评选|评审|团建|拓展|联谊|旅游|自学|学历|学位|进修|考察|出国|出境|境外|挂职|锻炼|援|支教|支农|支医|扶贫|假/;

/** Whether an unknown form word names a way of training or studying. */
export function isTrainingWord(text: string): boolean {
  return TRAINING_WORD.test(text) && !NOT_TRAINING_WORD.test(text);
}

/** What a subject credits when the form is read from it, as the warning says it. */
const SUBJECT_CREDIT: Readonly<Record<string, { subject: string; how: string; howEn: string }>> = {
  'public-course': {
    subject: 'public',
    how: '按所填公需科目，以登记学时认定（四(一)1）',
    howEn: 'credited as the public subject given, hours as registered (clause 四(一)1)',
  },
  'professional-course': {
    subject: 'professional',
    how: '按所填专业科目，以实际学时认定、每天不超过8学时（四(一)2—3）',
    howEn: 'credited as the professional subject given, actual hours at most 8 a day (clauses 四(一)2–3)',
  },
};

/**
 * Words a kind column uses for a whole form when the title names none: a bare
 * 培训 is a training (三(二)2 线下培训班 → 四(一)2), a bare 会议 a conference
 * (四(一)3). Read from the kind cell only, and always noted: a title that merely
 * contains 培训 or 会议 is not matched by them.
 */
const GENERIC_FORM_WORDS: Readonly<Record<string, string>> = {
  培训: 'job-training',
  会议: 'academic-event',
  会务: 'academic-event',
  参会: 'academic-event',
  交流会: 'academic-event',
};

/** Rows listed in an unknown word's finding; the count says how many there are in all. */
const LISTED_ROWS = 10;

export interface KindReaderOptions {
  /** The policy option of that name (default true): a way of training the notice does not name, read as the row's subject. */
  trainingWordBySubject?: boolean;
}

export interface KindOfRow {
  /** A kind code, the unmatched text (credits nothing) or '' when the row names no kind. */
  code: string;
  /** The kind cell's text, when there is one. */
  text?: string;
  /**
   * The subject the kind cell named when it named only a subject (专业科目) and
   * the title named the form: the row's declared subject, unless a subject
   * column says otherwise.
   */
  subject?: 'professional';
}

/** A reader of the kind of each row of one sheet. */
export function createKindReader(
  book: RuleBook,
  cursor: RowCursor,
  opts: KindReaderOptions = {},
): (row: readonly unknown[], title: string | undefined) => KindOfRow {
  const trainingWordBySubject = opts.trainingWordBySubject ?? true;
  const professionalCourse = kindOfSubject({ ok: true, value: 'professional' });
  let formFromSubjectNoted = false;

  /** Once per sheet: the form of study was not given and was read from the subject. */
  const noteFormFromSubject = (): void => {
    if (formFromSubjectNoted) return;
    formFromSubjectNoted = true;
    cursor.sheetNote('kind-from-subject', {}, cursor.cols.kind !== undefined ? 'kind' : 'subject');
  };

  /**
   * One finding per word and sheet (an unknown word; a keyword and the kind it
   * was read as): the first row carries it, later rows are added to its list.
   */
  const groups = new Map<string, { finding: Finding; rows: number[] }>();
  const grouped = (
    code: 'kind-unknown' | 'kind-matched-by-keyword' | 'kind-training-word',
    key: string,
    field: 'kind' | 'title' | 'remark',
    params: Record<string, string>,
  ): void => {
    const seen = groups.get(`${code}\u0000${key}`);
    if (seen === undefined) {
      const place = cursor.at(cursor.rowNo, cursor.letter[field] ?? null);
      const finding = ledgerFinding(
        code,
        { ...params, rows: String(cursor.rowNo), count: 1 },
        place,
        cursor.rowKey,
      );
      cursor.findings.push(finding);
      groups.set(`${code}\u0000${key}`, { finding, rows: [cursor.rowNo] });
      return;
    }
    // One row with several activities (a register kept one row per person) is listed once.
    if (seen.rows[seen.rows.length - 1] === cursor.rowNo) return;
    seen.rows.push(cursor.rowNo);
    seen.finding.params.count = seen.rows.length;
    if (seen.rows.length <= LISTED_ROWS) seen.finding.params.rows = seen.rows.join(', ');
    else if (seen.rows.length === LISTED_ROWS + 1) seen.finding.params.rows += ', …';
  };
  const unknownWord = (text: string): void => grouped('kind-unknown', text, 'kind', { text });
  /** A way of training the notice does not name, read as its row's subject: one warning per word and subject. */
  const trainingWord = (text: string, kindCode: string): void => {
    const credit = SUBJECT_CREDIT[kindCode];
    if (credit === undefined) return;
    grouped('kind-training-word', `${text}\u0000${credit.subject}`, 'kind', {
      text,
      how: credit.how,
      howEn: credit.howEn,
    });
  };
  const byKeyword = (
    field: 'kind' | 'title' | 'remark',
    text: string,
    m: { alias: string; kind: ActivityKind },
  ): void =>
    grouped('kind-matched-by-keyword', `${field}\u0000${m.alias}\u0000${m.kind.code}`, field, {
      text,
      alias: m.alias,
      kind: m.kind.name,
      kindEn: m.kind.nameEn,
    });

  /**
   * The kind the title (else the 备注, unless `remark` is false) names, noted as
   * read by keyword; undefined when neither names one.
   */
  const fromTitle = (
    row: readonly unknown[],
    title: string | undefined,
    remark = true,
  ): string | undefined => {
    for (const [field, text] of [
      ['title', title],
      ['remark', remark ? readText(cursor.cell(row, 'remark')) : undefined],
    ] as const) {
      if (text === undefined) continue;
      const m = book.matcher.match(text);
      if (!m.ok) continue;
      if (!remark && m.kind.code === professionalCourse) return undefined;
      byKeyword(field, text, m);
      return m.kind.code;
    }
    return undefined;
  };

  return (row, title) => {
    const text = readText(cursor.cell(row, 'kind'));
    if (text !== undefined) {
      // A heading of 四 (培训进修类, 成果论文类 …) or a word too general to name a form: the title decides.
      if (CATEGORY_HEADING.test(text)) {
        const code = fromTitle(row, title);
        if (code !== undefined) return { code, text };
      }
      const m = book.matcher.match(text);
      const bySubject = m.ok ? undefined : kindOfSubject(parseSubject(text));
      // 专业科目 in a 类别 column names the subject, not the form: as in a ledger with a
      // subject column, a title naming a form (在职攻读工程硕士, 职业资格考试) decides it.
      if ((m.ok ? m.kind.code : bySubject) === professionalCourse) {
        const titled = fromTitle(row, title, false);
        if (titled !== undefined && titled !== professionalCourse)
          return { code: titled, text, subject: 'professional' };
      }
      if (m.ok) {
        if (m.via === 'keyword') byKeyword('kind', text, m);
        // 专业科目 names a subject, not a form of study: say once how it was read.
        if (m.kind.code === professionalCourse) noteFormFromSubject();
        return { code: m.kind.code, text };
      }
      // A bare subject word in the kind column (专业, 公共课 …): the form was not given.
      if (bySubject !== undefined) {
        noteFormFromSubject();
        return { code: bySubject, text };
      }
      const titled = fromTitle(row, title);
      if (titled !== undefined) return { code: titled, text };
      const generic = book.kindByCode.get(GENERIC_FORM_WORDS[text] ?? '');
      if (generic !== undefined) {
        byKeyword('kind', text, { alias: text, kind: generic });
        return { code: generic.code, text };
      }
      // A word for how one studied, not what (面授, 学习), beside a 公需 / 专业 subject column: the
      // subject decides, as in a ledger without a form column, unless the title names other forms
      // (会议论文 at a 学术会议 stays ambiguous; 公需科目面授培训 under 公需 is the 公需 course).
      // So does a way of training the notice does not name (单位内训, 集中轮训), with a warning
      // that names the word: the officer confirms it or writes the notice's name.
      const manner = MANNER_WORDS.test(text);
      if (manner || (trainingWordBySubject && m.code === 'kind-unknown' && isTrainingWord(text))) {
        const fromSubject = kindOfSubject(parseSubject(cursor.cell(row, 'subject')));
        const titleMatch = title === undefined ? undefined : book.matcher.match(title);
        const titleAllows =
          titleMatch === undefined ||
          (!titleMatch.ok &&
            (titleMatch.code === 'kind-unknown' || titleMatch.candidates.includes(fromSubject ?? '')));
        if (fromSubject !== undefined && titleAllows) {
          if (manner) noteFormFromSubject();
          else trainingWord(text, fromSubject);
          return { code: fromSubject, text };
        }
      }
      cursor.field = 'kind';
      if (m.code === 'kind-ambiguous') {
        const kinds = m.candidates.map((c) => book.kindByCode.get(c));
        cursor.report('kind-ambiguous', {
          text,
          candidates: kinds.map((k, i) => `“${k?.name ?? m.candidates[i]}”`).join('、'),
          candidatesEn: kinds.map((k, i) => `"${k?.nameEn ?? m.candidates[i]}"`).join(', '),
        });
      } else unknownWord(text);
      return { code: text, text };
    }
    // No form given: a 公需 row whose title names a training or a lecture is the 公需 course.
    const subject = parseSubject(cursor.cell(row, 'subject'));
    const titleMatch = title === undefined ? undefined : book.matcher.match(title);
    const publicCourse = publicCourseOfTitle(subject, titleMatch?.ok ? titleMatch.kind.code : undefined);
    if (publicCourse !== undefined) {
      noteFormFromSubject();
      return { code: publicCourse };
    }
    const titled = fromTitle(row, title);
    if (titled !== undefined) return { code: titled };
    // No form at all: a 公需 / 专业 subject column decides.
    const bySubject = kindOfSubject(subject);
    if (bySubject !== undefined) {
      noteFormFromSubject();
      return { code: bySubject };
    }
    cursor.field = cursor.cols.kind !== undefined ? 'kind' : 'title';
    cursor.report('kind-missing', { text: title ?? '' });
    return { code: '' };
  };
}
