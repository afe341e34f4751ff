/**
 * The command-line check as a function: arguments in, output through injected
 * writers, an exit status out (0 every verdict asked for passes, 1 some fails,
 * 2 the input cannot be read or the arguments are wrong: one line, no stack).
 * `main.ts` wires it to the process; tests call it in-process.
 */
import { personVerdict } from '../report/verdict';
import { createWriteStream, promises as fsp, type WriteStream } from 'fs';
import { dirname } from 'path';
import type { Lang } from '../i18n/format';
import { pickSampledSheets, sheetMayBeChosen } from '../io/sources';
import type { ReadProgress, StreamResult } from '../io/types';
import { streamInputFile } from '../io/node/readInputFile';
import { createLedgerReader, joinLedgerParts, type LedgerPart, type LedgerReader } from '../ledger/intake';
import { createSheetSample, type SheetSample } from '../ledger/sheetSample';
import type { Ledger } from '../ledger/types';
import { parseMappingPair, type UserMapping } from '../ledger/columnMapping';
import { FIELD_CODES, FIELDS } from '../ledger/fields';
import { buildReport } from '../report/model';
import { withSummaryFindings } from '../report/summaryCheck';
import { createSummaryCollector, type SummarySheet } from '../ledger/summarySheet';
import type { ReportSummary } from '../report/types';
import { reportJsonPieces } from '../report/json';
import {
  BUILT_IN_KINDS,
  POLICY_OPTIONS,
  createRuleBook,
  parsePolicySettings,
  parseUserKinds,
  type RuleBook,
} from '../rules';
import { fillTemplate } from '../i18n/format';
import { langOf, parseArgs, type CheckArgs } from './args';
import { cliError, FALLBACK_REASONS, TABLE_WORDS, type CliErrorCode } from './messages';
import { createProgress } from './progress';
import { renderReport } from './table';
import { renderPlan } from './planText';
import { firstUnreadable } from './unreadable';
import { dayNumber, localDateParts } from '../rules/dates';
import { buildPlan } from '../report/plan';
import { drawSample } from '../report/sample';
import { unitRollUp } from '../report/units';
import type { ReportWorkbookOptions } from '../report/reportWorkbook';
import type { ZipCodec } from '../io/xlsx/write';
import { nodeZipCodec } from '../io/node/xlsxWriteCodec';
import { renderSample, renderUnits } from './bureauText';

export interface CheckIo {
  /**
   * Writes to stdout. A promise returned means "wait for it before writing
   * more" (a full pipe); --json waits for it, other output does not.
   */
  stdout(text: string): unknown;
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

/** The fields `--map` accepts, by their labels. */
function mappableFields(lang: Lang): string {
  return lang === 'en'
    ? FIELD_CODES.map((f) => f).join(', ')
    : FIELD_CODES.map((f) => FIELDS[f].zh).join('、');
}

/** `--map` pairs as one mapping; a bad pair stops the run (exit 2). */
function userMappingOf(pairs: readonly string[], lang: Lang): UserMapping | undefined {
  if (pairs.length === 0) return undefined;
  const mapping: UserMapping = {};
  for (const text of pairs) {
    const m = parseMappingPair(text);
    if (!m.ok) throw new CliFailure(m.code, { ...m.params, fields: mappableFields(lang) });
    mapping[m.field] = m.column;
  }
  return mapping;
}

export function usage(lang: Lang): string {
  const policies = POLICY_OPTIONS.map(
    (o) => `    ${o.key}=${o.values.map(String).join('|')}\n      ${lang === 'en' ? o.en : o.zh}`,
  ).join('\n');
  return lang === 'en'
    ? `Usage: ce-check <file.xlsx|file.csv>... [options]
Checks continuing-education ledgers against notice 青人社字〔2023〕14号.
  --sheet <name>        sheet to check (repeatable); default: the likeliest sheet and those of its shape;
                        "all" = every sheet that looks like a ledger
  --map field=column    name a column by hand (repeatable), by letter or header text: --map hours=F
                        fields: ${mappableFields('en')}
  --year <YYYY>         only that year's verdicts (everyone listed)
  --title-year <YYYY>   the title-application window ending that year
  --policy key=value    a policy option (repeatable):
${policies}
  --rules <kinds.json>  user-defined kinds (四(四)5)
  --report <out.xlsx>   write a report workbook (summary, details, findings)
  --archive <out.xlsx>  write the print-ready archive, one block per person (二(三))
  --json                print JSON on stdout
  --brief               print only the summary and the people who fail or need verification
  --plan                what each person still lacks and by when (with --title-year: the window's years)
  --as-of <YYYY-MM-DD>  the day of the plan and the check (default today; later years are not judged); --deadline <MM-DD> its deadline (default 12-31)
  --by-unit             a roll-up per unit (one file per employer)
  --sample N|P% --seed S  a reproducible spot-check sample, stratified by unit
  --show-ids            show ID numbers in full (masked by default)
  --lang zh|en          language of the output (default zh)
Exit status: 0 all verdicts pass, 1 some fail or need verification, 2 input or arguments wrong.
`
    : `用法：ce-check <台账.xlsx|台账.csv>... [选项]
按青人社字〔2023〕14号检查继续教育台账。
  --sheet <名称>        要检查的工作表（可重复）；默认读最像台账的表及表头相同的各表；
                        all 表示所有像台账的工作表
  --map 字段=列         手动指定某列（可重复），列写字母或表头文字：--map 学时=F --map 姓名=人员
                        可指定的字段：${mappableFields('zh')}
  --year <YYYY>         只看该年度的判定（列出所有人）
  --title-year <YYYY>   申报该年度职称的近五年
  --policy 选项=取值    判定口径（可重复）：
${policies}
  --rules <kinds.json>  自定义学习形式（四(四)5）
  --report <out.xlsx>   写出报告工作簿（汇总、明细、问题）
  --archive <out.xlsx>  写出可打印的继续教育档案，每人一块（二(三)），含签字、审核、盖章栏
  --json                以 JSON 输出到标准输出
  --brief               只输出汇总和未达标、待核实的人员
  --plan                待办：每人还差多少学时、何时前完成（加 --title-year 时含近五年各年度）
  --as-of <YYYY-MM-DD>  待办和判定的截至日期（默认今天，其后的年度不判定）；--deadline <MM-DD> 完成期限（默认 12-31）
  --by-unit             按单位汇总（每个单位一个文件）
  --sample N|P% --seed S  按单位分层随机抽查 N 人或 P%，同一种子结果相同
  --show-ids            显示完整身份证号（默认遮蔽）
  --lang zh|en          输出语言（默认中文）
退出码：0 全部达标；1 有未达标或待核实；2 文件或参数有误。
`;
}

/**
 * Whether every verdict asked for passes: with `--year`, that year; with
 * `--title-year`, the window (四: under `pooled` a weak year inside a passing
 * window is no failure); with neither, every year of the ledger, and someone
 * with no year at all has shown nothing and fails. Sector staff (四(六)2, 五)
 * get no verdict from this notice.
 */
export function verdictsPass(report: ReportSummary): boolean {
  // A sheet left unchecked (a register kept one row per person) judged nobody: not a pass.
  if (report.findings.some((f) => f.code === 'sheet-wide-register')) return false;
  return report.people.every((p) => personVerdict(p, report.options) !== false);
}

async function loadRuleBook(path: string | undefined): Promise<RuleBook | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (e) {
    throw new CliFailure('rules-unreadable', {
      file: path,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new CliFailure('rules-not-json', {
      file: path,
      reason: e instanceof Error ? e.message.split('\n')[0] : String(e),
    });
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

/** What `readLedgerFiles` needs besides the files. */
export interface LedgerFilesOptions {
  /** `--sheet` names, or `['all']`; empty for each file's likeliest ledger sheet. */
  sheets?: readonly string[];
  /** Columns named by hand (`--map`), applied to every sheet. */
  mapping?: UserMapping;
  /** A line for the user that is no error (a file read by the fallback reader), and its language. */
  onNote?: (line: string) => void;
  lang?: Lang;
  book?: RuleBook;
  /** A progress sink per file, or undefined for none. */
  progressFor?: (file: string) => Promise<ProgressSink | undefined>;
  /** The policy option of that name (`--policy trainingWordBySubject=false`); default true. */
  trainingWordBySubject?: boolean;
  /** A sheet not chosen as ledger that reads as a 汇总 (per person-year totals). */
  onSummarySheet?: (sheet: SummarySheet) => void;
}

interface ProgressSink {
  update(p: ReadProgress): void;
  end(): void;
}

/**
 * Reads the files as one ledger, streaming: every sheet that may be chosen is
 * read row by row as it arrives (`createLedgerReader`), keeping a sample of
 * each sheet's rows for the choice (`pickSampledSheets`, the same choice as
 * `pickLedgerSources` over whole sheets); the sheets not chosen are dropped.
 * No sheet's grid is ever held. Throws `CliFailure` when a file cannot be
 * read or has no sheet to check.
 */
export async function readLedgerFiles(
  files: readonly string[],
  opts: LedgerFilesOptions = {},
): Promise<Ledger> {
  const wanted = opts.sheets ?? [];
  const readOpts = {
    ...(opts.book ? { book: opts.book } : {}),
    ...(opts.trainingWordBySubject !== undefined
      ? { trainingWordBySubject: opts.trainingWordBySubject }
      : {}),
  };
  const parts: LedgerPart[] = [];
  for (const file of files) {
    const sheets: Array<{
      name: string;
      sample: SheetSample;
      reader?: LedgerReader;
      summary?: ReturnType<typeof createSummaryCollector>;
    }> = [];
    const bar = await opts.progressFor?.(file);
    let read: StreamResult;
    try {
      read = await streamInputFile(file, {
        ...(bar ? { onProgress: (p: ReadProgress) => bar.update(p) } : {}),
        onSheet: (s) => {
          const sample = createSheetSample();
          const reader = sheetMayBeChosen(s.format, s.name, wanted)
            ? createLedgerReader(
                {
                  file,
                  sheet: s.name,
                  date1904: s.date1904,
                  ...(opts.mapping ? { userMapping: opts.mapping } : {}),
                },
                readOpts,
              )
            : undefined;
          const summary = opts.onSummarySheet ? createSummaryCollector() : undefined;
          sheets.push({
            name: s.name,
            sample,
            ...(reader ? { reader } : {}),
            ...(summary ? { summary } : {}),
          });
          return (row) => {
            sample.push(row);
            reader?.push(row);
            summary?.push(row);
          };
        },
      });
    } finally {
      bar?.end();
    }
    if (!read.ok) throw new CliFailure(read.code, { file: read.file, reason: '', ...read.params });
    if (read.workbook.fallbackReason !== undefined)
      opts.onNote?.(
        cliError(
          'reader-fallback',
          { file, reason: FALLBACK_REASONS[opts.lang ?? 'zh'][read.workbook.fallbackReason] },
          opts.lang ?? 'zh',
        ),
      );
    const chosen = pickSampledSheets(
      read.workbook,
      sheets.map((s) => ({ name: s.name, sample: s.sample.rows })),
      wanted,
    );
    if (!chosen.ok) throw new CliFailure(chosen.code, chosen.params);
    for (const i of chosen.indexes) {
      const reader = sheets[i]?.reader;
      if (!reader) throw new Error(`sheet ${sheets[i]?.name ?? i} chosen but not read`);
      parts.push(reader.finish());
    }
    sheets.forEach((s, i) => {
      if (chosen.indexes.includes(i)) return;
      const summary = s.summary?.finish(s.name, file);
      if (summary) opts.onSummarySheet?.(summary);
    });
  }
  return joinLedgerParts(parts);
}

function progressFor(
  io: CheckIo,
  args: CheckArgs,
  lang: Lang,
): ((file: string) => Promise<ProgressSink | undefined>) | undefined {
  if (!io.stderrIsTTY || args.json) return undefined;
  return async (file) => {
    const size = await fsp.stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (size <= (io.progressThreshold ?? 1_000_000)) return undefined;
    return createProgress(io.stderr, `${TABLE_WORDS[lang].reading_} ${file}`);
  };
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
    if (!policy.ok)
      throw new CliFailure(policy.code, {
        key: policy.key,
        value: policy.value,
        allowed: policy.allowed.join(', '),
      });
    const book = await loadRuleBook(args.rules);
    const progress = progressFor(io, args, lang);
    const mapping = userMappingOf(args.map, lang);
    const summaries: SummarySheet[] = [];
    const ledger = await readLedgerFiles(args.files, {
      onSummarySheet: (sheet) => summaries.push(sheet),
      sheets: args.sheets,
      ...(mapping ? { mapping } : {}),
      onNote: (line: string) => io.stderr(`ce-check: ${line}\n`),
      lang,
      ...(book ? { book } : {}),
      ...(progress ? { progressFor: progress } : {}),
      trainingWordBySubject: policy.policy.trainingWordBySubject,
    });
    const unreadable = firstUnreadable(ledger, args.files);
    if (unreadable) throw new CliFailure(unreadable.code, { file: unreadable.file });
    const asOf = args.asOf ?? localDateParts(new Date());
    const built = buildReport(ledger, {
      asOfYear: asOf.year,
      asOfDay: dayNumber(asOf.year, asOf.month, asOf.day),
      policy: policy.policy,
      showIds: args.showIds,
      lang,
      // 明细 lines only go to the report workbook.
      details: args.report !== undefined || args.archive !== undefined ? 'compact' : false,
      // Nothing the command line prints reads the engine's full explanations.
      evaluations: false,
      ...(book ? { book } : {}),
      ...(args.year !== undefined ? { year: args.year } : {}),
      ...(args.titleYear !== undefined ? { titleYear: args.titleYear } : {}),
    });
    // A 汇总 sheet beside the 明细: where its totals differ from the check, said on its rows.
    const report = withSummaryFindings(built, summaries, built.people);
    const plan = args.plan
      ? buildPlan(report, { asOf, lang, ...(args.deadline ? { deadline: args.deadline } : {}) })
      : undefined;
    if (plan) {
      if (args.json) io.stdout(`${JSON.stringify({ asOf, plan }, null, 2)}\n`);
      else io.stdout(renderPlan(plan, asOf, lang));
    } else if (args.json) {
      // Piece by piece, waiting whenever stdout asks to (a pipe read more slowly than the JSON is made).
      for (const piece of reportJsonPieces(report, args.files[0])) {
        const wait = io.stdout(piece);
        if (wait instanceof Promise) await wait;
      }
    } else io.stdout(renderReport(report, lang, { brief: args.brief }));
    const units = args.byUnit ? unitRollUp(report.people, report.options) : undefined;
    const seed = args.seed ?? 1;
    const sample = args.sample ? drawSample(report.people, args.sample, seed) : undefined;
    if (!args.json && units) io.stdout(renderUnits(units, lang));
    if (!args.json && sample) io.stdout(renderSample(sample, report.options, seed, lang));
    if (args.report !== undefined) {
      await writeReportFile(report, args.report, lang, { plan, units, sample });
      if (!args.json) io.stdout(`${fillTemplate(TABLE_WORDS[lang].reportWritten, { file: args.report })}\n`);
    }
    if (args.archive !== undefined) {
      await writeArchiveFile(ledger, report, args.archive, lang);
      if (!args.json)
        io.stdout(`${fillTemplate(TABLE_WORDS[lang].archiveWritten, { file: args.archive })}\n`);
    }
    return verdictsPass(report) ? EXIT.pass : EXIT.fail;
  } catch (e) {
    if (e instanceof CliFailure) io.stderr(`ce-check: ${cliError(e.code, e.params, lang)}\n`);
    else
      io.stderr(
        `ce-check: ${cliError('internal-error', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) }, lang)}\n`,
      );
    return EXIT.error;
  }
}

/**
 * Writes a workbook into a file beside the target and renames it into place
 * once complete: a failed run never leaves half a workbook under the name
 * asked for. A failure is the run's `report-write-failed`, naming the file.
 */
async function writeInPlace(path: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    await fsp.mkdir(dirname(path), { recursive: true });
    await write(partial);
    await fsp.rename(partial, path);
  } catch (e) {
    await fsp.rm(partial, { force: true });
    throw new CliFailure('report-write-failed', {
      file: path,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
}

/** A workbook streamed into `partial` by `write`, which ends the stream; resolves when the file is closed. */
async function streamInto(
  partial: string,
  write: (out: WriteStream, codec: ZipCodec) => Promise<void>,
): Promise<void> {
  const out = createWriteStream(partial);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  closed.catch(() => undefined); // awaited below; an early error is rethrown by the writer
  try {
    // Node's zlib deflates on its thread pool while the rows are built.
    await write(out, nodeZipCodec());
    await closed;
  } catch (e) {
    out.destroy();
    throw e;
  }
}

/** The report workbook, streamed into the file as it is built. */
function writeReportFile(
  report: ReportSummary,
  path: string,
  lang: Lang,
  extra: Pick<ReportWorkbookOptions, 'plan' | 'units' | 'sample'>,
): Promise<void> {
  return writeInPlace(path, (partial) =>
    streamInto(partial, (out, codec) => {
      // Loaded here: a check without --report never needs the writer.
      // required, not imported: `import()` fails in the installed command line (ERR_MODULE_NOT_FOUND).
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { writeReportWorkbook } =
        require('../report/reportWorkbook') as typeof import('../report/reportWorkbook');
      /* eslint-enable @typescript-eslint/no-require-imports */
      return writeReportWorkbook(report, out, lang, { ...extra, codec });
    }),
  );
}

/** The archive (继续教育档案, 二(三)), streamed into the file. */
function writeArchiveFile(ledger: Ledger, report: ReportSummary, path: string, lang: Lang): Promise<void> {
  return writeInPlace(path, (partial) =>
    streamInto(partial, (out, codec) => {
      // Loaded here: a check without --archive never needs them.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { writeArchiveWorkbook } =
        require('../report/archiveXlsx') as typeof import('../report/archiveXlsx');
      const { archivePeople } = require('../report/archive') as typeof import('../report/archive');
      /* eslint-enable @typescript-eslint/no-require-imports */
      return writeArchiveWorkbook(archivePeople(ledger, report), out, lang, codec);
    }),
  );
}
