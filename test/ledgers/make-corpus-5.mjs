// The corpus's sixth batch (file 22): a port group's ledger with the 年度 merged down per
// person-year (and 序号 / 姓名 / 身份证号 per person), a 时长/数量 column with months and
// items in Chinese numerals (三个月, 十二个月, 半年, 两篇), and a 审核情况 column with 待审核 /
// 审核中. Unlike batches 1–5 it was written by the helper that taught the reader these three
// things, so it checks them on a whole ledger rather than testing the reader blind; the
// expected credits in expected-5.json are still worked by hand from the notice.
// Run from the repository root: node test/ledgers/make-corpus-5.mjs
import ExcelJS from 'exceljs';
const out = new URL('./files', import.meta.url).pathname;

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
const id = (s17) => s17 + C[[...s17].reduce((a, d, i) => a + Number(d) * W[i], 0) % 11];
const fixed = new Date(Date.UTC(2025, 0, 1));

// 学习形式 科目类别 学习内容 起止时间 时长/数量 审核情况 证明材料, by person and 年度.
const people = [
  {
    name: '孙立新',
    id: id('37020219820315123'),
    years: {
      2024: [
        ['公需科目', '公需科目', '2024年度公需科目网络培训', '', 30, '已审核', '考试合格证明'],
        ['岗位培训', '专业科目', '港口安全生产岗位培训', '2024.4.8-4.12', 40, '已审核', '培训证书'],
        ['论文', '专业科目', '论文《集装箱码头装卸工艺优化》等', '', '两篇', '已审核', '期刊目录页'],
      ],
      2025: [
        ['公需科目', '公需科目', '2025年度公需科目网络培训', '', 30, '已审核', '考试合格证明'],
        ['学术会议', '专业科目', '全国港口技术交流会', '2025.6.10-6.11', 16, '已审核', '会议通知'],
        ['岗位培训', '专业科目', '自动化码头操作培训', '2025.9.1-9.6', 48, '已审核', '培训证书'],
        ['专题讲座', '专业科目', '《安全生产法》专题讲座', '2025.11.20', 4, '待审核', '讲座通知'],
      ],
    },
  },
  {
    name: '周晓燕',
    id: id('37020319880621242'),
    years: {
      2024: [
        ['公需科目', '公需科目', '2024年度公需科目网络培训', '', 30, '已审核', '考试合格证明'],
        ['产假', '', '产假', '', '半年', '已审核', '单位批准，生育证明'],
        ['岗位培训', '专业科目', '港口调度业务培训', '2024.10.14-10.16', 24, '已审核', '培训证书'],
        ['学术会议', '专业科目', '港航物流学术年会', '2024.11.5', 8, '已审核', '会议通知'],
      ],
      2025: [
        ['公需科目', '公需科目', '2025年度公需科目网络培训', '', 30, '已审核', '考试合格证明'],
        ['援派', '', '援疆（喀什港区技术支援）', '', '三个月', '已审核', '组织部选派文件'],
        ['岗位培训', '专业科目', '集装箱码头安全培训', '2025.5.12-5.16', 40, '已审核', '培训证书'],
        ['专题讲座', '专业科目', '智慧港口新技术讲座', '2025.9.9', 8, '待审核', '讲座通知'],
      ],
    },
  },
  {
    name: '韩冰',
    id: id('37021119790908351'),
    years: {
      2024: [
        ['公需科目', '公需科目', '2024年度公需科目网络培训', '', 30, '已审核', '考试合格证明'],
        ['岗位培训', '专业科目', '港口机械维修技术培训', '2024.6.3-6.10', 60, '审核中', '培训证书'],
      ],
      2025: [['病假', '', '重病病假（全年）', '', '十二个月', '已审核', '病假证明，单位批准']],
    },
  },
];

const wb = new ExcelJS.Workbook();
wb.creator = 'HR';
wb.created = fixed;
wb.modified = fixed;
const ws = wb.addWorksheet('继续教育台账');
ws.mergeCells('A1:L1');
ws.getCell('A1').value = '青岛某港务集团有限公司 专业技术人员继续教育台账（2024—2025年度）';
ws.getRow(2).values = ['序号', '姓名', '身份证号', '年度', '学习形式', '科目类别', '学习内容', '起止时间', '时长/数量', '审核情况', '证明材料', '备注'];
let r = 3;
people.forEach((p, n) => {
  const first = r;
  for (const [year, acts] of Object.entries(p.years)) {
    const yearFirst = r;
    acts.forEach((a, i) => {
      // Only the first cell of a merge holds its value in the file.
      ws.getRow(r).values = [
        r === first ? n + 1 : null,
        r === first ? p.name : null,
        r === first ? p.id : null,
        i === 0 ? Number(year) : null,
        ...a,
        '',
      ];
      r++;
    });
    if (r - 1 > yearFirst) ws.mergeCells(`D${yearFirst}:D${r - 1}`);
  }
  if (r - 1 > first) for (const c of 'ABC') ws.mergeCells(`${c}${first}:${c}${r - 1}`);
});
ws.getRow(r + 1).values = ['制表人：', '李娟', '', '审核人：', '王海', '', '', '', '填报日期：', '2026年1月10日'];
await wb.xlsx.writeFile(`${out}/22-port-merged-years.xlsx`);
