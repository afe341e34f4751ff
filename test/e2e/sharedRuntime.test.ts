/**
 * The shared runtime's page (issue 12's bundle split): taskpane.html loads
 * core.js, functions.js and taskpane.js, and the custom functions registered by
 * functions.js work on the code core.js carries — as Excel would call them.
 * `CustomFunctions` is Excel's; here a stand-in records each association (the
 * page runs in preview mode: Office.js is not reachable).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildPane, launch, serve, type Browser, type BuiltPane, type Server } from './harness';

jest.setTimeout(180_000);

let pane: BuiltPane;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  pane = await buildPane();
  server = await serve(pane.dir);
  browser = await launch();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  pane?.cleanup();
});

interface Metadata {
  functions: Array<{ id: string }>;
}

it('registers every custom function from functions.js, and they compute with core.js loaded once', async () => {
  const { page } = browser;
  await page.addInitScript(() => {
    const w = window as unknown as { CustomFunctions: unknown; __associated: Record<string, unknown> };
    w.__associated = {};
    w.CustomFunctions = {
      associate: (id: string, fn: unknown) => {
        w.__associated[id] = fn;
      },
    };
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId('preview-banner').waitFor();
  const scripts = await page.$$eval('script[src]', (els) => els.map((e) => e.getAttribute('src')));
  expect(scripts.filter((s) => s && !/^https?:/.test(s))).toEqual(['core.js', 'functions.js', 'taskpane.js']);

  const metadata = JSON.parse(fs.readFileSync(path.join(pane.dir, 'functions.json'), 'utf8')) as Metadata;
  const associated = await page.evaluate(() =>
    Object.keys((window as unknown as { __associated: Record<string, unknown> }).__associated).sort(),
  );
  expect(associated).toEqual(metadata.functions.map((f) => f.id).sort());

  // 岗位培训 of 30 hours over 3 days: at most 8 a day (四(一)2), 24; an ID with its check digit.
  const results = await page.evaluate(() => {
    const fns = (window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown> })
      .__associated;
    return [
      fns.CEHOURS('岗位培训', 30, 3),
      fns.CEIDCHECK('370202198001011232'),
      fns.CEIDCHECK('370202198001011234'),
    ];
  });
  expect(results).toEqual([24, true, false]);
  // The one blocked load is Office.js from Microsoft's CDN (no network here); nothing else fails.
  expect(browser.offsite).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  expect(
    browser.consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e)),
  ).toEqual([]);
});
