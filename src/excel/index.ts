/**
 * The adapter's entry: the port's types, both implementations, and the factory
 * the task pane uses — Office.js inside Excel, an in-memory workbook in preview
 * mode (taskpane.html opened in a plain browser).
 */
import { MemoryWorkbook, type MemoryWorkbookData } from './memoryWorkbook';
import { OfficeWorkbook, type OfficeWorkbookOptions } from './officeWorkbook';
import type { WorkbookPort } from './port';

export * from './port';
export { MemoryWorkbook, type MemorySheet, type MemoryWorkbookData } from './memoryWorkbook';
export { OfficeWorkbook, type OfficeWorkbookOptions } from './officeWorkbook';

/** Where the pane runs, as `taskpane/host.ts` tells it (structural, so this module needs no UI types). */
export type WorkbookHost = { kind: 'excel' } | { kind: 'preview' };

export interface CreateWorkbookOptions {
  /** Preview: the workbook's sheets (a sample or a file the user picked); default: no sheets. */
  memory?: MemoryWorkbookData;
  /** Excel: test seams (`excel`, `office` globals) and limits. */
  office?: OfficeWorkbookOptions;
}

/**
 * The workbook behind the port: `OfficeWorkbook` inside Excel, `MemoryWorkbook`
 * in preview.
 * @example createWorkbook({ kind: 'preview' }, { memory: { sheets: [{ name: '台账', values: [['姓名']] }] } })
 */
export function createWorkbook(host: WorkbookHost, opts: CreateWorkbookOptions = {}): WorkbookPort {
  if (host.kind === 'excel') return new OfficeWorkbook(opts.office);
  return new MemoryWorkbook(opts.memory ?? { sheets: [] });
}
