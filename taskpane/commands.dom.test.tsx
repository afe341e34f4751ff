/**
 * The commands drive the pane's own actions (memory workbook): 核查此人 on a row before any 检查
 * opens that person's card with the right hours; 检查台账, 生成报告 and 清除标记 do what the pane's
 * buttons do; every event is completed.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { OfficeWorkbook } from '../src/excel/officeWorkbook';
import { MockBook } from '../src/excel/testkit/excelMock';
import { App } from './App';
import { commandHandler, commandHub, type CommandName } from './commands';
import { REPORT_SHEET_NAME } from './reportSheets';

// Commands arrive from Excel, outside any act(): the pane updates as it would in Excel.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

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

const LEDGER = (): Array<Array<string | number>> => [
  HEADER,
  ['张三', ID_A, '工程技术', '2022年', '公需科目', '公需', 30, '2023.3.1', '2023.3.5', '证书'],
  ['李四', ID_B, '工程技术', '2022年', '公需科目', '公需', 30, '2023.3.1', '2023.3.5', '证书'],
  ['张三', ID_A, '工程技术', '2022年', '岗位培训', '专业', 64, '2023.5.8', '2023.5.15', '结业证书'],
  // 40 hours claimed over 2 days: at most 8 a day, 四(一)2 → 16.
  ['李四', ID_B, '工程技术', '2022年', '岗位培训', '专业', 40, '2023.6.1', '2023.6.2', '结业证书'],
];
const NOTES = [['填表说明'], ['一、每人每项学习活动填写一行。']];

function workbook() {
  return new MemoryWorkbook({
    sheets: [
      { name: '填表说明', values: NOTES },
      { name: '2023年', values: LEDGER() },
    ],
  });
}

const host = { kind: 'preview', reason: 'no-office-js', host: null } as const;

/**
 * Runs a command as Excel would: the handler is not wrapped in act(), because it may wait for the
 * pane's own updates (the ledger sheets listed on open), which act() would hold back until it ends.
 */
async function command(name: CommandName) {
  const e = { completed: jest.fn() };
  const shown = jest.fn(async () => {});
  const done = commandHandler(name, commandHub, { addin: { showAsTaskpane: shown } })(e);
  await waitFor(() => expect(e.completed).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  await done;
  return { shown };
}

async function mounted(wb: MemoryWorkbook) {
  render(<App host={host} port={wb} />);
  await waitFor(() => expect(commandHub.attached).toBe(true));
}

describe('commands on the pane', () => {
  it('核查此人 on a row before any check opens that person’s card with the right hours', async () => {
    const wb = workbook();
    await mounted(wb);
    act(() => wb.setSelection({ sheet: '2023年', row: 5, column: 7 }));
    const { shown } = await command('checkThisPerson');
    expect(shown).toHaveBeenCalled();
    const card = await screen.findByTestId('person-card');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('李四');
    const year = card.querySelector('[data-year="2023"]')!;
    expect(year.textContent).toContain('公需 30/30');
    expect(year.textContent).toContain('专业 16/60');
    expect(card.querySelectorAll('[data-testid="person-detail-row"]')).toHaveLength(2);
    // Said to be this sheet's rows only; no full check happened.
    expect(screen.getByText(/仅依据工作表“2023年”中此人的各行快速核查/)).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();

    // 核查本人 from the ribbon: the same, for the row now selected.
    act(() => wb.setSelection({ sheet: '2023年', row: 4, column: 1 }));
    await command('checkPerson');
    await waitFor(() =>
      expect(within(screen.getByTestId('person-card')).getByRole('heading', { level: 2 }).textContent).toBe(
        '张三',
      ),
    );
    expect(screen.getByTestId('person-card').querySelector('[data-year="2023"]')!.textContent).toContain(
      '专业 64/60',
    );

    // The header row is nobody's.
    act(() => wb.setSelection({ sheet: '2023年', row: 1, column: 1 }));
    await command('checkThisPerson');
    await screen.findByText('所选的第 1 行没有对应的人员记录。');
    expect(screen.queryByTestId('person-card')).toBeNull();
  });

  it('检查台账, 生成报告 and 清除标记 run the pane’s actions; the values of the ledger stay as they were', async () => {
    const wb = workbook();
    const before = JSON.stringify(wb.data.sheets[1].values);
    await mounted(wb);
    await command('checkLedger');
    await screen.findByTestId('summary', {}, { timeout: 5000 });
    await command('writeReport');
    await screen.findByText(/已写入工作表：继续教育合规报告/);
    expect(wb.data.sheets.some((s) => s.name === REPORT_SHEET_NAME)).toBe(true);
    const { shown } = await command('clearMarks');
    expect(shown).not.toHaveBeenCalled();
    await screen.findByText('已清除标记，台账与标记前完全一致。');
    expect(JSON.stringify(wb.data.sheets[1].values)).toBe(before);
  });

  it('核查此人 on the Office adapter (office-addin-mock): the card in ≤ 4 runs and ≤ 8 syncs, the ledger untouched', async () => {
    const book = new MockBook([
      { name: '填表说明', values: NOTES },
      { name: '2023年', values: LEDGER() },
    ]);
    const wb = new OfficeWorkbook({
      excel: book.excel as never,
      office: book.office as never,
      retry: { sleep: async () => {} },
    });
    const before = JSON.stringify(book.sheet('2023年')!.values());
    render(<App host={host} port={wb} />);
    // Once the pane has listed the sheets on open, only the command reads.
    const button = await screen.findByRole('button', { name: '检查' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await waitFor(() => expect(commandHub.attached).toBe(true));
    // The user right-clicks a cell of 李四's second row (row 5); no selection event is needed.
    book.selection = { sheet: book.sheet('2023年')!, row: 4, col: 6 };
    const runs = book.runs;
    const syncs = book.syncs;
    await command('checkThisPerson');
    const card = await screen.findByTestId('person-card');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('李四');
    expect(card.querySelector('[data-year="2023"]')!.textContent).toContain('专业 16/60');
    // getSelection (1 run, 1 sync) + header rows, who-columns, the person's rows (≤ 3 runs, ≤ 7 syncs);
    // measured: 3 runs, 5 syncs (the person's rows are all among the first 21).
    expect(book.runs - runs).toBeLessThanOrEqual(4);
    expect(book.syncs - syncs).toBeLessThanOrEqual(8);
    expect(JSON.stringify(book.sheet('2023年')!.values())).toBe(before);
  });

  it('检查台账, 生成报告, 清除标记 on the Office adapter (office-addin-mock): done, bounded, the ledger untouched', async () => {
    const book = new MockBook([
      { name: '填表说明', values: NOTES },
      { name: '2023年', values: LEDGER() },
    ]);
    const wb = new OfficeWorkbook({
      excel: book.excel as never,
      office: book.office as never,
      retry: { sleep: async () => {} },
    });
    const before = JSON.stringify(book.sheet('2023年')!.values());
    render(<App host={host} port={wb} />);
    const button = await screen.findByRole('button', { name: '检查' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    const counts: Record<string, [number, number]> = {};
    for (const name of ['checkLedger', 'writeReport', 'clearMarks'] as const) {
      const runs = book.runs;
      const syncs = book.syncs;
      await command(name);
      if (name === 'checkLedger') await screen.findByTestId('summary', {}, { timeout: 5000 });
      if (name === 'writeReport') await screen.findByText(/已写入工作表：继续教育合规报告/);
      if (name === 'clearMarks') await screen.findByText('已清除标记，台账与标记前完全一致。');
      counts[name] = [book.runs - runs, book.syncs - syncs];
    }
    // Measured: 检查台账 1 run / 2 syncs, 生成报告 1 / 4, 清除标记 (nothing marked) 1 / 0. The bounds leave
    // room for the writers' own changes; their exact counts are asserted in officeWorkbook.test.ts.
    expect(counts.checkLedger[0]).toBe(1);
    expect(counts.checkLedger[1]).toBeLessThanOrEqual(1 + Math.ceil(LEDGER().length / 5000));
    expect(counts.writeReport[0]).toBeLessThanOrEqual(2);
    expect(counts.writeReport[1]).toBeLessThanOrEqual(10);
    expect(counts.clearMarks[0]).toBeLessThanOrEqual(1);
    expect(counts.clearMarks[1]).toBeLessThanOrEqual(6);
    expect(book.sheet(REPORT_SHEET_NAME)).toBeDefined();
    expect(JSON.stringify(book.sheet('2023年')!.values())).toBe(before);
  });

  it('检查台账 and 生成报告 in a workbook without a ledger sheet complete and say so, writing nothing', async () => {
    const wb = new MemoryWorkbook({
      sheets: [{ name: '填表说明', values: [['填表说明'], ['一、每人一行。']] }],
    });
    await mounted(wb);
    await command('checkLedger');
    await command('writeReport');
    await screen.findByText('没有找到像台账的工作表：请勾选台账所在的工作表。');
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(wb.data.sheets.map((s) => s.name)).toEqual(['填表说明']);
  });

  it('生成报告 before any check runs the check first', async () => {
    const wb = workbook();
    await mounted(wb);
    await command('writeReport');
    await screen.findByText(/已写入工作表：继续教育合规报告/, {}, { timeout: 5000 });
    const report = wb.data.sheets.find((s) => s.name === REPORT_SHEET_NAME)!;
    expect(report.values.slice(1).some((r) => r[1] === '李四' && r[3] === 2023 && r[8] === '未达标')).toBe(
      true,
    );
  });
});
