/**
 * A 规则 sheet: user-defined kinds (四(四)5 "其他可折算学时的，根据市人力资源社会
 * 保障部门年度继续教育工作通知进行认定"), one row per kind under Chinese headers,
 * turned into definitions and validated by the rules core (`parseUserKinds`).
 * A bad row is skipped with a finding on its cell; the good ones join every check.
 */
import { BUILT_IN_KINDS } from '../rules/kinds';
import type { RuleIssue } from '../rules/types';
import { parseUserKinds } from '../rules/userKinds';
import type { ActivityKind, CapGroup } from '../rules/types';
import { isBlank, readText } from './cells';
import { columnLetter } from './columns';
import { normaliseHeader } from './fields';
import { parseHours, parseQuantity } from './parse/numbers';
import { parsePassed } from './parse/labels';
import type { Finding } from './types';

/** Header words → definition path. `credit.*` fields go inside the credit mode. */
const RULE_HEADERS: Record<string, string> = {
  代码: 'code',
  编码: 'code',
  名称: 'name',
  形式名称: 'name',
  英文名称: 'nameEn',
  别名: 'aliases',
  台账用语: 'aliases',
  条款: 'clause',
  条款原文: 'clauseText',
  依据原文: 'clauseText',
  文件原文: 'clauseText',
  计算方式: 'credit.type',
  折算方式: 'credit.type',
  每项学时: 'credit.hoursPerItem',
  每天上限: 'credit.perDayCap',
  每天学时上限: 'credit.perDayCap',
  每年学时: 'credit.hoursPerYear',
  公需学时: 'credit.public',
  每年公需学时: 'credit.public',
  专业学时: 'credit.professional',
  每年专业学时: 'credit.professional',
  月数门槛: 'credit.minMonthsExclusive',
  须考试合格: 'credit.passRequired',
  须合格: 'credit.passRequired',
  科目: 'subject',
  科目类别: 'subject',
  年度上限: 'yearlyCap',
  每年上限: 'yearlyCap',
  证明材料: 'evidence',
  生效日期: 'effectiveFrom',
};

/** 计算方式 words, longest first within each mode so `按月折算` is not read as `按月`. */
const CREDIT_TYPES: Array<[string, string]> = [
  ['hoursperday', 'hoursPerDay'],
  ['registeredhours', 'registeredHours'],
  ['peritem', 'perItem'],
  ['perprogrammeyear', 'perProgrammeYear'],
  ['monthsprorated', 'monthsProrated'],
  ['deemedcomplete', 'deemedComplete'],
  ['按月折算', 'monthsProrated'],
  ['视同完成', 'deemedComplete'],
  ['按登记学时', 'registeredHours'],
  ['登记学时', 'registeredHours'],
  ['按实际学时', 'hoursPerDay'],
  ['实际学时', 'hoursPerDay'],
  ['每天上限', 'hoursPerDay'],
  ['按年', 'perProgrammeYear'],
  ['每年', 'perProgrammeYear'],
  ['按月', 'monthsProrated'],
  ['按项', 'perItem'],
  ['每项', 'perItem'],
  ['按篇', 'perItem'],
  ['按门', 'perItem'],
];

const SUBJECTS: Array<[RegExp, string]> = [
  [/^(public|professional|declared|both)$/, ''],
  [/两者|均有|公需和专业|公需及专业|公需\+专业/, 'both'],
  [/台账|申报|按填写/, 'declared'],
  [/公需/, 'public'],
  [/专业/, 'professional'],
];

const LIST_SPLIT = /[、,，;；/\n]+/;
const NUMBER_PATHS = new Set([
  'credit.hoursPerItem',
  'credit.perDayCap',
  'credit.hoursPerYear',
  'credit.public',
  'credit.professional',
  'credit.minMonthsExclusive',
  'yearlyCap',
]);

export interface RuleSheetResult {
  kinds: ActivityKind[];
  capGroups: CapGroup[];
  findings: Finding[];
}

/**
 * Reads a 规则 sheet: the header is the first of the first ten rows naming
 * 代码 or 名称 and one more rule field; each non-blank row below is one kind.
 * @example readRuleSheet([['代码', '名称', '条款原文', '计算方式', '每项学时'], ['patent-2024', '发明专利转化', '…', '按项', 12]])
 *   → { kinds: [{ code: 'patent-2024', credit: { type: 'perItem', hoursPerItem: 12 }, … }], capGroups: [], findings: [] }
 */
export function readRuleSheet(rows: readonly (readonly unknown[])[], sheet = '规则'): RuleSheetResult {
  const grid = Array.isArray(rows) ? rows : [];
  let headerRow = -1;
  let paths = new Map<number, string>();
  for (let r = 0; r < Math.min(grid.length, 10) && headerRow < 0; r++) {
    const row: readonly unknown[] = Array.isArray(grid[r]) ? grid[r] : [];
    const found = new Map<number, string>();
    row.forEach((cell, c) => {
      const path = RULE_HEADERS[normaliseHeader(cell).bare] ?? RULE_HEADERS[normaliseHeader(cell).full];
      if (path !== undefined && ![...found.values()].includes(path)) found.set(c, path);
    });
    const named = [...found.values()];
    if ((named.includes('code') || named.includes('name')) && named.length >= 2) {
      headerRow = r;
      paths = found;
    }
  }
  if (headerRow < 0) {
    return {
      kinds: [],
      capGroups: [],
      findings: [
        ruleSheetFinding(sheet, null, null, {
          index: 0,
          path: '代码',
          detail: '未找到表头，表头应包含“代码”“名称”“条款原文”“计算方式”等列',
          detailEn: 'no header found: it needs columns such as 代码, 名称, 条款原文, 计算方式',
        }),
      ],
    };
  }

  const definitions: unknown[] = [];
  const sheetRows: number[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row: readonly unknown[] = Array.isArray(grid[r]) ? grid[r] : [];
    if ([...paths.keys()].every((c) => isBlank(row[c]))) continue;
    definitions.push(definition(row, paths));
    sheetRows.push(r + 1);
  }

  const builtIn = new Set(BUILT_IN_KINDS.map((k) => k.code));
  const parsed = parseUserKinds(definitions, builtIn);
  const columnOf = new Map<string, number>();
  for (const [c, path] of paths) columnOf.set(path, c);
  const findings = parsed.issues.map((issue) => {
    const index = Number(issue.params.index);
    const row = sheetRows[index - 1] ?? null;
    const path = String(issue.params.path ?? '');
    const column =
      columnOf.get(path) ??
      columnOf.get(path.split('.').slice(0, 2).join('.')) ??
      (path.startsWith('credit') ? columnOf.get('credit.type') : undefined);
    return ruleSheetFinding(
      sheet,
      row,
      column === undefined ? null : columnLetter(column),
      issue.params,
      issue,
    );
  });
  return { kinds: parsed.kinds, capGroups: parsed.capGroups, findings };
}

function ruleSheetFinding(
  sheet: string,
  row: number | null,
  column: string | null,
  params: Record<string, string | number>,
  issue?: RuleIssue,
): Finding {
  return {
    severity: issue?.severity ?? 'error',
    code: 'user-kind-invalid',
    layer: 'rules',
    clause: issue?.clause ?? '四(四)5',
    sheet,
    row,
    column,
    params: { ...params },
  };
}

/** One row → the definition shape of `userKindSchema`; cells it cannot read are passed as written, for zod to name. */
function definition(row: readonly unknown[], paths: ReadonlyMap<number, string>): Record<string, unknown> {
  const def: Record<string, unknown> = {};
  const credit: Record<string, unknown> = {};
  for (const [c, path] of paths) {
    const v = row[c];
    if (isBlank(v)) continue;
    const text = readText(v) ?? '';
    if (path === 'credit.type') credit.type = creditType(text);
    else if (path === 'credit.passRequired') {
      const r = parsePassed(v);
      credit.passRequired = r.ok ? r.value : text;
    } else if (NUMBER_PATHS.has(path)) {
      const r =
        path === 'credit.minMonthsExclusive'
          ? parseQuantity(v, { units: ['月', '个月'], textCode: 'number-text' })
          : parseHours(v);
      const value = r.ok ? r.value : text;
      if (path.startsWith('credit.')) credit[path.slice(7)] = value;
      else def[path] = value;
    } else if (path === 'aliases' || path === 'evidence') {
      def[path] = text
        .split(LIST_SPLIT)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } else if (path === 'subject') def.subject = subjectWord(text);
    else if (path === 'effectiveFrom') def.effectiveFrom = effectiveFrom(v, text);
    else def[path] = text;
  }
  if (Object.keys(credit).length > 0) def.credit = credit;
  return def;
}

function creditType(text: string): string {
  const t = text.replace(/\s+/g, '').toLowerCase();
  for (const [word, type] of CREDIT_TYPES) if (t === word) return type;
  for (const [word, type] of CREDIT_TYPES) if (t.includes(word)) return type;
  return text;
}

function subjectWord(text: string): string {
  const t = text.replace(/\s+/g, '');
  for (const [re, subject] of SUBJECTS) if (re.test(t)) return subject === '' ? t : subject;
  return text;
}

/** A date cell or text as ISO `YYYY-MM-DD` (the schema's form). */
function effectiveFrom(v: unknown, text: string): string {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(text.replace(/\s+/g, ''));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
}
