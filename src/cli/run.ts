/**
 * The command-line check as a function: arguments in, output through injected
 * writers, an exit status out (0 every verdict asked for passes, 1 some fails,
 * 2 the input cannot be read or the arguments are wrong: one line, no stack).
 * `main.ts` wires it to the process; tests call it in-process.
 */
import { personVerdict } from '../report/verdict';
import { promises as fsp } from 'fs';
import { dirname } from 'path';
import type { Lang } from '../i18n/format';
import { pickLedgerSources } from '../io/sources';
import type { ReadProgress, ReadResult } from '../io/types';
import { readInputFile } from '../io/node/readInputFile';
import { readLedgers } from '../ledger/intake';
import type { LedgerSource } from '../ledger/types';
import { buildReport } from '../report/model';
import type { Report } from '../report/types';
import { reportToJson } from '../report/json';
import { reportWorkbookBytes } from '../report/xlsx';
import { BUILT_IN_KINDS, POLICY_OPTIONS, createRuleBook, parsePolicySettings, parseUserKinds, type RuleBook } from '../rules';
import { fillTemplate } from '../i18n/format';
import { langOf, parseArgs, type CheckArgs } from './args';
import { cliError, TABLE_WORDS, type CliErrorCode } from './messages';
import { createProgress } from './progress';
import { renderReport } from './table';

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: show a progress bar for large files. */
  stderrIsTTY?: boolean;
  /** Files larger than this (bytes) get a progress bar; default 1 MB. */
  progressThreshold?: number;
}

export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

class CliFailure {
  constructor(
    readonly code: CliErrorCode,
    readonly params: Record<string, string | number>,
  ) {}
}

export function usage(lang: Lang): string {
  const policies = POLICY_OPTIONS.map((o) => `    ${o.key}=${o.values.map(String).join('|')}\n      ${lang === 'en' ? o.en : o.zh}`).join('\n');
  return lang === 'en'
    ? `Usage: ce-check <file.xlsx|file.csv>... [options]
Checks continuing-education ledgers against notice 青人社字〔2023〕14号.
  --sheet <name>        sheet to check (repeatable); "all" = every sheet that looks like a ledger
  --year <YYYY>         only that year's verdicts (everyone listed)
  --title-year <YYYY>   the title-application window ending that year
  --policy key=value    a policy option (repeatable):
${policies}
  --rules <kinds.json>  user-defined kinds (四(四)5)
  --report <out.xlsx>   write a report workbook (汇总, 明细, 问题)
  --json                print JSON on stdout
  --show-ids            show ID numbers in full (masked by default)
  --lang zh|en          language of the output (default zh)
Exit status: 0 all verdicts pass, 1 some fail, 2 input or arguments wrong.
`
    : `用法：ce-check <台账.xlsx|台账.csv>... [选项]
按青人社字〔2023〕14号检查继续教育台账。
  --sheet <名称>        要检查的工作表（可重复）；all 表示所有像台账的工作表
  --year <YYYY>         只看该年度的判定（列出所有人）
  --title-year <YYYY>   申报该年度职称的近五年
  --policy 选项=取值    判定口径（可重复）：
${policies}
  --rules <kinds.json>  自定义学习形式（四(四)5）
  --report <out.xlsx>   写出报告工作簿（汇总、明细、问题）
  --json                以 JSON 输出到标准输出
  --show-ids            显示完整身份证号（默认遮蔽）
  --lang zh|en          输出语言（默认中文）
退出码：0 全部达标；1 有未达标；2 文件或参数有误。
`;
}

/**
 * Whether every verdict asked for passes: with `--year`, that year; with
 * `--title-year`, the window (四: under `pooled` a weak year inside a passing
 * window is no failure); with neither, every year of the ledger, and someone
 * with no year at all has shown nothing and fails. Sector staff (四(六)2, 五)
 * get no verdict from this notice.
 */
export function verdictsPass(report: Report): boolean {
  return report.people.every((p) => personVerdict(p, report.options) !== false);
}

async function loadRuleBook(path: string | undefined): Promise<RuleBook | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (e) {
    throw new CliFailure('rules-unreadable', { file: path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new CliFailure('rules-not-json', { file: path, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
  const parsed = parseUserKinds(json, new Set(BUILT_IN_KINDS.map((k) => k.code)));
  const bad = parsed.issues[0];
  if (bad) {
    throw new CliFailure('rules-invalid', {
      file: path,
      index: bad.params.index ?? 0,
      path: bad.params.path ?? '',
      detail: bad.params.detail ?? bad.code,
    });
  }
  return createRuleBook(parsed.kinds, parsed.capGroups);
}

async function readSources(args: CheckArgs, io: CheckIo, lang: Lang): Promise<LedgerSource[]> {
  const sources: LedgerSource[] = [];
  for (const file of args.files) {
    let onProgress: ((p: ReadProgress) => void) | undefined;
    let bar: ReturnType<typeof createProgress> | undefined;
    if (io.stderrIsTTY && !args.json) {
      const size = await fsp.stat(file).then((s) => s.size, () => 0);
      if (size > (io.progressThreshold ?? 1_000_000)) {
        bar = createProgress(io.stderr, `${TABLE_WORDS[lang].reading_} ${file}`);
        onProgress = (p) => bar?.update(p);
      }
    }
    let read: ReadResult;
    try {
      read = await readInputFile(file, { onProgress });
    } finally {
      bar?.end();
    }
    if (!read.ok) throw new CliFailure(read.code, { file: read.file, reason: '', ...read.params });
    const chosen = pickLedgerSources(read.workbook, args.sheets);
    if (!chosen.ok) throw new CliFailure(chosen.code, chosen.params);
    sources.push(...chosen.sources);
  }
  return sources;
}

/** Runs the check; never throws (an unexpected error is status 2 with one line). */
export async function runCheck(argv: readonly string[], io: CheckIo): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) throw new CliFailure(parsed.code, parsed.params);
    const args = parsed.args;
    lang = args.lang;
    if (args.help) {
      io.stdout(usage(lang));
      return EXIT.pass;
    }
    const policy = parsePolicySettings(args.policy);
    if (!policy.ok) throw new CliFailure(policy.code, { key: policy.key, value: policy.value, allowed: policy.allowed.join(', ') });
    const book = await loadRuleBook(args.rules);
    const sources = await readSources(args, io, lang);
    const ledger = readLedgers(sources, book ? { book } : {});
    const report = buildReport(ledger, {
      policy: policy.policy,
      showIds: args.showIds,
      lang,
      ...(book ? { book } : {}),
      ...(args.year !== undefined ? { year: args.year } : {}),
      ...(args.titleYear !== undefined ? { titleYear: args.titleYear } : {}),
    });
    if (args.json) io.stdout(`${JSON.stringify(reportToJson(report, args.files[0]), null, 2)}\n`);
    else io.stdout(renderReport(report, lang));
    if (args.report !== undefined) {
      try {
        const bytes = await reportWorkbookBytes(report, lang);
        await fsp.mkdir(dirname(args.report), { recursive: true });
        await fsp.writeFile(args.report, bytes);
      } catch (e) {
        throw new CliFailure('report-write-failed', { file: args.report, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
      if (!args.json) io.stdout(`${fillTemplate(TABLE_WORDS[lang].reportWritten, { file: args.report })}\n`);
    }
    return verdictsPass(report) ? EXIT.pass : EXIT.fail;
  } catch (e) {
    if (e instanceof CliFailure) io.stderr(`ce-check: ${cliError(e.code, e.params, lang)}\n`);
    else io.stderr(`ce-check: ${cliError('internal-error', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) }, lang)}\n`);
    return EXIT.error;
  }
}
