// The corpus's ninth batch (files 28–29): written blind, from the notice and interpretations.md
// alone, before reading the parser, the way a Qingdao HR officer keeps a ledger; expected credits
// by hand in expected-9.json. 28 is a register kept one row per person (培训项目1/学时1 …), which
// the checker reads pair by pair (src/ledger/wideReader.ts, batch9.test.ts); 29 is a form pasted from Word.
// Run from the repository root: node test/ledgers/make-corpus-9.mjs
import ExcelJS from 'exceljs';
const out = new URL('./files', import.meta.url).pathname;
const fixed = new Date(Date.UTC(2025, 0, 1));
function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'HR';
  wb.created = fixed;
  wb.modified = fixed;
  return wb;
}

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
function id(region, birth, seq) {
  const body = `${region}${birth}${seq}`;
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * W[i];
  return body + C[s % 11];
}

const thin = { style: 'thin' };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const center = { vertical: 'middle', horizontal: 'center', wrapText: true };

// ---------------------------------------------------------------- 1. wide register
async function wide() {
  const wb = book();
  const ws = wb.addWorksheet('2025年度登记表');
  const last = 23; // W
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = '青岛某城市建设集团有限公司专业技术人员继续教育学时登记表（2025年度）';
  ws.getCell(1, 1).font = { name: '方正小标宋简体', size: 16, bold: true };
  ws.getCell(1, 1).alignment = center;
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value =
    '填报单位（盖章）：青岛某城市建设集团有限公司人力资源部                              填报时间：2025年12月20日';

  const single = ['序号', '姓名', '身份证号', '职称', '部门'];
  single.forEach((t, i) => {
    ws.mergeCells(3, i + 1, 4, i + 1);
    ws.getCell(3, i + 1).value = t;
  });
  ws.mergeCells(3, 6, 3, 7);
  ws.getCell(3, 6).value = '公需科目';
  ws.getCell(4, 6).value = '学习内容';
  ws.getCell(4, 7).value = '学时';
  ws.mergeCells(3, 8, 3, 20);
  ws.getCell(3, 8).value = '专业科目';
  for (let k = 1; k <= 6; k++) {
    ws.getCell(4, 8 + (k - 1) * 2).value = `培训项目${k}`;
    ws.getCell(4, 9 + (k - 1) * 2).value = `学时${k}`;
  }
  ws.getCell(4, 20).value = '小计';
  [
    [21, '合计学时'],
    [22, '完成情况'],
    [23, '备注'],
  ].forEach(([c, t]) => {
    ws.mergeCells(3, c, 4, c);
    ws.getCell(3, c).value = t;
  });

  const people = [
    {
      name: '王建国',
      id: id('370202', '19860314', '031'),
      title: '工程师',
      dept: '工程管理部',
      gx: ['2025年度专业技术人员公需科目网络培训', 30],
      zy: [
        ['建筑施工安全技术培训（3天）', 24],
        ['BIM技术应用研修班（2天）', 16],
        ['论文《装配式建筑节点设计探讨》', 10],
        ['一级建造师（建筑工程）执业资格考试合格', 16],
      ],
      total: 96,
      done: '已完成',
      note: '',
    },
    {
      name: '李秀英',
      id: id('370203', '19790722', '046'),
      title: '高级工程师',
      dept: '市政设计院',
      gx: ['2025年度公需科目网络培训及专题讲座', 36],
      zy: [
        ['市政工程新技术推广会（1天）', 12],
        ['赴德国考察学习（7天）', 20],
        ['道路桥梁养护技术研修班（3天）', 24],
        ['专题讲座：海绵城市建设（1天）', 8],
      ],
      total: 100,
      done: '已完成',
      note: '考察报告已存档',
    },
    {
      name: '张伟',
      id: id('370211', '19930105', '017'),
      title: '助理工程师',
      dept: '技术质量部',
      gx: ['2025年度公需科目网络培训', 32],
      zy: [
        ['在职工程硕士学历教育（2024.9-2027.6）', 40],
        ['论文《深基坑支护监测数据分析》', 10],
        ['论文《城市道路沥青路面病害处治》', 10],
        ['市级科研课题《老旧管网更新技术研究》结题', 10],
        ['实用新型专利：一种检查井防沉降装置', 10],
        ['岗位培训：质量员继续教育（2天）', 16],
      ],
      total: 128,
      done: '已完成',
      note: '学历教育每学期学分证明见档案',
    },
    {
      name: '刘芳',
      id: id('370212', '19880930', '028'),
      title: '主管护师',
      dept: '集团职工医务室',
      gx: ['2025年度公需科目网络培训', 30],
      zy: [
        ['Ⅰ类学分项目：护理质量管理新进展（3天）', 24],
        ['Ⅱ类学分：院内业务学习（全年）', 40],
      ],
      total: 94,
      done: '已完成',
      note: '卫生系列，学分另见卫健委继续医学教育平台',
    },
    {
      name: '陈磊',
      id: id('370213', '19900418', '055'),
      title: '工程师',
      dept: '机电安装分公司',
      gx: ['2025年度公需科目网络培训', '已完成'],
      zy: [
        ['机电安装工程技术培训（3天）', 24],
        ['建筑电气新规范宣贯（2天）', 16],
        ['山东省安装行业学术年会（1天）', 8],
        ['专业技术人员继续教育平台专业课程（网络）', 12],
      ],
      total: 60,
      done: '已完成',
      note: '公需科目学时以平台证书为准',
    },
    {
      name: '孙丽',
      id: id('370214', '19850611', '082'),
      title: '经济师',
      dept: '财务资产部',
      gx: ['2025年度公需科目网络培训', 30],
      zy: [],
      subtotal: 64,
      total: 94,
      done: '已完成',
      note: '参加公司组织的合同管理、财务风险防控等岗位培训8次，详见培训签到表',
    },
  ];

  let r = 5;
  people.forEach((p, i) => {
    const row = ws.getRow(r);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = p.name;
    row.getCell(3).value = p.id;
    row.getCell(4).value = p.title;
    row.getCell(5).value = p.dept;
    row.getCell(6).value = p.gx[0];
    row.getCell(7).value = p.gx[1];
    p.zy.forEach(([t, h], k) => {
      row.getCell(8 + k * 2).value = t;
      row.getCell(9 + k * 2).value = h;
    });
    row.getCell(20).value = p.subtotal ?? p.zy.reduce((s, [, h]) => s + h, 0);
    row.getCell(21).value = p.total;
    row.getCell(22).value = p.done;
    row.getCell(23).value = p.note;
    r++;
  });
  const sumRow = ws.getRow(r);
  ws.mergeCells(r, 1, r, 5);
  sumRow.getCell(1).value = '合计';
  sumRow.getCell(7).value = people.reduce((s, p) => s + (typeof p.gx[1] === 'number' ? p.gx[1] : 0), 0);
  sumRow.getCell(20).value = people.reduce(
    (s, p) => s + (p.subtotal ?? p.zy.reduce((a, [, h]) => a + h, 0)),
    0,
  );
  sumRow.getCell(21).value = people.reduce((s, p) => s + p.total, 0);
  for (let rr = 3; rr <= r; rr++)
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(rr, c);
      cell.border = box;
      cell.alignment = center;
    }
  ws.getCell(r + 2, 1).value =
    '填表人：赵晓燕                审核人：王志刚                单位负责人：刘大伟';
  ws.getColumn(3).width = 21;
  ws.getColumn(6).width = 26;
  for (let c = 8; c <= 19; c += 2) ws.getColumn(c).width = 24;
  ws.getColumn(23).width = 30;
  await wb.xlsx.writeFile(`${out}/28-city-construction-wide-register-2025.xlsx`);
}

// ---------------------------------------------------------------- 2. Word form pasted
async function wordForm() {
  const wb = book();
  const ws = wb.addWorksheet('Sheet1');
  let r = 1;
  const title = (page) => {
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value = '专业技术人员继续教育学时登记表（2024—2025年度）';
    ws.getCell(r, 1).font = { size: 16, bold: true };
    ws.getCell(r, 1).alignment = center;
    r++;
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value =
      `单位：青岛某工程咨询有限公司                                        第${page}页`;
    r += 2;
  };
  const block = (p) => {
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value = `姓名：${p.name}    身份证号：${p.id}    职称：${p.title}`;
    r++;
    ['日期', '内容', '形式', '学时', '证明'].forEach((t, i) => {
      const c = ws.getCell(r, i + 1);
      c.value = t;
      c.font = { bold: true };
      c.border = box;
      c.alignment = center;
    });
    r++;
    let sum = 0;
    for (const a of p.rows) {
      a.forEach((v, i) => {
        const c = ws.getCell(r, i + 1);
        c.value = v;
        c.border = box;
      });
      sum += a[3];
      r++;
    }
    ws.mergeCells(r, 1, r, 3);
    ws.getCell(r, 1).value = '小计';
    ws.getCell(r, 4).value = sum;
    for (let c = 1; c <= 5; c++) ws.getCell(r, c).border = box;
    r += 3; // blank rows between blocks
  };

  const people = [
    {
      name: '周涛',
      id: id('370202', '19850312', '123'),
      title: '工程师',
      rows: [
        ['2024.5.20-2024.9.30', '2024年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2024.4.9-4.11', '城市轨道交通新技术高级研修班', '线下培训', 30, '结业证书'],
        ['2024.6.20', '青岛市土木建筑学会学术年会', '学术会议', 8, '会议通知'],
        ['2024.9.2-9.6', '赴上海地铁运营公司考察学习', '考察学习', 40, '考察报告'],
        ['2024.11', '论文《地铁车站深基坑变形监测》（《山东交通科技》）', '论文发表', 10, '期刊'],
        ['2025.4.1-2025.10.31', '2025年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2025.3.3-3.7', '工程造价数字化管理培训班', '线下培训', 40, '培训证书'],
        ['2025.5.16', '专题讲座：城市更新政策解读', '专题讲座', 4, '签到表'],
        ['2025.9.20', '一级建造师（市政公用工程）执业资格考试合格', '职业资格考试', 16, '资格证书'],
      ],
    },
    {
      name: '吴静',
      id: id('370281', '19870216', '066'),
      title: '中学一级教师',
      rows: [
        ['2024.6.1-2024.10.31', '2024年度公需科目网络学习', '公需科目', 30, '合格证书'],
        ['2024.7.15-7.26', '青岛市中小学骨干教师暑期研修', '线下培训', 72, '研修证书'],
        ['2025.5.10-2025.9.30', '2025年度公需科目网络学习', '公需科目', 30, '合格证书'],
        ['2025.7.14-7.18', '校本研修：大单元教学设计', '校本研修', 50, '学校证明'],
      ],
    },
    {
      name: '郑浩',
      id: id('370283', '19820927', '035'),
      title: '经济师',
      rows: [
        ['2024.5.6-2024.8.31', '2024年度专业技术人员公需科目网络培训', '公需科目', 24, '合格证书'],
        ['2024.6.15', '全国专业技术人员计算机应用能力考试（Excel2007模块）', '计算机考试', 5, '合格证书'],
        ['2024.6.15', '全国专业技术人员计算机应用能力考试（Word2007模块）', '计算机考试', 5, '合格证书'],
        ['2024.1-2024.12', '工商管理研修课程班进修（第二学年）', '课程班进修', 40, '成绩单'],
        ['2024.7.1-7.5', '项目投资分析岗位培训', '岗位培训', 40, '培训证书'],
        ['2024.10', '继续教育平台专业课程：招投标实务', '网络学习', 12, '学习记录'],
        ['2025.4.1-2025.9.30', '2025年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2025.1-2025.6', '工商管理研修课程班进修（第三学年）', '课程班进修', 20, '结业证书'],
        ['2025.8.4-8.7', '全过程工程咨询业务培训', '线下培训', 32, '培训证书'],
        ['2025.10.14-10.15', '青岛市经济系列中级职称评审（评委）', '职称评审', 16, '聘书'],
      ],
    },
    {
      name: '冯雪',
      id: id('370214', '19920808', '024'),
      title: '工程师',
      rows: [
        ['2024.4.1-2024.8.31', '2024年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2024.5.6-5.10', '建设工程监理业务培训', '线下培训', 40, '培训证书'],
        ['2024.11.1', '山东省建设监理协会学术交流会', '学术会议', 8, '会议通知'],
        ['2024.12', '继续教育平台专业课程：监理规范', '网络学习', 12, '学习记录'],
        ['2025.1.10-2025.2.28', '2025年度专业技术人员公需科目网络培训', '公需科目', 20, '合格证书'],
        ['2025.3.1-2025.8.31', '休产假', '产假折算', 45, '单位批准件、出生医学证明'],
        ['2025.10.20-10.23', '装配式建筑监理要点培训', '线下培训', 32, '培训证书'],
      ],
    },
    {
      name: '褚明',
      id: id('370213', '19960504', '073'),
      title: '助理工程师',
      rows: [
        ['2024.5.6-2024.9.30', '2024年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2024.8.5-8.9', '工程测量岗位培训', '岗位培训', 40, '培训证书'],
        ['2024.11.29-2024.11.31', '无人机测绘技术操作示范', '技术操作示范', 24, '培训通知'],
        ['2025.4.7-2025.9.30', '2025年度专业技术人员公需科目网络培训', '公需科目', 30, '合格证书'],
        ['2025.6.9-6.13', '地理信息系统应用培训', '线下培训', 40, '培训证书'],
        ['2025.9.18', '专题讲座：实景三维中国建设', '专题讲座', 8, '签到表'],
        ['2025.11', '继续教育平台专业课程：工程测量规范', '网络学习', 12, '学习记录'],
      ],
    },
  ];

  title(1);
  block(people[0]);
  block(people[1]);
  block(people[2]);
  title(2); // page break: the title repeated
  block(people[3]);
  block(people[4]);
  ws.getCell(r, 1).value = '经办人：孙晓梅          审核：李建华          （单位盖章）';
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 48;
  ws.getColumn(3).width = 14;
  ws.getColumn(4).width = 8;
  ws.getColumn(5).width = 22;
  await wb.xlsx.writeFile(`${out}/29-consulting-word-form-2024-2025.xlsx`);
}

await wide();
await wordForm();
