/**
 * The whole pane on an in-memory workbook (the port's second implementation):
 * the ledger sheets picked on open, 检查, the summary, the report sheet and the
 * confirmation before replacing an edited one, marks that leave the ledger alone, the
 * mapping saved for the next check, and the card following the selection.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { App } from './App';
import { REPORT_SHEET_NAME } from './reportSheets';
import { MAPPINGS_KEY } from './settings';

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
  '证明材料',
];
const ID_A = '370202198001011232';
const ID_B = '37020319850202234X';

/** Both obtained their title in 2022: the window for 2023 is 2023 alone (四, "按照实际年限"). */
function ledgerRows(year: number) {
  return [
    HEADER,
    ['张三', ID_A, '工程技术', '2022年', '公需科目', '公需', 30, `${year}.3.1`, `${year}.3.5`, '证书'],
    ['张三', ID_A, '工程技术', '2022年', '岗位培训', '专业', 64, `${year}.5.8`, `${year}.5.15`, '结业证书'],
    ['李四', ID_B, '工程技术', '2022年', '公需科目', '公需', 30, `${year}.3.1`, `${year}.3.5`, '证书'],
    // 40 hours claimed over 2 days: at most 8 a day, 四(一)2.
    ['李四', ID_B, '工程技术', '2022年', '岗位培训', '专业', 40, `${year}.6.1`, `${year}.6.2`, '结业证书'],
  ];
}

function workbook() {
  return new MemoryWorkbook({
    sheets: [
      { name: '填表说明', values: [['填表说明'], ['一、每人每项学习活动填写一行。']] },
      { name: '2023年', values: ledgerRows(2023), fills: [undefined, ['#FFFF00', '#FFFF00']] },
    ],
  });
}

const host = { kind: 'preview', reason: 'no-office-js', host: null } as const;

async function checked(wb: MemoryWorkbook) {
  render(<App host={host} port={wb} />);
  const button = await screen.findByRole('button', { name: '检查' });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  await screen.findByTestId('summary', {}, { timeout: 5000 });
}

describe('the pane on a memory workbook', () => {
  it('picks the ledger sheet, not the instructions, and checks it', async () => {
    const wb = workbook();
    await checked(wb);
    expect((screen.getByRole('checkbox', { name: /2023年/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /填表说明/ }) as HTMLInputElement).checked).toBe(false);
    const stat = (k: string) =>
      screen.getByTestId('summary').querySelector(`[data-stat="${k}"] dd`)!.textContent;
    expect(stat('people')).toBe('2');
    expect(stat('passing')).toBe('1');
    expect(stat('failing')).toBe('1');
    const rows = screen.getAllByTestId('person-row');
    expect(
      rows.map((r) => [
        within(r).getByRole('button').textContent,
        r.querySelector('[data-verdict]')!.getAttribute('data-verdict'),
      ]),
    ).toEqual([
      // Who needs the officer comes first: 李四 falls short, 张三 passes.
      ['李四', 'fail'],
      ['张三', 'pass'],
    ]);
    // 李四: 16 of 60 专业 in 2023 → 44 short; 公需 is not short and is not mentioned (issue 13).
    expect(within(rows[0]).getByTestId('shortfall').textContent).toBe('2023：专业差44');
    // The mapping shown was confirmed by pressing 检查: saved per sheet.
    expect(wb.getSetting<Record<string, Record<string, number>>>(MAPPINGS_KEY)!['2023年']).toMatchObject({
      name: 0,
      idNumber: 1,
      qualificationDate: 3,
      kind: 4,
      hours: 6,
    });
  });

  it('writes the report sheet, and replaces an edited one only after confirmation', async () => {
    const wb = workbook();
    await checked(wb);
    fireEvent.click(screen.getByRole('button', { name: '生成报告' }));
    await screen.findByText(/已写入工作表：继续教育合规报告/);
    const report = wb.data.sheets.find((s) => s.name === REPORT_SHEET_NAME)!;
    expect(report.values[0].slice(0, 4)).toEqual(['类别', '姓名', '身份证号', '年度']);
    expect(report.values.slice(1).some((r) => r[1] === '李四' && r[3] === 2023 && r[8] === '未达标')).toBe(
      true,
    );
    // IDs masked by default.
    expect(report.values.flat()).not.toContain(ID_A);
    expect(report.values.flat()).toContain('370202********1232');

    // The user edits the report; the next report asks first.
    report.values[1][1] = '改过的';
    fireEvent.click(screen.getByRole('button', { name: '生成报告' }));
    // In jsdom, Tabster's modalizer leaves aria-hidden on the surface (it lifts it on focus in a browser): `hidden: true`.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('已被手动修改');
    fireEvent.click(within(dialog).getByRole('button', { name: '保留原报告', hidden: true }));
    await screen.findByText('已保留原报告，未写入新报告。');
    expect(wb.data.sheets.find((s) => s.name === REPORT_SHEET_NAME)!.values[1][1]).toBe('改过的');

    fireEvent.click(screen.getByRole('button', { name: '生成报告' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { hidden: true })).getByRole('button', {
        name: '替换',
        hidden: true,
      }),
    );
    await waitFor(() =>
      expect(wb.data.sheets.find((s) => s.name === REPORT_SHEET_NAME)!.values[1][1]).toBe('张三'),
    );
  });

  // Replaces "marks rows with findings and 清除标记 restores the fills that were there": marks no
  // longer fill cells (issue 13, item 4); the ledger sheet must not change at all, marked or not.
  it('marks rows with findings without changing the ledger, and 清除标记 removes exactly the marks', async () => {
    const wb = workbook();
    const before = JSON.stringify(wb.data.sheets[1]);
    await checked(wb);
    fireEvent.click(screen.getByRole('button', { name: '标记问题行' }));
    const done = await screen.findByText(/已在台账上标记 \d+ 行：突出显示跟随排序/);
    const shown = [1, 2, 3, 4, 5].map((r) => wb.markFill('2023年', r));
    const marked = shown.filter((f) => f !== null).length;
    expect(done.textContent).toContain(`标记 ${marked} 行`);
    expect(shown[4]).not.toBeNull(); // 40 hours in 2 days (四(一)2)
    expect(shown[0]).toBeNull(); // the header
    expect(wb.markNote('2023年', 5)).toMatch(/学时/);
    expect(JSON.stringify(wb.data.sheets[1])).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除标记，台账与标记前完全一致。');
    expect([1, 2, 3, 4, 5].map((r) => wb.markFill('2023年', r))).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(wb.data.sheets[1])).toBe(before);
    expect(wb.data.sheets[1].fills![1]!.slice(0, 2)).toEqual(['#FFFF00', '#FFFF00']);
  });

  it('puts 达标率 by year and its chart on the report sheet (issue 13, item 6)', async () => {
    const wb = workbook();
    await checked(wb);
    fireEvent.click(screen.getByRole('button', { name: '生成报告' }));
    await screen.findByText(/已写入工作表：继续教育合规报告/);
    const report = wb.data.sheets.find((s) => s.name === REPORT_SHEET_NAME)!;
    // 14 report columns, one blank, then the summary (columns P–S): 张三 passes 2023, 李四 does not.
    expect(report.values.slice(0, 2).map((r) => r.slice(14, 19))).toEqual([
      [null, '年度', '达标率', '达标人数', '人数'],
      [null, '2023', 0.5, 1, 2],
    ]);
    expect(report.report?.charts).toEqual([
      {
        title: '各年度达标率',
        type: 'column',
        source: { row: 0, column: 15, rows: 2, columns: 2 },
        place: { row: 0, column: 20, endRow: 14, endColumn: 27 },
      },
    ]);
  });

  it('drops an action’s message when the language is switched, rather than keep it in the other language', async () => {
    const wb = workbook();
    await checked(wb);
    fireEvent.click(screen.getByRole('button', { name: '生成报告' }));
    await screen.findByText(/已写入工作表：继续教育合规报告/);
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.change(screen.getByRole('combobox', { name: '界面语言' }), { target: { value: 'en' } });
    fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
    await screen.findByRole('button', { name: 'Write report' });
    expect(screen.queryByText(/已写入工作表/)).toBeNull();
  });

  it('follows the selection to the person on that row', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const wb = workbook();
      render(<App host={host} port={wb} />);
      const button = await screen.findByRole('button', { name: '检查' });
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(button);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(50);
      });
      await screen.findByTestId('summary');
      act(() => wb.setSelection({ sheet: '2023年', row: 5, column: 2 }));
      // Debounced: nothing yet.
      expect(screen.queryByRole('button', { name: '人员详情' })).toBeNull();
      await act(async () => {
        await jest.advanceTimersByTimeAsync(300);
      });
      fireEvent.click(screen.getByRole('button', { name: '人员详情' }));
      const card = await screen.findByTestId('person-card');
      expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('李四');
    } finally {
      jest.useRealTimers();
    }
  });
});
