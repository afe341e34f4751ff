/**
 * Ledger part of the benchmark (issue 12): a generated ledger (.xlsx, streaming
 * writer, in the OS temp folder) measured four ways on the same file, each in
 * processes of its own over `CE_BENCH_PAIRS` (5) rounds: the floor (inflating
 * the sheet and shared-strings XML alone), exceljs's streaming reader alone
 * (each row's values taken and dropped: the anchor, 1.00), our own reader
 * alone (src/io/xlsx), and the full check as the CLI does it
 * (`readLedgerFiles` then `buildReport`). Targets: our read ≤ 0.25 and the
 * full check ≤ 0.5 of exceljs's read, fastest against fastest. Then the time
 * and peak memory of `ce-check FILE --json` on a big ledger, its JSON written
 * to /dev/null (target ≤ 8 s and ≤ 400 MB at 1,000,000 rows), measured in a
 * child process as `process.resourceUsage().maxRSS`. `CE_BENCH_ROWS` sets
 * the small ledger (100,000), `CE_BENCH_BIG_ROWS` the big one (1,000,000; 0
 * skips it), `CE_BENCH_RUNS` how many big runs (2). Then the same big ledger
 * checked as `ce-check FILE --title-year 2023 --report OUT --json` does it
 * (the report workbook written by our streaming writer, src/io/xlsx/write;
 * target ≤ 30 s and ≤ 1 GB peak RSS at 1,000,000 rows), `CE_BENCH_REPORT_RUNS`
 * times (1; 0 skips it).
 */
import { existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readLedgerFiles, runCheck } from '../src/cli/run';
import { createReadStream, promises as fsp } from 'fs';
import { createInflateRaw } from 'zlib';
import { XLSX_READER_OPTIONS } from '../src/io/node/readXlsxStream';
import { fileByteSource, streamXlsxFile } from '../src/io/node/xlsxFile';
import { entryDataOffset, readZipDirectory } from '../src/io/xlsx/zip';
import { activityCount } from '../src/ledger/join';
import { idCheckChar } from '../src/ledger/parse/idNumber';
import { buildReport } from '../src/report/model';
import { runInChild } from './child';
import { nodeOptions } from './rules';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CLI_NODE_FLAGS } = require('../bin/node-flags.js') as { CLI_NODE_FLAGS: string[] };

const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '职称系列',
  '年度',
  '学习形式',
  '科目类别',
  '内容',
  '学时',
  '起止时间',
  '证明材料',
];

/** `rows` activity rows: 6 a year for each person over 2019–2023 (≈ rows / 30 people). */
export async function writeBenchLedger(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('台账');
  ws.addRow(HEADER).commit();
  const kinds: Array<[string, string, number, number]> = [
    ['公需科目', '公需', 30, 60],
    ['岗位培训', '专业', 40, 5],
    ['学术会议', '专业', 24, 3],
    ['专题讲座', '专业', 8, 1],
    ['线上学习', '专业', 6, 1],
    ['新技术推广', '专业', 8, 1],
  ];
  for (let i = 0; i < rows; i++) {
    const person = Math.floor(i / 30);
    const year = 2019 + (Math.floor(i / 6) % 5);
    const [kind, subject, hours, days] = kinds[i % 6];
    // A distinct valid ID per person: birth date from 1960-01-01 on, then the sequence number.
    const birth = new Date(Date.UTC(1960, 0, 1 + (person % 9000)));
    const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `370202${ymd}${100 + Math.floor(person / 9000)}`;
    const m = 1 + (i % 6) * 2;
    ws.addRow([
      i + 1,
      `员工${person}`,
      first17 + idCheckChar(first17),
      '工程技术',
      year,
      kind,
      subject,
      `${kind}项目`,
      i % 7 === 0 ? `${hours}学时` : hours,
      days > 28 ? `${year}.3.1-${year}.6.30` : `${year}.${m}.1-${year}.${m}.${days}`,
      '证书',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const v = await f();
  return [v, Number(process.hrtime.bigint() - t) / 1e6];
}

/** The full check of one file, as `ce-check FILE --title-year 2023` does it (no --report, so no 明细 lines; no retained explanations). */
export async function fullCheck(path: string): Promise<{ people: number; activities: number }> {
  const ledger = await readLedgerFiles([path]);
  const report = buildReport(ledger, { titleYear: 2023, details: false, evaluations: false });
  return { people: report.people.length, activities: activityCount(ledger) };
}

/**
 * The check with the report workbook, as `ce-check FILE --title-year 2023
 * --report OUT --json > /dev/null` does it (the JSON is built, then dropped).
 */
export async function reportCheck(path: string, out: string): Promise<{ exit: number; reportBytes: number }> {
  let failure = '';
  const exit = await runCheck([path, '--title-year', '2023', '--report', out, '--json'], {
    stdout: () => undefined,
    stderr: (s) => (failure += s),
  });
  if (exit > 1) throw new Error(failure.split('\n')[0]);
  return { exit, reportBytes: (await fsp.stat(out)).size };
}

/**
 * The xlsx library alone: exceljs's streaming reader with the options the
 * checker gives it (src/io/node/readXlsxStream.ts), every row of every sheet
 * read and its values taken from the library (`row.values`), then dropped.
 * None of our code runs. (Without taking the values, exceljs would parse the
 * XML but never hand over the data a reader exists for.)
 */
async function readOnly(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, XLSX_READER_OPTIONS);
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<{ values: unknown[] }>) cells += row.values.length;
  }
  return cells;
}

/** Our own reader alone (src/io/xlsx): every row of every sheet read as plain cells, then dropped. */
async function readOurs(path: string): Promise<number> {
  let cells = 0;
  await streamXlsxFile(path, { onSheet: () => (row) => (cells += row.length) });
  return cells;
}

/**
 * The floor: inflating the sheets' and shared strings' XML with Node's zlib
 * and decoding it to text, without looking at it. No reader can do less.
 */
async function inflateOnly(path: string): Promise<number> {
  const fh = await fsp.open(path, 'r');
  try {
    const source = await fileByteSource(fh);
    const entries = await readZipDirectory(source);
    let chars = 0;
    for (const e of entries.values()) {
      if (!/^xl\/(worksheets\/.*|sharedStrings)\.xml$/.test(e.name)) continue;
      const offset = await entryDataOffset(source, e);
      const decoder = new TextDecoder();
      const stream = createReadStream(path, {
        start: offset,
        end: offset + e.compressedSize - 1,
        highWaterMark: 1 << 20,
      }).pipe(createInflateRaw({ chunkSize: 1 << 18 }));
      for await (const chunk of stream) chars += decoder.decode(chunk as Buffer, { stream: true }).length;
    }
    return chars;
  } finally {
    await fh.close();
  }
}

type Side = 'read' | 'ours' | 'inflate' | 'full';
const SIDES: Record<Side, (path: string) => Promise<unknown>> = {
  read: readOnly,
  ours: readOurs,
  inflate: inflateOnly,
  full: fullCheck,
};

/** A full collection when node runs with --expose-gc (npm run bench does); else nothing. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

/** One side of the ratio in a process of its own: a first (cold) run, then `runs` warm timings, each from a collected heap. */
async function timeSide(side: Side, path: string, runs: number): Promise<SideTimes> {
  const once = (): Promise<unknown> => SIDES[side](path);
  collectGarbage();
  const [, cold] = await timed(once); // also the warm-up: JIT
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const [, ms] = await timed(once);
    warm.push(ms);
  }
  return { cold, warm };
}

interface SideTimes {
  /** The first run in the process (modules already loaded): what a one-off check meets. */
  cold: number;
  warm: number[];
}

/** `timeSide` in a child process started as ce-check starts one (bin/node-flags.js). */
function timeSideInChild(side: Side, path: string, runs: number): SideTimes {
  const child = runInChild(
    __filename,
    ['--side', side, String(runs), path],
    [...CLI_NODE_FLAGS, '--expose-gc'],
  );
  if (!child.ok) throw new Error(`${side} child failed (${child.reason})`);
  return JSON.parse(child.stdout) as SideTimes;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLedger(opts: { rows: number; bigRows?: number }): Promise<void> {
  const small = join(tmpdir(), `ce-bench-v3-${opts.rows}.xlsx`);
  if (!existsSync(small)) await writeBenchLedger(small, opts.rows);
  const runs = Math.max(1, Number(process.env.CE_BENCH_RUNS ?? 2));
  const rows = opts.rows.toLocaleString('en');
  // The VM's noise is as large as the margin. Noise only ever adds time, so
  // each side is timed several times and the figure is the ratio of the
  // fastest full check to the fastest read (as timeit takes the minimum); the
  // median of the pairs' own ratios is printed beside it.
  const pairs = Math.max(1, Number(process.env.CE_BENCH_PAIRS ?? 5));
  const perChild = 2;
  process.stdout.write(
    `ledger benchmark (node ${nodeOptions()}; heap collected before each timing)\n` +
      `  each side in processes of its own, as a check runs: ${pairs} pairs of processes (a read, then a full check), ` +
      `each timed once cold, then ${perChild} times warm (the ratio's figures)\n`,
  );
  // Each side runs in processes of its own, as a check does. In one process, a
  // full check timed right after a read took ~240 ms longer than one timed
  // after a full check: V8 sizes the heap from the last cycle, and after a read
  // that keeps nothing the check grows it again through extra collections
  // (--trace-gc: 4-9 mark-compacts instead of 0-3, scavenges 219-242 ms instead
  // of 148-191). A read was not slowed by a check before it. The first run in a
  // fresh process, a one-off check's lot, is printed too.
  const times: Record<Side, number[]> = { inflate: [], read: [], ours: [], full: [] };
  const ratios: number[] = [];
  const colds: Record<Side, number[]> = { inflate: [], read: [], ours: [], full: [] };
  for (let pair = 1; pair <= pairs; pair++) {
    const t = {} as Record<Side, SideTimes>;
    for (const side of ['inflate', 'read', 'ours', 'full'] as const) {
      t[side] = timeSideInChild(side, small, perChild);
      times[side].push(...t[side].warm);
      colds[side].push(t[side].cold);
    }
    ratios.push(Math.min(...t.full.warm) / Math.min(...t.read.warm));
    const f = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(' / ');
    process.stdout.write(
      `ledger ${rows} rows, round ${pair}: inflate only ${f(t.inflate.warm)} ms; exceljs streaming read ${f(t.read.warm)} ms; ` +
        `our read ${f(t.ours.warm)} ms; our full check ${f(t.full.warm)} ms\n`,
    );
  }
  const best = (side: Side): number => Math.min(...times[side]);
  const vsExceljs = (side: Side): string => (best(side) / best('read')).toFixed(2);
  const check = (side: Side, target: number): string =>
    best(side) / best('read') <= target ? `(target ≤ ${target}: met)` : `(target ≤ ${target})  ✗ OVER TARGET`;
  const ratio = best('full') / best('read');
  process.stdout.write(
    `ledger ${rows} rows, fastest of ${pairs * perChild} warm timings each, ÷ exceljs streaming read (${best('read').toFixed(0)} ms = 1.00):\n` +
      `  inflate only (the floor)  ${best('inflate').toFixed(0)} ms = ${vsExceljs('inflate')}\n` +
      `  our read                  ${best('ours').toFixed(0)} ms = ${vsExceljs('ours')} ${check('ours', 0.25)}\n` +
      `  our full check            ${best('full').toFixed(0)} ms = ${ratio.toFixed(2)} ${check('full', 0.5)}; ` +
      `rounds' ratios ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)}\n` +
      `  first run in each process (cold JIT, as a one-off check): full ${Math.min(...colds.full).toFixed(0)} ÷ ` +
      `read ${Math.min(...colds.read).toFixed(0)} ms = ${(Math.min(...colds.full) / Math.min(...colds.read)).toFixed(2)}\n`,
  );

  // The earlier protocol, for comparison: both sides alternating in this one process.
  await readOnly(small);
  const first = await fullCheck(small);
  const inReads: number[] = [];
  const inFulls: number[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    collectGarbage();
    inReads.push((await timed(() => readOnly(small)))[1]);
    collectGarbage();
    inFulls.push((await timed(() => fullCheck(small)))[1]);
  }
  const inRatio = Math.min(...inFulls) / Math.min(...inReads);
  process.stdout.write(
    `  for comparison, alternating in one process (${first.people} people, ${first.activities} activities): ` +
      `reads ${inReads.map((t) => t.toFixed(0)).join(' / ')} ms; full checks ${inFulls.map((t) => t.toFixed(0)).join(' / ')} ms; ` +
      `fastest ÷ fastest ${inRatio.toFixed(2)}\n`,
  );

  const bigRows = Number(process.env.CE_BENCH_BIG_ROWS ?? opts.bigRows ?? 1_000_000);
  if (!(bigRows > 0)) return;
  const big = join(tmpdir(), `ce-bench-v3-${bigRows}.xlsx`);
  if (!existsSync(big)) {
    const [, genMs] = await timed(() => writeBenchLedger(big, bigRows));
    process.stdout.write(
      `  generated ${bigRows.toLocaleString('en')} rows in ${(genMs / 1000).toFixed(1)} s\n`,
    );
  }
  for (let run = 1; run <= runs; run++) {
    // A child process started as ce-check starts one (bin/node-flags.js), loading only what the check
    // loads (bench/bigCheck.ts, no exceljs): its maxRSS is the check's alone.
    const child = runInChild(join(__dirname, 'bigCheck.ts'), [big], CLI_NODE_FLAGS);
    if (!child.ok) {
      process.stdout.write(`  big run failed (${child.reason})\n`);
      return;
    }
    const r = JSON.parse(child.stdout) as {
      ms: number;
      maxRssKb: number;
      people: number;
      activities: number;
    };
    process.stdout.write(
      `ledger ${bigRows.toLocaleString('en')} rows, run ${run}: ce-check --json ${(r.ms / 1000).toFixed(1)} s ` +
        `(target ≤ 8 s${r.ms <= 8000 ? ': met' : ')  ✗ OVER TARGET ('}) (${r.people} people, ${r.activities} activities); ` +
        `peak RSS ${mb(r.maxRssKb)} (target ≤ 400 MB${r.maxRssKb <= 400 * 1024 ? ': met)' : ')  ✗ OVER TARGET'}\n`,
    );
  }
  const reportRuns = Math.max(0, Number(process.env.CE_BENCH_REPORT_RUNS ?? 1));
  for (let run = 1; run <= reportRuns; run++) {
    const out = join(tmpdir(), `ce-bench-report-${process.pid}.xlsx`);
    const child = runInChild(__filename, ['--child-report', big, out], CLI_NODE_FLAGS);
    await fsp.rm(out, { force: true });
    if (!child.ok) {
      process.stdout.write(`  big run with --report failed (${child.reason})\n`);
      return;
    }
    const r = JSON.parse(child.stdout) as { ms: number; maxRssKb: number; reportBytes: number };
    process.stdout.write(
      `ledger ${bigRows.toLocaleString('en')} rows with --report, run ${run}: ${(r.ms / 1000).toFixed(1)} s ` +
        `(target ≤ 30 s${r.ms <= 30_000 ? ': met)' : ')  ✗ OVER TARGET'} (report ${mb(r.reportBytes / 1024)}); ` +
        `peak RSS ${mb(r.maxRssKb)} (target ≤ 1 GB${r.maxRssKb <= 1024 * 1024 ? ': met)' : ')  ✗ OVER TARGET'}\n`,
    );
  }
}

if (require.main === module) {
  const side = process.argv.indexOf('--side');
  const withReport = process.argv.indexOf('--child-report');
  if (withReport > 0) {
    const [path, out] = process.argv.slice(withReport + 1);
    timed(() => reportCheck(path, out)).then(([r, ms]) => {
      process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...r }));
    });
  } else if (side > 0) {
    const [which, count, path] = process.argv.slice(side + 1);
    timeSide(which as Side, path, Number(count)).then((times) => {
      process.stdout.write(JSON.stringify(times));
    });
  } else {
    void benchLedger({
      rows: Number(process.env.CE_BENCH_ROWS ?? 100_000),
      bigRows: Number(process.env.CE_BENCH_BIG_ROWS ?? 1_000_000),
    });
  }
}
