/** Findings grouped by the row they are on (sheet-level and person-level ones apart), worst first within a row. */
import type { Finding, Severity } from '../src/ledger/types';

export interface FindingGroup {
  key: string;
  sheet: string;
  /** 1-based row, or null for a sheet- or person-level group. */
  row: number | null;
  personKey?: string;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const onRow = f.row !== null && f.row > 0;
    const key = onRow
      ? `${f.file ?? ''}|${f.sheet}!${f.row}`
      : `${f.file ?? ''}|${f.sheet}|${f.personKey ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, sheet: f.sheet, row: onRow ? f.row : null, findings: [] };
      if (f.personKey !== undefined) g.personKey = f.personKey;
      groups.set(key, g);
    }
    if (g.personKey === undefined && f.personKey !== undefined) g.personKey = f.personKey;
    g.findings.push(f);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return [...groups.values()];
}
