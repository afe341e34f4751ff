/**
 * What 生成报告, 写入档案 and 标记 build, loaded on the first of those clicks
 * (a lazy chunk of the add-in; folded into the offline page): none of it is
 * needed to open the pane and check a ledger.
 */
export { buildReportSheets, buildRowMarks } from './reportSheets';
export { buildArchiveSheet } from './archiveSheet';
export { buildArchive } from '../src/report/archive';
