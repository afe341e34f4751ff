/** Our streaming .xlsx writer (see workbook.ts); browser-safe. */
export { XlsxWriter } from './workbook';
export {
  XlsxSheet,
  columnLetters,
  type CellValue,
  type SheetOptions,
  type SheetPrint,
  type RowOptions,
} from './sheet';
export type { CellStyle } from './styles';
export {
  webZipCodec,
  memorySink,
  writableSink,
  type ByteSink,
  type ZipCodec,
  type Compressor,
} from './codec';
export { escapeCellText } from './xmlEscape';
