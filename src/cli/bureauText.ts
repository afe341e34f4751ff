/**
 * A district bureau's views as text: the roll-up per unit (`--by-unit`) and
 * the spot-check sample (`--sample`), each person with the records to check
 * and the evidence the notice names for them. Pure.
 */
import { fillTemplate, type Lang } from '../i18n/format';
import type { ReportPersonSummary } from '../report/types';
import { unitOf, type UnitRow } from '../report/units';
import { personStanding } from '../report/verdict';
import type { ReportOptions } from '../report/types';

const WORDS = {
  zh: {
    units: '单位汇总：',
    unitLine:
      '  {unit}：{people} 人，达标 {passing}，未达标 {failing}，待核实 {review}，按行业规定 {sector}，达标率 {share}',
    total: '合计',
    noShare: '—',
    sample: '抽查名单（{count} 人，随机种子 {seed}）：',
    sampleLine: '  {unit}  {name}  {id}  {verdict}',
    verdict: { pass: '达标', fail: '未达标', review: '待核实', sector: '按行业规定' },
    noId: '（无身份证号）',
  },
  en: {
    units: 'By unit:',
    unitLine:
      '  {unit}: {people} people, {passing} pass, {failing} fail, {review} to verify, {sector} by sector rules, {share} passing',
    total: 'Total',
    noShare: '—',
    sample: 'Spot-check sample ({count} people, seed {seed}):',
    sampleLine: '  {unit}  {name}  {id}  {verdict}',
    verdict: { pass: 'pass', fail: 'fail', review: 'to verify', sector: 'by sector rules' },
    noId: '(no ID number)',
  },
} as const;

const percent = (x: number | null, lang: Lang): string =>
  x === null ? WORDS[lang].noShare : `${Math.round(x * 1000) / 10}%`;

export function renderUnits(rows: readonly UnitRow[], lang: Lang): string {
  const W = WORDS[lang];
  const lines: string[] = [W.units];
  for (const r of rows)
    lines.push(
      fillTemplate(W.unitLine, { ...r, unit: r.unit || W.total, share: percent(r.passShare, lang) }),
    );
  return `${lines.join('\n')}\n`;
}

export function renderSample(
  sample: readonly ReportPersonSummary[],
  options: Pick<ReportOptions, 'year' | 'titleYear'>,
  seed: number,
  lang: Lang,
): string {
  const W = WORDS[lang];
  const lines: string[] = [fillTemplate(W.sample, { count: sample.length, seed })];
  for (const p of sample) {
    const standing = personStanding(p, options) ?? 'sector';
    lines.push(
      fillTemplate(W.sampleLine, {
        unit: unitOf(p),
        name: p.name || '?',
        id: p.id ?? W.noId,
        verdict: W.verdict[standing],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
