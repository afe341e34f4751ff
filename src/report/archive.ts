/**
 * 继续教育档案: the archive the employer keeps and an inspector asks for
 * (二(三): 时间、方式、内容、考试（考核）结果、完成学时, 如实登记). One block per
 * person: who they are, every activity with those five fields, its credited
 * hours and clause, each year's subtotal against 30 / 60 and the verdict.
 * A pure model: `archiveXlsx.ts` lays it out for print.
 */
import { isoDate } from '../rules/dates';
import type { Activity } from '../rules/types';
import type { Ledger } from '../ledger/types';
import { activitySlotsByPerson } from '../ledger/join';
import { heldDetails, reportDetails } from './detailColumns';
import { personStanding } from './verdict';
import type { ReportDetail, ReportPersonSummary, ReportSummary } from './types';
import { unitOf } from './units';
import type { Lang } from '../i18n/format';

export interface ArchiveActivity {
  /** 时间: the dates as the ledger gives them (`2024-05-08 至 2024-05-10`, one date, or the 年度). */
  when: string;
  /** 方式: the form of study as the notice names it. */
  kind: string;
  /** 内容. */
  title: string;
  /** 考试（考核）结果: 合格 / 不合格, level and score where the ledger gives them; '' otherwise. */
  result: string;
  claimed: number | null;
  credited: number;
  clause: string;
  years: number[];
  /** 台账!12 */
  row: string;
}

export interface ArchiveYear {
  year: number;
  public: number;
  professional: number;
  verdict: 'pass' | 'fail' | 'review' | 'deemed' | 'sector';
}

export interface ArchivePerson {
  name: string;
  /** Masked unless the report shows IDs in full; null without an ID. */
  id: string | null;
  unit: string;
  series: string;
  activities: ArchiveActivity[];
  years: ArchiveYear[];
  /** The person's standing over what was asked (years, or the window). */
  verdict: 'pass' | 'fail' | 'review' | 'sector' | 'none';
}

/** The verdicts as the archive words them, shared by the printed workbook and the pane's sheet. */
export const ARCHIVE_VERDICT_WORDS = {
  zh: {
    pass: '达标',
    fail: '未达标',
    review: '待核实',
    deemed: '视同完成',
    sector: '按行业规定',
    none: '无记录',
  },
  en: {
    pass: 'pass',
    fail: 'fail',
    review: 'to verify',
    deemed: 'deemed complete',
    sector: 'by sector rules',
    none: 'no records',
  },
} as const;

const RESULT_WORDS = {
  zh: { passed: '合格', failed: '不合格', level: '{level}级', score: '{score}分' },
  en: { passed: 'passed', failed: 'failed', level: 'level {level}', score: '{score} points' },
} as const;

function resultOf(a: Activity | undefined, lang: Lang): string {
  if (!a) return '';
  const w = RESULT_WORDS[lang];
  const parts: string[] = [];
  if (a.level !== undefined) parts.push(w.level.replace('{level}', a.level));
  if (a.score !== undefined) parts.push(w.score.replace('{score}', String(a.score)));
  if (a.passed !== undefined) parts.push(a.passed ? w.passed : w.failed);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

function whenOf(a: Activity | undefined, d: ReportDetail, lang: Lang): string {
  if (a?.start !== undefined && a.end !== undefined && a.end !== a.start)
    return `${isoDate(a.start)}${lang === 'zh' ? ' 至 ' : ' to '}${isoDate(a.end)}`;
  const one = a?.start ?? a?.end;
  if (one !== undefined) return isoDate(one);
  const y = a?.year ?? d.years[0];
  return y === undefined ? '' : lang === 'zh' ? `${y}年度` : String(y);
}

function yearVerdict(
  y: ReportPersonSummary['years'][number],
  p: ReportPersonSummary,
): ArchiveYear['verdict'] {
  if (p.status === 'sector') return 'sector';
  if (y.review && y.review.length > 0) return 'review';
  if (y.deemed) return 'deemed';
  return y.compliant ? 'pass' : 'fail';
}

/** The archive of every person of the report, in the report's order. */
export function buildArchive(ledger: Ledger, report: ReportSummary): ArchivePerson[] {
  return [...archivePeople(ledger, report)];
}

/**
 * The archive one person at a time, in the report's order: with the 明细 held
 * in columns (the command line's `--archive`), each person's lines and
 * activities are made only while that person is written, so a million-row
 * archive never holds them all.
 */
export function* archivePeople(ledger: Ledger, report: ReportSummary): Generator<ArchivePerson> {
  const lang = report.options.lang;
  const series = new Map(ledger.people.map((p) => [p.key, p.series ?? '']));
  const unitByFile = new Set(ledger.sources.map((s) => s.file)).size > 1;
  const linesOf = personLines(ledger, report);
  for (const p of report.people) {
    const standing = personStanding(p, report.options);
    const acts = linesOf(p.key).map(({ d, a }): ArchiveActivity => ({
      when: whenOf(a, d, lang),
      kind: d.kindShortName,
      title: a?.title ?? '',
      result: resultOf(a, lang),
      claimed: d.claimed,
      credited: d.credited,
      clause: d.clause,
      years: d.years,
      row: `${d.sheet}!${d.row}`,
    }));
    yield {
      name: p.name,
      id: p.id,
      // The employer is written in by hand unless the ledger came as one file per employer.
      unit: unitByFile ? unitOf(p) : '',
      series: series.get(p.key) ?? '',
      activities: acts,
      years: p.years.map((y) => ({
        year: y.year,
        public: y.public,
        professional: y.professional,
        verdict: yearVerdict(y, p),
      })),
      verdict: p.status === 'sector' ? 'sector' : (standing ?? 'none'),
    };
  }
}

/** A person's 明细 lines in ledger order, each with its activity. */
type PersonLines = (personKey: string) => Array<{ d: ReportDetail; a: Activity | undefined }>;

function personLines(ledger: Ledger, report: ReportSummary): PersonLines {
  const columns = heldDetails(report);
  const compact = columns && activitySlotsByPerson(ledger);
  if (columns && compact) {
    // The person's slots of the store, in ledger order: its activities and, at the same slots, its lines.
    return (key) => {
      const { activities, slots } = compact.slotsOf(key);
      const out: Array<{ d: ReportDetail; a: Activity | undefined }> = [];
      for (let i = 0; i < slots.length; i++) {
        const d = columns.lineAt(slots[i]);
        if (d !== undefined) out.push({ d, a: activities[i] });
      }
      return out;
    };
  }
  const byRef = new Map<string, Activity>();
  for (const a of ledger.activities) byRef.set(a.ref, a);
  const details = new Map<string, ReportDetail[]>();
  for (const d of reportDetails(report)) {
    const list = details.get(d.personKey);
    if (list) list.push(d);
    else details.set(d.personKey, [d]);
  }
  return (key) => (details.get(key) ?? []).map((d) => ({ d, a: byRef.get(d.ref) }));
}
