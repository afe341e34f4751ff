/** The person card's compact record lines and the people list's "only what is short". */
import { readLedgers } from '../src/ledger';
import { buildReport } from '../src/report';
import { dayNumber } from '../src/rules/dates';
import { shortfallLabel, shortfallPieces } from './components/PeopleGrid';
import { translator } from './i18n';
import { cardRows, shortDate, shortReason } from './personView';
import { personVerdict } from './verdict';

const HEADER = ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始时间', '结束时间', '证明材料'];
const ID = '37020319850202234X';

describe('the card’s record lines', () => {
  it('dates are short: one day, a span within a year, a span over new year', () => {
    expect(shortDate(dayNumber(2023, 5, 8), dayNumber(2023, 5, 8))).toBe('2023.5.8');
    expect(shortDate(dayNumber(2023, 5, 8), dayNumber(2023, 5, 12))).toBe('2023.5.8–5.12');
    expect(shortDate(dayNumber(2023, 12, 30), dayNumber(2024, 1, 2))).toBe('2023.12.30–2024.1.2');
    expect(shortDate(undefined, dayNumber(2023, 6, 1))).toBe('2023.6.1');
    expect(shortDate(undefined, undefined)).toBeNull();
  });

  it('a cut is said on one line: "申报56，5天上限40"', () => {
    const issue = { code: 'per-day-cap' as const, params: { claimed: 56, cap: 40, days: 5, perDayCap: 8 } };
    expect(shortReason(issue, 'zh')).toBe('申报56，5天上限40');
    expect(shortReason(issue, 'en')).toBe('claimed 56, 5 days cap 40');
    // A code without a short form says its kind in a few words, not the whole sentence.
    expect(shortReason({ code: 'evidence-missing', params: { evidence: '证书' } }, 'zh')).toBe(
      '未填写证明材料，待核验',
    );
  });

  it('the engine’s cut of a row reaches its card line, with the row’s dates', () => {
    const report = buildReport(
      readLedgers([
        {
          sheet: '台账',
          rows: [HEADER, ['李四', ID, '岗位培训', '专业', 56, '2023.6.5', '2023.6.9', '结业证书']],
        },
      ]),
    );
    const [row] = cardRows(report.people[0], report.details, 'zh');
    expect([row.detail.claimed, row.detail.credited, row.date]).toEqual([56, 40, '2023.6.5–6.9']);
    expect(row.reasons.map((r) => r.short)).toEqual(['申报56，5天上限40']);
    expect(row.reasons[0].text).toContain('每天8学时');
  });
});

describe('the people list says only what is short', () => {
  const t = translator('zh');
  const rows = [
    HEADER,
    // 2022: 30 公需, 49 专业 (short of 专业 only); 2023: 26 公需, 60 专业 (short of 公需 only).
    ['李四', ID, '公需科目', '公需', 30, '2022.3.1', '2022.3.4', '证书'],
    ['李四', ID, '岗位培训', '专业', 49, '2022.5.1', '2022.5.7', '证书'],
    ['李四', ID, '公需科目', '公需', 26, '2023.3.1', '2023.3.4', '证书'],
    ['李四', ID, '岗位培训', '专业', 60, '2023.5.1', '2023.5.8', '证书'],
  ];

  it('"2022：专业差11；2023：公需差4", never "公需差0"', () => {
    const report = buildReport(readLedgers([{ sheet: '台账', rows }]));
    const p = report.people[0];
    const label = shortfallLabel(p, personVerdict(p, report.options), t);
    expect(label).toBe('2022：专业差11；2023：公需差4');
    expect(label).not.toMatch(/差0/);
    // A narrow column may wrap between pieces only, never between 差 and its number.
    expect(shortfallPieces(p, personVerdict(p, report.options), t)).toEqual([
      '2022：',
      '专业差11；',
      '2023：',
      '公需差4',
    ]);
    expect(shortfallLabel(p, personVerdict(p, report.options), translator('en'))).toBe(
      '2022: professional −11; 2023: public −4',
    );
  });
});
