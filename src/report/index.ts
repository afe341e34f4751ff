/** The report model and its JSON form; the workbook writer lives in `./xlsx*`. */
export * from './types';
export { buildReport, type BuildOptions } from './model';
export {
  reportToJson,
  type CheckJson,
  type CheckJsonFinding,
  type CheckJsonPerson,
  type CheckJsonSource,
  type CheckJsonWindow,
  type CheckJsonYear,
} from './json';
export { personVerdict } from './verdict';
