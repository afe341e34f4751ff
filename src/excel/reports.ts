/**
 * Which sheets a report run writes to and which it replaces. Pure; shared by both workbook
 * implementations. We only ever delete a sheet listed in the registry (settings `ce.reports`), i.e.
 * one we created; a user's sheet that happens to carry a report name is left alone and the report
 * goes to `name (2)`.
 */
import type { ReportSheet } from './port';

/** Settings key and shape of the registry of report sheets we created. */
export const REPORTS_SETTING = 'ce.reports';

export interface ReportRegistry {
  v: 1;
  /** By sheet name: the fingerprint of what we wrote (null while a write is in progress) and the table name. */
  sheets: Record<string, { fingerprint: string | null; table: string }>;
}

export function readRegistry(raw: unknown): ReportRegistry {
  const r = raw as ReportRegistry | undefined;
  if (r && r.v === 1 && r.sheets && typeof r.sheets === 'object') return { v: 1, sheets: { ...r.sheets } };
  return { v: 1, sheets: {} };
}

/** A free sheet name: `name`, else `name (2)`, … (Excel: ≤ 31 chars, case-insensitive). */
export function freeSheetName(name: string, taken: (candidate: string) => boolean): string {
  const clean = name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Report';
  if (!taken(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export interface ReportTarget {
  report: ReportSheet;
  /** The sheet name we write. */
  name: string;
  /** An existing sheet of ours with this name is deleted and recreated. */
  replaces: boolean;
  table: string;
}

const lower = (s: string) => s.toLowerCase();

/**
 * @param existingSheets names of all sheets in the workbook
 * @param existingTables all tables: name and the sheet they are on
 */
export function planReportTargets(
  reports: readonly ReportSheet[],
  existingSheets: readonly string[],
  existingTables: ReadonlyArray<{ name: string; sheet: string }>,
  registry: ReportRegistry,
): ReportTarget[] {
  const ours = new Map(Object.keys(registry.sheets).map((n) => [lower(n), n]));
  const existing = new Map(existingSheets.map((n) => [lower(n), n]));
  const used = new Set<string>();
  const targets: ReportTarget[] = [];
  for (const report of reports) {
    const wanted = lower(report.name);
    let name: string;
    let replaces = false;
    if (existing.has(wanted) && ours.has(wanted) && !used.has(wanted)) {
      name = existing.get(wanted)!;
      replaces = true;
    } else {
      name = freeSheetName(report.name, (c) => used.has(lower(c)) || existing.has(lower(c)));
    }
    used.add(lower(name));
    targets.push({ report, name, replaces, table: '' });
  }
  // Tables on sheets we delete disappear with them; all others keep their names.
  const deleted = new Set(targets.filter((t) => t.replaces).map((t) => lower(t.name)));
  const takenTables = new Set(
    existingTables.filter((t) => !deleted.has(lower(t.sheet))).map((t) => lower(t.name)),
  );
  for (const t of targets) {
    const base = validTableName(t.report.tableName);
    let table = base;
    for (let n = 2; takenTables.has(lower(table)); n++) table = `${base}_${n}`;
    takenTables.add(lower(table));
    t.table = table;
  }
  return targets;
}

/** Excel table names: start with a letter or underscore, then letters, digits, underscores, periods. */
export function validTableName(name: string): string {
  let s = name.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(s)) s = `_${s}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[rRcC]$/.test(s)) s = `_${s}`;
  return s.slice(0, 255);
}
