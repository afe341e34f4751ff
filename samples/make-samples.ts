/**
 * Generates the sample ledgers, deterministically (a seeded generator, fixed
 * workbook dates): `npm run samples`.
 *
 * - `sample-ledger.xlsx`: one 台账 sheet with the mess real ledgers have (a
 *   title merged across the top, `姓  名`, `证件号码`, `课程类型（公需/专业）`,
 *   hours typed as `24学时`, dates as Excel serials or `2023.5.8-2023.5.13` in
 *   one cell, 小计 rows, the header repeated halfway down, one ID Excel turned
 *   into 3.70202E+17) and a 填表说明 sheet. About 50 people, 2019–2023: passing,
 *   failing, capped (四(三) 30), posted (四(四)2), maternity leave (四(四)4⑶),
 *   会计/卫生 series (四(六)2, 五) and COVID front line (四(六)1).
 * - `per-year.xlsx`: another unit's ledger, one sheet per year `2019年`…`2023年`,
 *   different column order and header words, and rows of a user-defined kind.
 * - `kinds.json`: that user-defined kind (四(四)5).
 *
 * Names and IDs are invented; IDs carry valid GB 11643 check digits and
 * Qingdao area codes (3702xx).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../src/ledger/parse/idNumber';
import { mulberry32 } from './random';

const YEARS = [2019, 2020, 2021, 2022, 2023] as const;
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));


const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN_M = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '志远', '建国', '海波', '晓东', '振华', '鹏', '浩然', '文博', '国栋', '立新'];
const GIVEN_F = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '婷', '雪', '晓燕', '丽华', '秀英', '欣怡', '雨萱', '佳琪', '梦瑶', '慧', '玲', '倩'];
/** 市南 市北 黄岛 崂山 李沧 城阳 即墨 胶州 平度 莱西 */
const AREAS = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];
const UNITS = ['青岛市第一中心实验室', '青岛海洋工程设计院', '青岛市农业科学研究院', '崂山区城市建设服务中心', '青岛港湾职业技术学院', '即墨区水利工程站'];
const SERIES = ['工程技术', '经济', '农业', '高等教育', '档案', '群众文化'];

type Profile =
  | 'pass'
  | 'fail-public'
  | 'fail-daily-cap'
  | 'capped-papers'
  | 'self-study'
  | 'posted'
  | 'maternity'
  | 'accounting'
  | 'health'
  | 'covid'
  | 'language'
  | 'new-title';

const PROFILES: Array<[Profile, number]> = [
  ['pass', 24],
  ['fail-public', 4],
  ['fail-daily-cap', 3],
  ['capped-papers', 3],
  ['self-study', 2],
  ['posted', 2],
  ['maternity', 3],
  ['accounting', 2],
  ['health', 2],
  ['covid', 2],
  ['language', 1],
  ['new-title', 2],
];

interface Person {
  name: string;
  id: string;
  sex: '男' | '女';
  unit: string;
  series: string;
  titleSince: string;
  profile: Profile;
}

export function makeId(rand: () => number, female: boolean): string {
  const area = AREAS[Math.floor(rand() * AREAS.length)];
  const year = 1965 + Math.floor(rand() * 30);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  let seq = 100 + Math.floor(rand() * 899);
  if ((seq % 2 === 1) === female) seq += seq === 999 ? -1 : 1; // 17th digit: odd = male
  const first17 = `${area}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
  return first17 + idCheckChar(first17);
}

function makePeople(rand: () => number): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  for (const [profile, n] of PROFILES) {
    for (let i = 0; i < n; i++) {
      const female = profile === 'maternity' || rand() < 0.45;
      let name = '';
      do {
        const given = female ? GIVEN_F : GIVEN_M;
        name = SURNAMES[Math.floor(rand() * SURNAMES.length)] + given[Math.floor(rand() * given.length)];
      } while (used.has(name));
      used.add(name);
      const series =
        profile === 'accounting' ? '会计' : profile === 'health' ? '卫生技术' : SERIES[Math.floor(rand() * SERIES.length)];
      const titleYear = profile === 'new-title' ? 2021 : 2008 + Math.floor(rand() * 10);
      people.push({
        name,
        id: makeId(rand, female),
        sex: female ? '女' : '男',
        unit: UNITS[Math.floor(rand() * UNITS.length)],
        series,
        titleSince: `${titleYear}年`,
        profile,
      });
    }
  }
  // Interleave profiles, as a real ledger lists people by department, not by verdict.
  return people.map((p, i) => ({ p, k: (i * 37) % people.length })).sort((a, b) => a.k - b.k).map((x) => x.p);
}

/** One ledger line, in the main sample's words. */
interface Line {
  year: number;
  kind: string;
  subject: string;
  title: string;
  hours: number | string | null;
  /** `2023.5.8-2023.5.12`, an Excel serial, or a Date. */
  period: string | number | Date | null;
  months?: number;
  result?: string;
  level?: string;
  score?: number;
  evidence?: string;
  remark?: string;
}

/** Excel's 1900 serial of a calendar day. */
function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
}

const TRAININGS = ['岗位培训：工程质量安全管理', '急需紧缺人才培训：数字化转型', '高级研修：海洋装备新技术', '岗位培训：项目管理实务'];
const EVENTS = ['学术会议：山东省学术年会', '专题讲座：科技成果转化', '新技术推广：BIM 应用', '技术操作示范：检测设备'];
const PUBLIC_TITLES = ['专业技术人员公需科目：数字经济', '公需科目：习近平新时代中国特色社会主义思想专题', '公需科目：知识产权保护', '公需科目：心理健康与压力管理', '公需科目：全面推进乡村振兴'];

function ordinaryYear(rand: () => number, year: number, opts: { public?: boolean; dailyCapBreach?: boolean } = {}): Line[] {
  const lines: Line[] = [];
  if (opts.public !== false) {
    lines.push({
      year,
      kind: '公需科目',
      subject: '公需',
      title: PUBLIC_TITLES[year - 2019],
      hours: rand() < 0.3 ? '30学时' : 30,
      period: `${year}.3.1-${year}.6.30`,
      result: rand() < 0.5 ? '合格' : '考试合格',
      evidence: '山东省专业技术人员管理服务平台学时证明',
    });
  }
  const m = 3 + Math.floor(rand() * 7);
  const d = 1 + Math.floor(rand() * 20);
  // 5 days, 40 hours: exactly 8 a day (四(一)2).
  lines.push({
    year,
    kind: '岗位培训',
    subject: '专业',
    title: TRAININGS[Math.floor(rand() * TRAININGS.length)],
    hours: opts.dailyCapBreach ? 56 : 40,
    period: `${year}.${m}.${d}-${year}.${m}.${d + 4}`,
    result: '合格',
    evidence: '结业证书',
    ...(opts.dailyCapBreach ? { remark: '含晚间自学' } : {}),
  });
  // 3 days, 24 hours, typed with its unit. (Left out in a year of 56 claimed for 5 days:
  // 64 claimed looks enough, 48 credited is not.)
  const m2 = m + 1;
  if (!opts.dailyCapBreach) lines.push({
    year,
    kind: '学术会议',
    subject: '专业',
    title: EVENTS[Math.floor(rand() * EVENTS.length)],
    hours: '24学时',
    period: `${year}.${m2}.${d}-${year}.${m2}.${d + 2}`,
    evidence: '参会证明',
  });
  // One day lectures: the date as an Excel serial (a number formatted as a date).
  {
    lines.push({
      year,
      kind: '专题讲座',
      subject: '专业类',
      title: '专题讲座：行业标准解读',
      hours: 8,
      period: serial(year, 11, 5 + Math.floor(rand() * 20)),
      evidence: '签到表',
    });
  }
  return lines;
}

function linesFor(p: Person, rand: () => number): Line[] {
  const out: Line[] = [];
  for (const year of YEARS) {
    switch (p.profile) {
      case 'fail-public':
        out.push(...ordinaryYear(rand, year, { public: year !== 2022 }));
        break;
      case 'fail-daily-cap':
        // 56 hours claimed in 5 days: credited 40 (8 a day, 四(一)2), professional falls short in 2021.
        out.push(...ordinaryYear(rand, year, { dailyCapBreach: year === 2021 }));
        break;
      case 'capped-papers':
        if (year === 2020) {
          out.push(...ordinaryYear(rand, year).filter((l) => l.subject === '公需'));
          for (let i = 1; i <= 4; i++) {
            out.push({
              year,
              kind: '论文',
              subject: '专业',
              title: `论文：海洋工程结构监测方法研究（${i}）`,
              hours: 10,
              period: new Date(Date.UTC(2020, 2 + i * 2, 15)),
              evidence: `《山东工程》2020年第${i}期`,
            });
          }
          out.push({ year, kind: '岗位培训', subject: '专业', title: '岗位培训：项目管理实务', hours: 40, period: '2020.9.7-2020.9.11', evidence: '结业证书' });
        } else out.push(...ordinaryYear(rand, year));
        break;
      case 'self-study':
        if (year >= 2020 && year <= 2022) {
          out.push(...ordinaryYear(rand, year).filter((l) => l.subject === '公需'));
          out.push({
            year,
            kind: '在职学历教育',
            subject: '专业',
            title: '在职研究生：工程管理硕士',
            hours: '',
            period: '2020.9.1-2022.6.30',
            evidence: '学籍证明',
            remark: '每年计10学时',
          });
          out.push(...ordinaryYear(rand, year).filter((l) => l.kind === '岗位培训' || l.kind === '学术会议'));
        } else out.push(...ordinaryYear(rand, year));
        break;
      case 'posted':
        if (year === 2021) {
          out.push({ year, kind: '援派', subject: '', title: '援青：海北州技术援助', hours: null, period: '2021.1.1-2021.12.31', months: 12, evidence: '组织部派遣文件' });
        } else out.push(...ordinaryYear(rand, year));
        break;
      case 'maternity':
        if (year === 2022) {
          out.push({ year, kind: '产假', subject: '', title: '休产假', hours: null, period: '2022.3.1-2022.7.31', months: 5, evidence: '单位批准' });
          out.push(...ordinaryYear(rand, year).filter((l) => l.subject === '公需'));
          out.push({ year, kind: '岗位培训', subject: '专业', title: '岗位培训：质量管理', hours: 24, period: '2022.10.10-2022.10.12', evidence: '结业证书' });
        } else out.push(...ordinaryYear(rand, year));
        break;
      case 'covid':
        if (year === 2022) {
          out.push({ year, kind: '新冠防控一线', subject: '', title: '参加疫情防控一线工作', hours: null, period: '2022.3.10-2022.5.20', evidence: '区防控指挥部证明' });
        } else out.push(...ordinaryYear(rand, year));
        break;
      case 'language':
        out.push(...ordinaryYear(rand, year));
        if (year === 2021) out.push({ year, kind: '职称外语', subject: '公需', title: '职称英语（综合类）', hours: null, period: new Date(Date.UTC(2021, 4, 22)), level: 'B级', score: 72, evidence: '成绩单' });
        break;
      case 'new-title':
        if (year >= 2021) out.push(...ordinaryYear(rand, year));
        break;
      default: // pass, accounting, health
        out.push(...ordinaryYear(rand, year));
    }
  }
  return out;
}

const MAIN_HEADER = [
  '序号',
  '姓  名',
  '证件号码',
  '性别',
  '工作单位',
  '职称系列',
  '取得现职称时间',
  '年度',
  '学习形式',
  '课程类型（公需/专业）',
  '项目名称',
  '学时',
  '起止时间',
  '月数',
  '考核结果',
  '外语等级',
  '成绩',
  '证明材料',
  '备注',
];

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ce-compliance samples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function mainWorkbook(people: Person[], rand: () => number): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('继续教育台账');
  ws.addRow(['青岛市某单位专业技术人员继续教育学时登记台账（2019—2023年）']);
  ws.mergeCells(1, 1, 1, MAIN_HEADER.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  styleHeader(ws.addRow(MAIN_HEADER));
  ws.columns.forEach((c, i) => (c.width = [6, 10, 21, 6, 24, 10, 14, 8, 14, 12, 34, 9, 22, 6, 10, 8, 6, 26, 14][i] ?? 10));
  let seq = 0;
  const half = Math.floor(people.length / 2);
  people.forEach((p, index) => {
    if (index === half) styleHeader(ws.addRow(MAIN_HEADER)); // a second page pasted below the first
    let sum = 0;
    const lines = linesFor(p, rand);
    lines.forEach((l, li) => {
      seq++;
      // The one ID Excel turned into a number: shown as 3.70202E+17, its last digits lost.
      const id: string | number = index === 7 && li === 2 ? Number(p.id.slice(0, 15)) * 1000 : p.id;
      const row = ws.addRow([
        seq,
        p.name,
        id,
        p.sex,
        p.unit,
        p.series,
        p.titleSince,
        l.year,
        l.kind,
        l.subject,
        l.title,
        l.hours,
        l.period,
        l.months ?? null,
        l.result ?? null,
        l.level ?? null,
        l.score ?? null,
        l.evidence ?? null,
        l.remark ?? null,
      ]);
      if (typeof id === 'number') row.getCell(3).numFmt = '0.00000E+00';
      if (typeof l.period === 'number' || l.period instanceof Date) row.getCell(13).numFmt = 'yyyy-mm-dd';
      const h = typeof l.hours === 'number' ? l.hours : Number(String(l.hours ?? '').replace(/学时/, '')) || 0;
      sum += h;
    });
    // Every fifth person, the clerk added a 小计 row.
    if (index % 5 === 4) ws.addRow(['', `${p.name} 小计`, '', '', '', '', '', '', '', '', '', sum]).font = { italic: true };
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  const notes = wb.addWorksheet('填表说明');
  [
    '填表说明',
    '一、每人每项学习活动填写一行；同一人多项活动分多行填写。',
    '二、证件号码请填写18位公民身份号码，单元格设置为文本格式，避免显示为科学计数法。',
    '三、学习形式按青人社字〔2023〕14号第四条填写，如公需科目、岗位培训、学术会议、论文、援派、产假等。',
    '四、起止时间格式：2023.5.8-2023.5.13；学时填写数字。',
    '五、援派、产假等按月折算的，请填写月数并附单位批准材料。',
  ].forEach((t) => notes.addRow([t]));
  notes.getColumn(1).width = 90;
  return wb;
}

const PER_YEAR_HEADER = ['身份证号', '人员姓名', '职称系列', '培训形式', '学时类别', '培训内容', '开始日期', '结束日期', '培训天数', '获得学时', '佐证材料'];

function perYearWorkbook(rand: () => number): ExcelJS.Workbook {
  const wb = newWorkbook();
  const people: Person[] = [];
  for (let i = 0; i < 10; i++) {
    const female = i % 2 === 1;
    const given = female ? GIVEN_F : GIVEN_M;
    people.push({
      name: SURNAMES[(i * 7 + 3) % SURNAMES.length] + given[(i * 3 + 1) % given.length],
      id: makeId(rand, female),
      sex: female ? '女' : '男',
      unit: '青岛市政工程设计研究院',
      series: i === 9 ? '会计' : '工程技术',
      titleSince: '2012年',
      profile: 'pass',
    });
  }
  for (const year of YEARS) {
    const ws = wb.addWorksheet(`${year}年`);
    styleHeader(ws.addRow(PER_YEAR_HEADER));
    people.forEach((p, i) => {
      const start = (m: number, d: number): Date => new Date(Date.UTC(year, m - 1, d));
      ws.addRow([p.id, p.name, p.series, '公需科目', '公需', '公需科目网络学习', start(4, 1), start(6, 30), null, 30, '平台学时证明']);
      // Person 4 falls short in 2023: a 3-day course, 56 professional hours in all.
      const short = i === 4 && year === 2023;
      ws.addRow([p.id, p.name, p.series, '岗位培训', '专业', '岗位培训：城市道路设计规范', start(5, 8), start(5, short ? 10 : 12), short ? 3 : 5, short ? 24 : 40, '结业证书']);
      ws.addRow([p.id, p.name, p.series, '专题讲座', '专业', '专题讲座：海绵城市', start(9, 6), start(9, 7), 2, 16, '签到表']);
      // A user-defined kind (kinds.json): 8 per judging, at most 16 a year.
      if (i % 3 === 0) {
        ws.addRow([p.id, p.name, p.series, '技能竞赛裁判', '专业', '青岛市职业技能大赛裁判', start(10, 20), start(10, 21), 2, null, '裁判聘书']);
        ws.addRow([p.id, p.name, p.series, '技能竞赛裁判', '专业', '山东省职业技能大赛裁判', start(11, 15), start(11, 16), 2, null, '裁判聘书']);
      } else {
        ws.addRow([p.id, p.name, p.series, '新技术推广', '专业', '新技术推广：装配式建筑', start(11, 3), start(11, 4), 2, 16, '参会证明']);
      }
    });
    ws.getColumn(1).width = 21;
    ws.getColumn(7).numFmt = 'yyyy-mm-dd';
    ws.getColumn(8).numFmt = 'yyyy-mm-dd';
  }
  return wb;
}

export const SAMPLE_KINDS = {
  kinds: [
    {
      code: 'skills-judge',
      name: '职业技能竞赛裁判',
      nameEn: 'Skills competition judge',
      aliases: ['技能竞赛裁判', '竞赛裁判', '技能大赛裁判'],
      clause: '四(四)5',
      clauseText: '（示例）年度继续教育工作通知：担任市级及以上职业技能竞赛裁判的，每次折算8学时，每年最多16学时',
      credit: { type: 'perItem', hoursPerItem: 8 },
      subject: 'professional',
      yearlyCap: 16,
      evidence: ['裁判聘书'],
    },
  ],
};

/** Writes the three samples into `dir`; returns their paths. */
export async function makeSamples(dir: string): Promise<{ main: string; perYear: string; kinds: string }> {
  mkdirSync(dir, { recursive: true });
  const rand = mulberry32(20230514);
  const main = join(dir, 'sample-ledger.xlsx');
  const perYear = join(dir, 'per-year.xlsx');
  const kinds = join(dir, 'kinds.json');
  await mainWorkbook(makePeople(rand), rand).xlsx.writeFile(main);
  await perYearWorkbook(rand).xlsx.writeFile(perYear);
  writeFileSync(kinds, `${JSON.stringify(SAMPLE_KINDS, null, 2)}\n`);
  return { main, perYear, kinds };
}

if (require.main === module) {
  makeSamples(process.argv[2] ?? __dirname).then(
    (p) => process.stdout.write(`${Object.values(p).join('\n')}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
