/**
 * The command line's arguments: a small parser with no dependency. Bad
 * arguments are a result with a code (exit status 2), never an exception.
 * `--policy` values are checked later by the rules core (`parsePolicySettings`).
 */
import { isValidDate } from '../rules/dates';
import { parseSampleSize, type SampleSize } from '../report/sample';
import type { Lang } from '../i18n/format';

export interface CheckArgs {
  files: string[];
  /** `--sheet` values in order; `['all']` for every ledger-like sheet. */
  sheets: string[];
  year?: number;
  titleYear?: number;
  /** `--map 字段=列` pairs in order (checked by the run: `parseMappingPair`). */
  map: string[];
  /** `key=value` settings, applied in order. */
  policy: string[];
  rules?: string;
  report?: string;
  /** 继续教育档案: a print-ready workbook, one block per person (二(三)). */
  archive?: string;
  json: boolean;
  /** Only the summary line and the people who fail or need verification. */
  brief: boolean;
  /** 还差: what each person still lacks and by when (src/report/plan.ts). */
  plan: boolean;
  /** The plan's day (YYYY-MM-DD); default today. */
  asOf?: { year: number; month: number; day: number };
  /** The plan's deadline (MM-DD); default 12-31. */
  deadline?: { month: number; day: number };
  /** A district bureau's roll-up per unit (one file per employer). */
  byUnit: boolean;
  /** A spot-check sample of people, stratified by unit (六(三)). */
  sample?: SampleSize;
  /** The sample's seed; default 1. */
  seed?: number;
  showIds: boolean;
  lang: Lang;
  help: boolean;
}

export type ArgsErrorCode =
  | 'arg-unknown'
  | 'arg-missing-value'
  | 'arg-bad-year'
  | 'arg-bad-date'
  | 'arg-bad-sample'
  | 'arg-bad-lang'
  | 'arg-no-files';

export type ArgsParse =
  { ok: true; args: CheckArgs } | { ok: false; code: ArgsErrorCode; params: Record<string, string> };

const VALUE_OPTIONS = [
  '--sheet',
  '--map',
  '--year',
  '--title-year',
  '--policy',
  '--rules',
  '--report',
  '--archive',
  '--lang',
  '--as-of',
  '--deadline',
  '--sample',
  '--seed',
] as const;
const FLAG_OPTIONS = ['--json', '--brief', '--plan', '--by-unit', '--show-ids', '--help', '-h'] as const;

/** Years a ledger can sensibly ask about. */
function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text) && Number(text) >= 1990 && Number(text) <= 2100 ? Number(text) : undefined;
}

/**
 * Parses `argv` (without `node` and the script). Options take their value as
 * the next argument or after `=` (`--lang=en`); `--` ends the options.
 * @example parseArgs(['a.xlsx', '--year', '2023', '--json']) → { ok: true, args: { files: ['a.xlsx'], year: 2023, json: true, … } }
 */
export function parseArgs(argv: readonly string[]): ArgsParse {
  const args: CheckArgs = {
    files: [],
    sheets: [],
    map: [],
    policy: [],
    json: false,
    brief: false,
    plan: false,
    byUnit: false,
    showIds: false,
    lang: 'zh',
    help: false,
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    if ((FLAG_OPTIONS as readonly string[]).includes(name) && eq < 0) {
      if (name === '--json') args.json = true;
      else if (name === '--brief') args.brief = true;
      else if (name === '--plan') args.plan = true;
      else if (name === '--by-unit') args.byUnit = true;
      else if (name === '--show-ids') args.showIds = true;
      else args.help = true;
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name))
      return { ok: false, code: 'arg-unknown', params: { option: name } };
    let value: string | undefined;
    if (eq > 0 && name !== arg) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '')
      return { ok: false, code: 'arg-missing-value', params: { option: name } };
    switch (name as (typeof VALUE_OPTIONS)[number]) {
      case '--sheet':
        args.sheets.push(value);
        break;
      case '--map':
        args.map.push(value);
        break;
      case '--policy':
        args.policy.push(value);
        break;
      case '--rules':
        args.rules = value;
        break;
      case '--report':
        args.report = value;
        break;
      case '--archive':
        args.archive = value;
        break;
      case '--lang':
        if (value !== 'zh' && value !== 'en') return { ok: false, code: 'arg-bad-lang', params: { value } };
        args.lang = value;
        break;
      case '--as-of': {
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
        if (!d || !isValidDate(d.year, d.month, d.day))
          return { ok: false, code: 'arg-bad-date', params: { option: name, value } };
        args.asOf = d;
        break;
      }
      case '--sample': {
        const size = parseSampleSize(value);
        if (!size) return { ok: false, code: 'arg-bad-sample', params: { option: name, value } };
        args.sample = size;
        break;
      }
      case '--seed':
        if (!/^\d{1,9}$/.test(value))
          return { ok: false, code: 'arg-bad-sample', params: { option: name, value } };
        args.seed = Number(value);
        break;
      case '--deadline': {
        const m = /^(\d{1,2})-(\d{1,2})$/.exec(value);
        const d = m ? { month: Number(m[1]), day: Number(m[2]) } : undefined;
        if (!d || !isValidDate(2000, d.month, d.day))
          return { ok: false, code: 'arg-bad-date', params: { option: name, value } };
        args.deadline = d;
        break;
      }
      case '--year':
      case '--title-year': {
        const year = parseYear(value);
        if (year === undefined) return { ok: false, code: 'arg-bad-year', params: { option: name, value } };
        if (name === '--year') args.year = year;
        else args.titleYear = year;
        break;
      }
    }
  }
  if (!args.help && args.files.length === 0) return { ok: false, code: 'arg-no-files', params: {} };
  return { ok: true, args };
}

/** The language asked for, even when the rest of the arguments are wrong (for the error message itself). */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh';
}
