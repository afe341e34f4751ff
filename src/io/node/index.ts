/** File reading, Node part (fs, streams). */
export { readInputFile, type ReadInputOptions } from './readInputFile';
export { readXlsxStream, type XlsxStreamOptions } from './readXlsxStream';
