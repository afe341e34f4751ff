/**
 * Yearly caps per person per calendar year (interpretations.md: "Caps apply per
 * person per calendar year").
 */
import type { CapGroup } from './types';

export const CAP_GROUPS: readonly CapGroup[] = [
  // 四(一)1: "每年不超过30学时" — this clause only.
  {
    code: 'public-course',
    clause: '四(一)1',
    name: '公需科目学习',
    nameEn: 'public-subject courses',
    yearlyCap: 30,
  },
  // 四(二): "每年累计不超过40学时".
  { code: 'self-study', clause: '四(二)', name: '自学类', nameEn: 'self-study', yearlyCap: 40 },
  // 四(三): results and publications together, "每年累计不超过30学时".
  {
    code: 'achievements',
    clause: '四(三)',
    name: '成果论文类',
    nameEn: 'results and publications',
    yearlyCap: 30,
  },
];

export function capGroupIndex(groups: readonly CapGroup[]): Map<string, CapGroup> {
  return new Map(groups.map((g) => [g.code, g]));
}
