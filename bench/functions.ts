/**
 * Custom-functions benchmark (issue 5): 5,000 CECOMPLIANT calls over one
 * 50,000-row ledger range, with and without the range cache (target: under
 * 2 s with it). Three ways a range can arrive:
 *   - cache off: every call reads and evaluates the whole ledger (measured on
 *     a few calls, extrapolated);
 *   - cache on, the same frozen array each call (a Node caller): one parse,
 *     then identity look-ups;
 *   - cache on, an unfrozen array each call (as Excel hands every call its own
 *     copy): one parse, then a fingerprint of every cell per call (measured on
 *     some hundred calls, extrapolated).
 * Also the size of CESUMMARY's result for one year (Excel's limit: 5 MB).
 */
import { CECOMPLIANT, CESUMMARY } from '../functions/functions';
import { fingerprintRange } from '../functions/fingerprint';
import { ledgerViewCache } from '../functions/ledgerView';
import { idCheckChar } from '../src/ledger/parse/idNumber';
import { dayNumber } from '../src/rules/dates';

const ROWS = 50_000;
const CALLS = 5_000;
const ROWS_PER_PERSON = 5;

const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '性别',
  '单位',
  '职称系列',
  '取得现职称时间',
  '年度',
  '学习形式',
  '科目类别',
  '内容',
  '学时',
  '天数',
  '开始日期',
  '结束日期',
  '证明材料',
  '考核结果',
  '备注',
];

/** Excel serial of a date (1900 system). */
const serial = (y: number, m: number, d: number) => dayNumber(y, m, d) + 25569;

function idOf(person: number): string {
  const first17 = `370202${1960 + (person % 40)}${String(1 + (person % 12)).padStart(2, '0')}${String(1 + (person % 28)).padStart(2, '0')}${String(person % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** A 50,000 × 18 range as Excel's `Range.values` gives it: header row, serial dates, "" for empty cells. */
export function benchRange(rows = ROWS): unknown[][] {
  const kinds: Array<[string, string, number, number]> = [
    ['公需科目', '公需', 30, 4],
    ['岗位培训', '专业', 40, 5],
    ['学术会议', '专业', 24, 3],
    ['论文', '专业', 0, 0],
    ['网络学习', '专业', 12, 2],
  ];
  const out: unknown[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    // Unique IDs: the person number spread over the 顺序码 and birth date.
    const person = Math.floor(i / ROWS_PER_PERSON);
    const [kind, subject, hours, days] = kinds[i % kinds.length];
    const m = 1 + (i % 11);
    out.push([
      i + 1,
      `员工${person}`,
      idOf(person),
      person % 2 ? '男' : '女',
      `第${person % 50}分公司`,
      '工程技术',
      serial(2010 + (person % 10), 6, 1),
      2023,
      kind,
      subject,
      `${kind}${i % 97}`,
      hours || '',
      days || '',
      days ? serial(2023, m, 1) : '',
      days ? serial(2023, m, days) : '',
      '证书',
      '合格',
      '',
    ]);
  }
  return out;
}

const ms = (ns: bigint) => Number(ns) / 1e6;
const now = () => process.hrtime.bigint();

export async function benchFunctions(): Promise<void> {
  const range = benchRange();
  const people = Math.ceil(ROWS / ROWS_PER_PERSON);
  // Every call asks about another person (by ID, unique), as a summary sheet would.
  const who = (i: number) => idOf((i * 7919) % people);

  // Without the cache: every call parses; a few calls, extrapolated.
  ledgerViewCache.setEnabled(false);
  const SAMPLE_OFF = 3;
  let t = now();
  let answer = CECOMPLIANT(range, who(0), 2023);
  for (let i = 1; i < SAMPLE_OFF; i++) CECOMPLIANT(range, who(i), 2023);
  const offPerCall = ms(now() - t) / SAMPLE_OFF;
  ledgerViewCache.setEnabled(true);

  // With the cache, one frozen array (Node caller).
  ledgerViewCache.clear();
  const frozen = Object.freeze(range.map((r) => Object.freeze(r))) as unknown as unknown[][];
  t = now();
  const cpu0 = process.cpuUsage();
  let passing = CECOMPLIANT(frozen, who(0), 2023) ? 1 : 0;
  const frozenParse = ms(now() - t);
  for (let i = 1; i < CALLS; i++) if (CECOMPLIANT(frozen, who(i), 2023)) passing++;
  const frozenTotal = ms(now() - t);
  const cpu = process.cpuUsage(cpu0);
  const frozenCpu = (cpu.user + cpu.system) / 1000;
  const frozenStats = ledgerViewCache.stats();

  // With the cache, unfrozen arrays: fingerprinted on every call (what Excel's fresh arrays cost).
  ledgerViewCache.clear();
  const copy = range.map((r) => [...r]);
  const SAMPLE_FP = 300;
  t = now();
  answer = CECOMPLIANT(copy, who(0), 2023);
  const firstCall = ms(now() - t);
  t = now();
  for (let i = 1; i <= SAMPLE_FP; i++) CECOMPLIANT(copy, who(i), 2023);
  const fpPerCall = ms(now() - t) / SAMPLE_FP;
  const fpStats = ledgerViewCache.stats();
  t = now();
  for (let i = 0; i < 20; i++) fingerprintRange(copy);
  const fingerprintOnly = ms(now() - t) / 20;
  t = now();
  JSON.parse(JSON.stringify(copy));
  const jsonRoundTrip = ms(now() - t);

  const summary = CESUMMARY(copy, 2023);
  const summaryBytes = Buffer.byteLength(JSON.stringify(summary), 'utf8');

  const s = (x: number) => (x / 1000).toFixed(2);
  console.log('custom functions');
  console.log(
    `  ledger range          ${ROWS.toLocaleString('en')} rows × ${HEADER.length} columns, ${people.toLocaleString('en')} people`,
  );
  console.log(
    `  no cache              ${offPerCall.toFixed(0)} ms a call (${SAMPLE_OFF} calls) → ${CALLS.toLocaleString('en')} calls ≈ ${s(offPerCall * CALLS)} s (extrapolated)`,
  );
  console.log(
    `  cache, frozen range   ${CALLS.toLocaleString('en')} calls in ${s(frozenTotal)} s wall, ${s(frozenCpu)} s CPU (target < 2 s): the first call (the one parse) ${s(frozenParse)} s, the other ${(CALLS - 1).toLocaleString('en')} ${s(frozenTotal - frozenParse)} s; ${frozenStats.builds} parse, ${frozenStats.identityHits.toLocaleString('en')} identity hits, ${passing.toLocaleString('en')} TRUE`,
  );
  console.log(
    `  cache, fresh arrays   first call ${firstCall.toFixed(0)} ms (parse), then ${fpPerCall.toFixed(1)} ms a call (${SAMPLE_FP} calls, ${fpStats.builds} parse) → ${CALLS.toLocaleString('en')} calls ≈ ${s(firstCall + fpPerCall * (CALLS - 1))} s (extrapolated)`,
  );
  console.log(
    `  fingerprint alone     ${fingerprintOnly.toFixed(1)} ms a range; for scale, a JSON round trip of the range (what handing it over costs at least) ${jsonRoundTrip.toFixed(0)} ms`,
  );
  console.log(
    `  CESUMMARY(…, 2023)    ${summary.length.toLocaleString('en')} rows, ${(summaryBytes / 1024 / 1024).toFixed(2)} MB as JSON (Excel's limit 5 MB)`,
  );
  if (typeof answer !== 'boolean') throw new Error('CECOMPLIANT returned no boolean');
}

if (require.main === module) {
  benchFunctions().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
