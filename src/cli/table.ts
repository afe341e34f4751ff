/**
 * The human output: for each person a block (name, masked ID, status, a row
 * per year: 年度 公需 专业 合计 达标 缺口, the window line when asked), then
 * findings grouped by sheet and row with 错误/警告/提示. Pure: text in, text out.
 */
import { fillTemplate, type Lang } from '../i18n/format';
import { findingMessage } from '../ledger/findings';
import type { Finding } from '../ledger/types';
import type { ReportSummary, ReportPersonSummary, ReportYear } from '../report/types';
import { personStanding } from '../report/verdict';
import { TABLE_WORDS } from './messages';

/** Columns a character takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Hours as computed: exact, at most two decimals shown (17.5 stays 17.5). */
export function hours(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function verdict(p: ReportPersonSummary, y: ReportYear, lang: Lang): string {
  const W = TABLE_WORDS[lang];
  if (p.status === 'sector' || y.status === 'sector') return W.sector;
  if (y.deemed && !y.review) return W.deemed;
  if (y.review) return W.review;
  return y.compliant ? W.pass : W.fail;
}

function shortfall(p: ReportPersonSummary, y: ReportYear, lang: Lang): string {
  const W = TABLE_WORDS[lang];
  if (p.status === 'sector') return '';
  if (y.deemed && !y.review) return '';
  // A year that fails beside rows an error left at nothing: what is short, then those rows.
  const parts: string[] = [];
  if (y.shortfall.public > 0) parts.push(`${W.shortPublic} ${hours(y.shortfall.public)}`);
  if (y.shortfall.professional > 0) parts.push(`${W.shortProfessional} ${hours(y.shortfall.professional)}`);
  if (y.review) parts.push(fillTemplate(W.reviewRows, { rows: y.review.join(W.list) }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

function personBlock(p: ReportPersonSummary, lang: Lang): string[] {
  const W = TABLE_WORDS[lang];
  const status =
    p.status === 'sector'
      ? `${W.sector}${p.sector ? (lang === 'zh' ? `（${p.sector}）` : ` (${p.sector})`) : ''}`
      : W.evaluated;
  const lines = [`${p.name || '?'}  ${shownId(p, W)}  ${status}`];
  if (p.years.length === 0)
    lines.push(`  ${p.records ? fillTemplate(W.noneCredited, { n: p.records }) : W.noYears}`);
  else {
    const table = [
      [...W.columns],
      ...p.years.map((y) => [
        String(y.year),
        hours(y.public),
        hours(y.professional),
        hours(y.total),
        verdict(p, y, lang),
        shortfall(p, y, lang),
      ]),
    ];
    const widths = W.columns.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]))));
    for (const r of table) {
      lines.push(`  ${r.map((cell, c) => pad(cell, widths[c], c >= 1 && c <= 3)).join('  ')}`.trimEnd());
    }
  }
  const window = windowLine(p, lang);
  if (window) lines.push(`  ${window}`);
  return lines;
}

/** `近五年 2019-2023（逐年达标）：✓ 达标；公需 150/150，专业 320/300`. */
function windowLine(p: ReportPersonSummary, lang: Lang): string | undefined {
  const W = TABLE_WORDS[lang];
  const w = p.window;
  if (!w) return undefined;
  const reading = W.reading[w.reading];
  const how = reading
    ? `${W.windowPolicy[w.policy]}${lang === 'zh' ? '；' : '; '}${reading}`
    : W.windowPolicy[w.policy];
  const pub = `${W.shortPublic} ${hours(w.totals.public)}/${hours(w.required.public)}`;
  const pro = `${W.shortProfessional} ${hours(w.totals.professional)}/${hours(w.required.professional)}`;
  const failing = w.failingYears.length > 0 ? w.failingYears.join(lang === 'zh' ? '、' : ', ') : '';
  let result: string;
  if (p.status === 'sector') result = W.sector;
  else if (w.compliant) result = `${W.pass} ${W.windowPass}`;
  else if (w.review) result = fillTemplate(W.reviewRows, { rows: w.review.join(W.list) });
  else if (failing)
    result =
      lang === 'zh'
        ? `${W.fail} ${W.windowFail}（${W.failingYears} ${failing}）`
        : `${W.fail} ${W.windowFail} (${W.failingYears}: ${failing})`;
  else result = `${W.fail} ${W.windowFail}`;
  return lang === 'zh'
    ? `${W.window} ${w.from}-${w.to}（${how}）：${result}；${pub}，${pro}`
    : `${W.window} ${w.from}-${w.to} (${how}): ${result}; ${pub}, ${pro}`;
}

function findingLines(report: ReportSummary, lang: Lang): string[] {
  const W = TABLE_WORDS[lang];
  if (report.findings.length === 0) return [];
  const names = new Map(report.people.map((p) => [p.key, p.name]));
  const several = new Set(report.sources.map((s) => s.file ?? '')).size > 1;
  const out = ['', W.findings];
  let group = '';
  for (const f of report.findings) {
    const who = f.personKey !== undefined ? names.get(f.personKey) : undefined;
    const where =
      f.row === null
        ? f.personKey !== undefined
          ? W.person
          : W.sheetLevel
        : `${fillTemplate(W.row, { row: f.row })}${who ? fillTemplate(W.whose, { name: who }) : ''}`;
    const sheet = several && f.file ? `${f.file} ${f.sheet}` : f.sheet;
    const g = `${sheet} ${where}`;
    if (g !== group) {
      out.push(`${sheet} ${where}`);
      group = g;
    }
    out.push(
      `  ${findingLine(f, lang, f.row === null && f.personKey !== undefined ? names.get(f.personKey) : undefined)}`,
    );
  }
  return out;
}

function findingLine(f: Finding, lang: Lang, person: string | undefined): string {
  const W = TABLE_WORDS[lang];
  const parts: string[] = [W.severity[f.severity]];
  if (f.column) parts.push(fillTemplate(W.column, { column: f.column }));
  if (person) parts.push(person);
  if (f.clause) parts.push(`[${f.clause}]`);
  parts.push(findingMessage(f, lang));
  return parts.join(' ');
}

/** `1 error`, `2 errors` in English; the bare number in Chinese (the template names the severity). */
function countOf(n: number, word: 'error' | 'warning' | 'info', lang: Lang): string | number {
  if (lang === 'zh') return n;
  return word === 'info' ? `${n} info` : `${n} ${word}${n === 1 ? '' : 's'}`;
}

function totalsLine(report: ReportSummary, lang: Lang): string {
  const c = report.counts;
  return fillTemplate(TABLE_WORDS[lang].totals, {
    people: c.people,
    passing: c.passing,
    failing: c.failing,
    review: c.review,
    sector: c.sector,
    deemed: c.deemed,
    error: countOf(c.findings.error, 'error', lang),
    warning: countOf(c.findings.warning, 'warning', lang),
    info: countOf(c.findings.info, 'info', lang),
  });
}

/** What a person who does not pass is missing: only the parts that are short, or the rows to verify. */
function missingText(p: ReportPersonSummary, lang: Lang): string {
  const W = TABLE_WORDS[lang];
  const parts: string[] = [];
  const rows = new Set<string>();
  for (const y of p.years) {
    // A year resting on rows to verify: those rows, and what it is short when it fails beside them.
    if (y.review) for (const r of y.review) rows.add(r);
    if (y.compliant) continue;
    const short: string[] = [];
    if (y.shortfall.public > 0)
      short.push(fillTemplate(W.missingPart, { part: W.shortPublic, hours: hours(y.shortfall.public) }));
    if (y.shortfall.professional > 0)
      short.push(
        fillTemplate(W.missingPart, { part: W.shortProfessional, hours: hours(y.shortfall.professional) }),
      );
    if (short.length > 0)
      parts.push(
        fillTemplate(W.missingYear, {
          year: y.year,
          what: fillTemplate(W.missing, { what: short.join(W.list) }),
        }),
      );
  }
  const w = p.window;
  if (w && !w.compliant) {
    if (w.review) for (const r of w.review) rows.add(r);
    else if (parts.length === 0) parts.push(fillTemplate(W.windowShort, { from: w.from, to: w.to }));
  }
  if (rows.size > 0) parts.push(fillTemplate(W.reviewPerson, { rows: [...rows].join(W.list) }));
  if (parts.length === 0 && p.years.length === 0)
    parts.push(p.records ? fillTemplate(W.noneCreditedShort, { n: p.records }) : W.nothing);
  return parts.join(W.sep);
}

/** The answer first: people who fail or need verification, each with what is missing (待核实 after 未达标). */
function attentionLines(report: ReportSummary, lang: Lang): string[] {
  const W = TABLE_WORDS[lang];
  const failing: string[] = [];
  const review: string[] = [];
  for (const p of report.people) {
    const standing = personStanding(p, report.options);
    if (standing !== 'fail' && standing !== 'review') continue;
    const line = `  ${p.name || '?'}  ${shownId(p, W)}  ${standing === 'review' ? W.review : W.windowFail}  ${missingText(p, lang)}`;
    (standing === 'review' ? review : failing).push(line.trimEnd());
  }
  const unchecked = [
    ...new Set(report.findings.filter((f) => f.code === 'sheet-wide-register').map((f) => f.sheet)),
  ];
  const notChecked = unchecked.length ? [fillTemplate(W.notChecked, { sheets: unchecked.join(W.list) })] : [];
  if (failing.length + review.length === 0)
    return [...notChecked, ...(notChecked.length ? [] : [W.attentionNone])];
  return [...notChecked, W.attention, ...failing, ...review];
}

/**
 * The whole human output (ends with a line break): the one-line summary and
 * the people who fail or need verification first, then (unless `brief`) each
 * person's table and the findings.
 */
export function renderReport(
  report: ReportSummary,
  lang: Lang = report.options.lang,
  options: { brief?: boolean } = {},
): string {
  const lines: string[] = [totalsLine(report, lang), ...attentionLines(report, lang)];
  if (!options.brief) {
    lines.push('');
    for (const p of report.people) lines.push(...personBlock(p, lang), '');
    lines.push(totalsLine(report, lang));
    lines.push(...findingLines(report, lang));
  }
  return `${lines.join('\n')}\n`;
}

/** The person's ID as printed: masked, marked when it fails its check, or "no ID". */
function shownId(p: ReportPersonSummary, W: (typeof TABLE_WORDS)[Lang]): string {
  if (p.id === null) return W.noId;
  return p.idUnverified ? `${p.id}${W.idUnverified}` : p.id;
}
