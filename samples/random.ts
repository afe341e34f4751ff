export { mulberry32 } from '../src/report/random';
