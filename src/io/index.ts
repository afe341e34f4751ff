/** File reading, browser-safe part. Node-only readers live in `./node`. */
export { parseCsv, type CsvParse } from './csv';
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { plainCellValue, plainRow, type PlainCell } from './cells';
export { csvToWorkbook } from './csvWorkbook';
export { workbookFromExcelJs } from './fromExcelJs';
export { pickLedgerSources, type SheetChoice } from './sources';
export * from './types';
