/**
 * What the pane keeps in the workbook's settings (Office document settings in
 * Excel, the memory workbook's in preview): the user's options and a confirmed
 * column mapping per ledger sheet. Reading never throws: a damaged or foreign
 * value falls back to the defaults.
 */
import type { WorkbookPort } from '../src/excel/port';
import { FIELD_CODES, type FieldCode } from '../src/ledger/fields';
import type { ColumnMap } from '../src/ledger/headers';
import { DEFAULT_POLICY, POLICY_OPTIONS } from '../src/rules/policy';
import type { Policy } from '../src/rules/types';
import type { Lang } from './i18n';

export const SETTINGS_KEY = 'ce.pane.settings';
export const MAPPINGS_KEY = 'ce.pane.mappings';

export interface PaneSettings {
  policy: Policy;
  /** Last year of the five-year window; null = the latest year in the ledger. */
  titleYear: number | null;
  /** Show full ID numbers (masked by default). */
  showIds: boolean;
  language: 'auto' | Lang;
}

export const DEFAULT_SETTINGS: Readonly<PaneSettings> = Object.freeze({
  policy: { ...DEFAULT_POLICY },
  titleYear: null,
  showIds: false,
  language: 'auto',
});

export function isValidTitleYear(y: unknown): y is number {
  return typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100;
}

/** Settings as stored → settings, each option checked against `POLICY_OPTIONS`. */
export function parseSettings(raw: unknown): PaneSettings {
  const out: PaneSettings = { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_POLICY } };
  if (!raw || typeof raw !== 'object') return out;
  const o = raw as Record<string, unknown>;
  const policy = (o.policy && typeof o.policy === 'object' ? o.policy : {}) as Record<string, unknown>;
  for (const option of POLICY_OPTIONS) {
    const v = policy[option.key];
    if (option.values.includes(v as string | boolean))
      (out.policy as unknown as Record<string, unknown>)[option.key] = v;
  }
  if (isValidTitleYear(o.titleYear)) out.titleYear = o.titleYear;
  if (typeof o.showIds === 'boolean') out.showIds = o.showIds;
  if (o.language === 'zh' || o.language === 'en' || o.language === 'auto') out.language = o.language;
  return out;
}

export function loadSettings(port: WorkbookPort): PaneSettings {
  return parseSettings(port.getSetting<unknown>(SETTINGS_KEY));
}

export async function saveSettings(port: WorkbookPort, settings: PaneSettings): Promise<void> {
  await port.setSetting(SETTINGS_KEY, settings);
}

/** A stored mapping: only known fields, each a non-negative column index. */
export function parseColumnMap(raw: unknown): ColumnMap | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: ColumnMap = {};
  for (const field of FIELD_CODES) {
    const v = (raw as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 16384) out[field as FieldCode] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Confirmed mappings by sheet name. */
export function loadMappings(port: WorkbookPort): Record<string, ColumnMap> {
  const raw = port.getSetting<unknown>(MAPPINGS_KEY);
  const out: Record<string, ColumnMap> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [sheet, value] of Object.entries(raw as Record<string, unknown>)) {
    const m = parseColumnMap(value);
    if (m) out[sheet] = m;
  }
  return out;
}

export async function saveMappings(port: WorkbookPort, mappings: Record<string, ColumnMap>): Promise<void> {
  await port.setSetting(MAPPINGS_KEY, mappings);
}
