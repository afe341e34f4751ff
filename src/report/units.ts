/**
 * A district bureau's roll-up (六(三) 定期检查或随机抽查): people, 达标, 未达标,
 * 待核实 and 按行业规定 per employer, and the share passing among those this
 * notice judges. One file per employer: the unit is the file's name.
 */
import { personStanding } from './verdict';
import type { ReportOptions, ReportPersonSummary } from './types';

export interface UnitRow {
  unit: string;
  people: number;
  passing: number;
  failing: number;
  review: number;
  sector: number;
  /** passing ÷ (people − sector), or null when nobody is judged by this notice. */
  passShare: number | null;
}

/** `/data/2023/市立医院.xlsx` → `市立医院`. */
export function unitOfFile(file: string | undefined): string {
  if (file === undefined) return '';
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export const unitOf = (p: ReportPersonSummary): string => unitOfFile(p.file);

/** One row per unit, in the order units first appear; the last row is the total (unit ''). */
export function unitRollUp(
  people: readonly ReportPersonSummary[],
  options: Pick<ReportOptions, 'year' | 'titleYear'>,
): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  const empty = (unit: string): UnitRow => ({
    unit,
    people: 0,
    passing: 0,
    failing: 0,
    review: 0,
    sector: 0,
    passShare: null,
  });
  const total = empty('');
  for (const p of people) {
    const unit = unitOf(p);
    let row = rows.get(unit);
    if (!row) rows.set(unit, (row = empty(unit)));
    const standing = personStanding(p, options);
    for (const r of [row, total]) {
      r.people++;
      if (standing === null) r.sector++;
      else if (standing === 'pass') r.passing++;
      else if (standing === 'review') r.review++;
      else r.failing++;
    }
  }
  const out = [...rows.values(), total];
  for (const r of out) {
    const judged = r.people - r.sector;
    r.passShare = judged > 0 ? r.passing / judged : null;
  }
  return out;
}
