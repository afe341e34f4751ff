/**
 * The names of the sheets the pane writes, apart from their builders: the
 * ledger's sheet list leaves them out from the first paint, while the builders
 * (reportSheets.ts, archiveSheet.ts) load only when a report is written.
 */
export const REPORT_SHEET_NAME = '继续教育合规报告';
export const ARCHIVE_SHEET_NAME = '继续教育档案';
