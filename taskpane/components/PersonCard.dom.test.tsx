/**
 * The person card as it opens: brought into view at its top, a compact line
 * per record (kind, date, claimed → credited, clause, the cut on one line),
 * a 公需 / 专业 bar per year, and only the short parts of a failing year.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/excel/memoryWorkbook';
import { readLedgers } from '../../src/ledger';
import { buildReport } from '../../src/report';
import { PaneContext } from '../context';
import { translator } from '../i18n';
import { PersonCard } from './PersonCard';

const HEADER = ['姓名', '身份证号', '学习形式', '科目类别', '学时', '开始时间', '结束时间', '证明材料'];
const ID = '37020319850202234X';
const report = buildReport(
  readLedgers([
    {
      sheet: '台账',
      rows: [
        HEADER,
        ['李四', ID, '公需科目', '公需', 30, '2022.3.1', '2022.3.4', '证书'],
        // 56 claimed over 5 days: at most 8 a day, 40 credited (四(一)2).
        ['李四', ID, '岗位培训', '专业', 56, '2022.6.5', '2022.6.9', '结业证书'],
        ['李四', ID, '公需科目', '公需', 30, '2023.3.1', '2023.3.4', '证书'],
        ['李四', ID, '岗位培训', '专业', 64, '2023.5.8', '2023.5.15', '结业证书'],
      ],
    },
  ]),
);

describe('PersonCard', () => {
  const scrolled: Array<{ el: Element; arg: unknown }> = [];
  beforeAll(() => {
    Element.prototype.scrollIntoView = function (this: Element, arg?: unknown) {
      scrolled.push({ el: this, arg });
    };
  });
  afterAll(() => {
    delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  });

  it('scrolls itself into view at its top, and lists each record on compact lines', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneContext.Provider
          value={{
            port: new MemoryWorkbook({ sheets: [] }),
            lang: 'zh',
            t: translator('zh'),
            mode: 'preview',
          }}
        >
          <PersonCard
            person={report.people[0]}
            details={report.details}
            policy={report.options.policy}
            titleYear={2023}
            onGoToRow={() => undefined}
          />
        </PaneContext.Provider>
      </FluentProvider>,
    );
    const card = screen.getByTestId('person-card');
    expect(scrolled).toEqual([{ el: card, arg: { block: 'start' } }]);
    // No table whose columns wrap at 320 px: one list item per record.
    expect(card.querySelector('table, [role="grid"]')).toBeNull();
    const records = within(card).getAllByTestId('person-detail-row');
    expect(records).toHaveLength(4);
    const cut = records[1];
    expect(cut.textContent).toContain('岗位培训');
    expect(cut.textContent).toContain('2022.6.5–6.9');
    expect(cut.textContent).toContain('申报56 → 认定40');
    expect(cut.textContent).toContain('四(一)2');
    expect(within(cut).getByTestId('person-cut').textContent).toBe('申报56，5天上限40');
    // The full sentence stays available as the line's tooltip.
    expect(within(cut).getByTestId('person-cut').getAttribute('title')).toContain('每天8学时');
    // Each year: its verdict with only the short part, and a 公需 and a 专业 bar.
    const years = [...card.querySelectorAll('[data-year]')];
    expect(years.map((y) => y.querySelector('[data-testid="year-verdict"]')!.textContent)).toEqual([
      '2022 年：未达标（专业差20）',
      '2023 年：达标',
    ]);
    for (const y of years) expect(within(y as HTMLElement).getAllByRole('progressbar')).toHaveLength(2);
  });
});
