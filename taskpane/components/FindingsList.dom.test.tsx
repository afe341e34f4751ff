/**
 * The findings list as a user works it: groups by what they say with their
 * counts, errors on top, a group opening onto its rows, each place selecting
 * its cell, 下一处 / 上一处 stepping through them, the severity filter.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/excel/memoryWorkbook';
import type { Finding, Severity } from '../../src/ledger/types';
import { PaneContext } from '../context';
import { translator, type Lang } from '../i18n';
import { FindingsList } from './FindingsList';

function finding(code: string, severity: Severity, row: number | null, params = {}): Finding {
  return { code, severity, row, layer: 'ledger', clause: null, sheet: '台账', column: 'G', params };
}

const FINDINGS: Finding[] = [
  finding('row-subtotal', 'info', 3, { text: '小计' }),
  finding('hours-text', 'warning', 5, { text: '八学时' }),
  finding('row-subtotal', 'info', 9, { text: '小计' }),
  finding('id-check-digit', 'error', 12, { text: '370202198001011235', expected: '2' }),
  finding('row-subtotal', 'info', 15, { text: '合计' }),
];

function show(lang: Lang = 'zh') {
  const selected: Finding[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider
        value={{ port: new MemoryWorkbook({ sheets: [] }), lang, t: translator(lang), mode: 'preview' }}
      >
        <FindingsList findings={FINDINGS} names={new Map()} onSelect={(f) => selected.push(f)} />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  return selected;
}

const headers = () =>
  screen.getAllByTestId('finding-group').map((g) => within(g).getAllByRole('button')[0].textContent);

describe('FindingsList', () => {
  it('shows one group per kind with its count, the error first, all closed', () => {
    show();
    expect(headers()).toEqual([
      '错误1 行身份证号校验位不正确',
      '警告1 行学时写成了文字',
      '提示3 行合计行已跳过',
    ]);
    expect(document.querySelectorAll('li[data-row]')).toHaveLength(0);
  });

  it('opens a group onto its rows; a row selects its cell', () => {
    const selected = show();
    fireEvent.click(screen.getByRole('button', { name: /3 行合计行已跳过/ }));
    const rows = [...document.querySelectorAll('li[data-row]')];
    expect(rows.map((r) => r.getAttribute('data-row'))).toEqual(['3', '9', '15']);
    expect(rows[1].textContent).toBe('台账 第 9 行：合计行（“小计”）不是学习记录，已跳过');
    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button'));
    expect(selected.map((f) => f.row)).toEqual([9]);
  });

  it('下一处 and 上一处 step through every place, errors first, selecting each', () => {
    const selected = show();
    const next = screen.getByRole('button', { name: '下一处' });
    expect(screen.getByTestId('finding-position').textContent).toBe('共 5 处');
    for (let i = 0; i < 5; i++) fireEvent.click(next);
    expect(selected.map((f) => f.row)).toEqual([12, 5, 3, 9, 15]);
    expect(screen.getByTestId('finding-position').textContent).toBe('第 5 处，共 5 处');
    // The place reached is open and marked.
    expect(document.querySelector('li[aria-current="true"]')?.getAttribute('data-row')).toBe('15');
    fireEvent.click(screen.getByRole('button', { name: '上一处' }));
    expect(selected.at(-1)?.row).toBe(9);
    // Past the last, back to the first.
    fireEvent.click(next);
    fireEvent.click(next);
    expect(selected.at(-1)?.row).toBe(12);
  });

  it('the severity filter keeps only that severity’s groups', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '提示 3' }));
    expect(headers()).toEqual(['提示3 行合计行已跳过']);
    expect(screen.getByTestId('finding-position').textContent).toBe('共 3 处');
    fireEvent.click(screen.getByRole('button', { name: '全部 5' }));
    expect(headers()).toHaveLength(3);
  });

  it('speaks English when asked', () => {
    show('en');
    expect(headers()).toEqual([
      'ErrorID check digit wrong (1 row)',
      'WarningHours written as words (1 row)',
      'NoteSubtotal rows skipped (3 rows)',
    ]);
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });
});
