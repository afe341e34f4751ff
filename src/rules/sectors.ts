/**
 * Series whose hours follow their own sector's rules (四(六)2, 五).
 * interpretations.md: not judged by this notice, status "按行业规定"; option
 * `judgeSectorStaff` judges them anyway.
 */
import { normaliseText } from './text';
import type { SectorRule } from './types';

export const SECTOR_RULES: readonly SectorRule[] = [
  {
    code: 'health',
    name: '卫生系列',
    nameEn: 'Health series',
    aliases: [
      '卫生',
      '卫生技术',
      '医疗卫生',
      '卫生系列',
      '医师',
      '医生',
      '护理',
      '护士',
      '护师',
      '药学',
      '药师',
      '卫生专业技术人员',
      '卫生技术人员',
      '医疗',
      '医技',
      '医学',
      '住院医师',
      '主治医师',
      '副主任医师',
      '主任医师',
      '主管护师',
      '副主任护师',
      '主任护师',
      '主管药师',
      '副主任药师',
      '主任药师',
    ],
    clause: '五',
    clauseText:
      '申报卫生……职称系列的继续教育学时认定、登记工作，分别由市卫生健康委（市卫生健康人才发展中心）……负责并按其规定执行',
    authority: '市卫生健康委（市卫生健康人才发展中心）',
    authorityEn: 'the Qingdao Health Commission (its health talent centre)',
  },
  {
    code: 'school-teacher',
    name: '中小学教师系列',
    nameEn: 'Primary and secondary school teachers',
    aliases: [
      '中小学教师',
      '中小学',
      '中学教师',
      '小学教师',
      '中小学教师系列',
      '幼儿园教师',
      '中小学幼儿园教师',
      '中学高级教师',
      '中学一级教师',
      '中学二级教师',
      '小学高级教师',
      '小学一级教师',
      '小学二级教师',
    ],
    clause: '四(六)2',
    clauseText:
      '中小学教师、会计人员、社会工作者继续教育，其省级及以上行业主管部门已制定相关规定的从其规定。（五：市教育局负责）',
    authority: '市教育局',
    authorityEn: 'the Qingdao Education Bureau',
  },
  {
    code: 'accounting',
    name: '会计系列',
    nameEn: 'Accounting series',
    aliases: [
      '会计',
      '会计师',
      '会计系列',
      '会计人员',
      '会计专业',
      '助理会计师',
      '高级会计师',
      '正高级会计师',
    ],
    clause: '四(六)2',
    clauseText:
      '中小学教师、会计人员、社会工作者继续教育，其省级及以上行业主管部门已制定相关规定的从其规定。（五：市财政局负责）',
    authority: '市财政局',
    authorityEn: 'the Qingdao Finance Bureau',
  },
  {
    code: 'social-work',
    name: '社会工作者',
    nameEn: 'Social workers',
    aliases: ['社会工作者', '社会工作', '社会工作师', '社工', '助理社会工作师', '高级社会工作师'],
    clause: '四(六)2',
    clauseText:
      '中小学教师、会计人员、社会工作者继续教育，其省级及以上行业主管部门已制定相关规定的从其规定。',
    authority: '省级及以上行业主管部门',
    authorityEn: 'the provincial or national authority of the sector',
  },
];

/** Each sector list's aliases, normalised once, by the series text they name. */
const ALIASES = new WeakMap<readonly SectorRule[], Map<string, SectorRule>>();
/** Each sector list's answers by 职称系列 text: a ledger has few distinct texts. */
const ANSWERS = new WeakMap<readonly SectorRule[], Map<string, SectorRule | null>>();
const MAX_ANSWERS = 1000;

/**
 * The sector a 职称系列 text belongs to: the series is the text before a
 * bracket (the bracket names the speciality), matched as a whole series name
 * or alias, never as a substring of another series (interpretations.md).
 * @example matchSector('卫生（护理）')?.code === 'health'
 * @example matchSector('农业（兽医师）') === undefined   // 农业, not 卫生
 * @example matchSector('工程（环境卫生）') === undefined // 工程
 */
export function matchSector(
  series: string | undefined,
  sectors: readonly SectorRule[] = SECTOR_RULES,
): SectorRule | undefined {
  if (!series) return undefined;
  let answers = ANSWERS.get(sectors);
  if (!answers) {
    answers = new Map();
    ANSWERS.set(sectors, answers);
  }
  const known = answers.get(series);
  if (known !== undefined) return known ?? undefined;
  const found = findSector(series, sectors);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(series, found ?? null);
  return found;
}

/**
 * The series part of a 职称系列 text, normalised: before the first bracket,
 * without a trailing 系列 or 职称.
 * @example seriesHead('卫生系列（护理）') === '卫生'; seriesHead('工程（环境卫生）') === '工程'
 */
export function seriesHead(series: string): string {
  const text = normaliseText(series);
  const cut = text.search(/[([【〔]/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  return head.replace(/(系列|职称)$/u, '');
}

function findSector(series: string, sectors: readonly SectorRule[]): SectorRule | undefined {
  const head = seriesHead(series);
  if (!head) return undefined;
  let aliases = ALIASES.get(sectors);
  if (!aliases) {
    aliases = new Map();
    for (const sector of sectors)
      for (const a of sector.aliases) {
        aliases.set(normaliseText(a), sector);
        aliases.set(seriesHead(a), sector);
      }
    ALIASES.set(sectors, aliases);
  }
  return aliases.get(head);
}
