/**
 * The offline page (issue 13, item 8): dist/offline/继续教育学时核查.html opened
 * from file:// in Debian's headless Chromium, as a WPS user would by
 * double-clicking it. Every request the browser makes is logged; only the
 * page's own file:// URL and data: / blob: URLs may appear (nothing is
 * fetched, nothing is sent). A ledger file is opened, checked, and the report
 * downloaded and read back; the built-in sample loads from inside the page.
 * Screenshots in test-output/ (git-ignored).
 *
 * Firefox and Edge are not tested here (only Chromium is installed).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { pickLedgerSources } from '../../src/io/sources';
import { readInputFile } from '../../src/io/node/readInputFile';
import { readLedgers } from '../../src/ledger';
import { buildReport } from '../../src/report/model';
import type { Report } from '../../src/report/types';
import { buildPane, launch, OFFLINE_PAGE, ROOT, type Browser, type BuiltPane } from './harness';

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, 'samples', 'sample-ledger.xlsx');
const OUT = path.join(ROOT, 'test-output');

let pane: BuiltPane;
let browser: Browser;
let downloads: string;
let pageFile: string;
let pageUrl: string;
let expected: Report;
/** Every URL the browser requested, in order (the page's, any other tab's, downloads'). */
const requests: string[] = [];

async function coreReport(file: string): Promise<Report> {
  const read = await readInputFile(file);
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.code}`);
  const choice = pickLedgerSources(read.workbook);
  if (!choice.ok) throw new Error(`no ledger in ${file}`);
  return buildReport(readLedgers(choice.sources.map(({ file: _f, ...s }) => s)), { lang: 'zh' });
}

/** Requests other than the page itself and data: / blob: URLs: what would have left the page. */
function leaving(): string[] {
  return requests.filter((u) => u !== pageUrl && !/^(data|blob):/.test(u));
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-e2e-offline-downloads-'));
  pane = await buildPane();
  pageFile = path.join(pane.dir, 'offline', OFFLINE_PAGE);
  if (!fs.existsSync(pageFile)) throw new Error(`the build did not write ${pageFile}`);
  pageUrl = pathToFileURL(pageFile).href;
  // Only the page's own file is let through; any other request is blocked and recorded (offsite).
  browser = await launch({ downloads, allow: [pageUrl] });
  browser.context.on('request', (r) => requests.push(r.url()));
  expected = await coreReport(SAMPLE);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  pane?.cleanup();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

describe('the offline page from file:// in Chromium', () => {
  it('is one file that names nothing to load', () => {
    const html = fs.readFileSync(pageFile, 'utf8');
    // Tags only (the script's text is code): what they would load, other than data: URLs.
    const tags = [
      ...html.replace(/<script>[\s\S]*?<\/script>/gi, '<script></script>').matchAll(/<[a-z][^>]*>/gi),
    ].map((m) => m[0]);
    expect(tags.filter((t) => /^<script\b[^>]*\ssrc\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<link\b[^>]*\shref\s*=\s*(?!["']?data:)/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\s(src|href)\s*=\s*(?!["']?data:)/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<script\b/i.test(t))).toEqual(['<script>']);
    expect(fs.readdirSync(path.dirname(pageFile))).toEqual([OFFLINE_PAGE]);
  });

  it('opens in preview mode, in Chinese, with no request but its own file', async () => {
    const { page } = browser;
    await page.goto(pageUrl);
    await page.getByTestId('preview-banner').waitFor();
    expect(await page.getByTestId('preview-banner').innerText()).toContain('预览模式');
    expect(await page.locator('h1').first().innerText()).toBe('继续教育学时合规助手');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The request log works: the page itself is in it.
    expect(requests).toContain(pageUrl);
    expect(leaving()).toEqual([]);
  });

  it('opens a ledger file, checks it and shows the summary', async () => {
    const { page } = browser;
    await page.getByTestId('file-input').setInputFiles(SAMPLE);
    await page.getByTestId('preview-loaded').waitFor();
    expect(await page.getByTestId('preview-loaded').innerText()).toBe('已载入：sample-ledger.xlsx');
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    const stat = async (k: string) => Number(await page.locator(`[data-stat="${k}"] dd`).innerText());
    expect(await stat('people')).toBe(expected.counts.people);
    expect(await stat('passing')).toBe(expected.counts.passing);
    expect(await stat('failing')).toBe(expected.counts.failing);
    expect(await page.getByTestId('person-row').count()).toBe(expected.people.length);
    // ID numbers masked by default in the pane (the ledger view beside it shows the file's own cells).
    const sample = expected.people.find((p) => /^\d{17}[\dX]$/i.test(p.key))!.key;
    const paneText = await page.getByTestId('summary').evaluate((el) => {
      const pane = el.closest('[role="tabpanel"]') ?? el.parentElement!;
      return (pane as HTMLElement).innerText;
    });
    expect(paneText).not.toContain(sample);
    expect(paneText).not.toMatch(/\b\d{17}[\dXx]\b/);
    await page.screenshot({ path: path.join(OUT, 'offline-checked.png') });
    await page.setViewportSize({ width: 350, height: 800 });
    await page.screenshot({ path: path.join(OUT, 'offline-checked-350px.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(leaving()).toEqual([]);
  });

  it('downloads the report: a real .xlsx whose 汇总 sheet lists the people', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成报告' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(downloads, 'offline-report.xlsx');
    await download.saveAs(file);
    // A zip archive, as every .xlsx.
    expect(fs.readFileSync(file).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const summary = wb.getWorksheet('汇总');
    expect(summary).toBeDefined();
    const cells = new Set<string>();
    summary!.eachRow((row) =>
      row.eachCell((cell) => {
        cells.add(String(cell.text ?? '').trim());
      }),
    );
    const missing = expected.people.map((p) => p.name).filter((n) => !cells.has(n));
    expect(missing).toEqual([]);
    expect(leaving()).toEqual([]);
  });

  it('写入档案 downloads the print-ready archive, a block per person', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '写入档案' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^继续教育档案-.*\.xlsx$/);
    const file = path.join(downloads, 'offline-archive.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    let blocks = 0;
    wb.getWorksheet('继续教育档案')!.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('姓名：')) blocks++;
    });
    expect(blocks).toBe(expected.people.length);
    expect(leaving()).toEqual([]);
  });

  it('speaks English after the switch, the preview banner included', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: '设置' }).click();
    // The formulas' help page is not beside the one file (and offline there are no formulas): no dead link.
    await page.getByRole('combobox', { name: '界面语言' }).waitFor();
    expect(await page.getByTestId('help-link').count()).toBe(0);
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    expect(await page.getByTestId('preview-banner').innerText()).toContain('Preview mode');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByTestId('summary').waitFor();
    await page.screenshot({ path: path.join(OUT, 'offline-checked-en.png') });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    expect(await page.getByTestId('preview-banner').innerText()).toContain('预览模式');
    expect(leaving()).toEqual([]);
  });

  it('载入示例台账 works offline: the sample comes from inside the page', async () => {
    const { page } = browser;
    await page.goto(pageUrl);
    await page.getByRole('button', { name: '载入示例台账' }).click();
    await page.getByTestId('preview-loaded').waitFor();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    expect(Number(await page.locator('[data-stat="people"] dd').innerText())).toBe(expected.counts.people);
    expect(await page.getByTestId('preview-error').count()).toBe(0);
    expect(leaving()).toEqual([]);
  });

  it('logged no request leaving the page, no blocked request and no console error (CSP included)', () => {
    expect(leaving()).toEqual([]);
    expect(browser.offsite).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
    // Everything the browser asked for, for the record: the page (twice) and data:/blob: URLs only.
    expect(requests.filter((u) => u === pageUrl).length).toBeGreaterThanOrEqual(2);
  });
});
