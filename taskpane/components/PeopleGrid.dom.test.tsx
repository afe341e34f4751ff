/**
 * Issue 12: a ledger of many people. The people list shows the most urgent
 * first, PEOPLE_PAGE at a time, says how many of how many are shown, and
 * 再显示 brings the rest; a summary tile's filter starts again at the first page.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/excel/memoryWorkbook';
import { idCheckChar } from '../../src/ledger/parse/idNumber';
import { App } from '../App';
import { PEOPLE_PAGE } from './PeopleGrid';

const HEADER = [
  '姓名',
  '身份证号',
  '职称系列',
  '取得现职称时间',
  '学习形式',
  '科目类别',
  '学时',
  '开始时间',
  '结束时间',
];
const PEOPLE = PEOPLE_PAGE * 2 + 50;
/** Every tenth person falls short of 专业 hours (only 30 公需 claimed); the others pass. */
const failing = (p: number) => p % 10 === 0;

function workbook() {
  const rows: Array<Array<string | number>> = [HEADER];
  for (let p = 1; p <= PEOPLE; p++) {
    const first17 = `370202198${p % 10}0${1 + (p % 9)}1${p % 10}${String(p).padStart(3, '0')}`;
    const id = first17 + idCheckChar(first17);
    rows.push([`员工${p}`, id, '工程技术', '2022年', '公需科目', '公需', 30, '2023.3.1', '2023.3.5']);
    if (!failing(p))
      rows.push([`员工${p}`, id, '工程技术', '2022年', '岗位培训', '专业', 64, '2023.5.8', '2023.5.15']);
  }
  return new MemoryWorkbook({ sheets: [{ name: '2023年', values: rows }] });
}

const shownNames = () =>
  screen.getAllByTestId('person-row').map((r) => r.querySelector('[data-person]')!.textContent);

describe('the people list of a large ledger', () => {
  it('shows the most urgent first, a page at a time, and the rest on 再显示', async () => {
    render(<App host={{ kind: 'preview', reason: 'no-office-js', host: null }} port={workbook()} />);
    const button = await screen.findByRole('button', { name: '检查' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByTestId('summary', {}, { timeout: 20_000 });
    expect(screen.getByTestId('summary').querySelector('[data-stat="people"] dd')!.textContent).toBe(
      String(PEOPLE),
    );

    // The first page: those falling short first (员工10, 员工20, …), then the rest in ledger order.
    let names = shownNames();
    expect(names).toHaveLength(PEOPLE_PAGE);
    const short = Array.from({ length: PEOPLE / 10 }, (_, i) => `员工${(i + 1) * 10}`);
    expect(names.slice(0, short.length)).toEqual(short);
    expect(names[short.length]).toBe('员工1');
    expect(screen.getByTestId('people-shown').textContent).toBe(
      `显示前 ${PEOPLE_PAGE} 人，共 ${PEOPLE} 人（最需处理的在前）`,
    );

    fireEvent.click(screen.getByRole('button', { name: `再显示 ${PEOPLE_PAGE} 人` }));
    expect(shownNames()).toHaveLength(PEOPLE_PAGE * 2);
    fireEvent.click(screen.getByRole('button', { name: '再显示 50 人' }));
    names = shownNames();
    expect(names).toHaveLength(PEOPLE);
    expect(new Set(names).size).toBe(PEOPLE);
    expect(screen.queryByTestId('people-shown')).toBeNull();
    expect(screen.queryByTestId('people-more')).toBeNull();

    // A summary tile filters; the filtered list starts at its first page (all 45 fit).
    fireEvent.click(screen.getByTestId('summary').querySelector('[data-stat="failing"] dd button')!);
    expect(shownNames()).toEqual(short);
    fireEvent.click(screen.getByTestId('summary').querySelector('[data-stat="failing"] dd button')!);
    expect(shownNames()).toHaveLength(PEOPLE_PAGE);
  }, 60_000);
});

describe('the people list in English', () => {
  it('keeps a gap after a year and between pieces, though each piece is unbreakable ("2023: professional −60")', async () => {
    render(
      <App
        host={{ kind: 'preview', reason: 'no-office-js', host: null }}
        env={{ displayLanguage: 'en-US', theme: 'light' }}
        port={workbook()}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Check' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByTestId('summary', {}, { timeout: 20_000 });
    const first = screen.getAllByTestId('person-row')[0];
    expect(first.querySelector('[data-person]')!.textContent).toBe('员工10');
    const shortfall = first.querySelector('[data-testid="shortfall"]')!;
    expect(shortfall.textContent).toBe('2023: professional −60');
    // Each piece is an unbreakable box, whose own trailing space a browser drops: the gap
    // must stand between the boxes, not at the end of one.
    const pieces = [...shortfall.querySelectorAll('span')].map((s) => s.textContent);
    expect(pieces).toEqual(['2023:', 'professional −60']);
  }, 60_000);
});
