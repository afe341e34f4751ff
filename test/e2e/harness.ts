/**
 * Browser test harness (shared by the e2e tests and `npm run bench`): the
 * built pane (dist/ when it is newer than every source, else a production
 * build through webpack's Node API into a temp folder), a tiny static server
 * on 127.0.0.1, and Debian's Chromium driven by playwright-core — never a
 * downloaded browser. Requests to any other host are blocked and recorded.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import webpack from 'webpack';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags this machine needs: no sandbox as root, no background traffic into the closed network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SOURCES = [
  'taskpane',
  'src',
  'functions',
  'samples/sample-ledger.xlsx',
  'webpack.config.js',
  'manifest.xml',
  'assets',
  'scripts',
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e)));
  }
  return newest;
}

/** The offline page (issue 13), as `npm run build` writes it: <dist>/offline/<this>. */
export const OFFLINE_PAGE = '继续教育学时核查.html';

/** dist/ when it holds a complete build newer than every source it is built from. */
export function freshDist(dir = path.join(ROOT, 'dist')): boolean {
  const page = path.join(dir, 'taskpane.html');
  if (!fs.existsSync(page) || !fs.existsSync(path.join(dir, 'sample-ledger.xlsx'))) return false;
  if (!fs.existsSync(path.join(dir, 'offline', OFFLINE_PAGE))) return false;
  const built = fs.statSync(page).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<webpack.Configuration | webpack.Configuration[]>;

export interface BuiltPane {
  dir: string;
  /** True when this run built it (into a temp folder, removed by `cleanup`). */
  built: boolean;
  cleanup: () => void;
}

/** Builds the pane once (production) unless dist/ is fresh. */
export async function buildPane(): Promise<BuiltPane> {
  const dist = path.join(ROOT, 'dist');
  // CE_E2E_REUSE_DIST=1: take dist/ as it is (iterating on tests while others edit sources).
  if (process.env.CE_E2E_REUSE_DIST === '1' && fs.existsSync(path.join(dist, 'taskpane.html')))
    return { dir: dist, built: false, cleanup: () => undefined };
  if (freshDist(dist)) return { dir: dist, built: false, cleanup: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-e2e-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await makeConfig({ WEBPACK_BUILD: true, outputPath: dir }, { mode: 'production' });
  // The add-in, then the offline page (webpack.config.js returns both).
  const compiler = webpack(
    [config].flat().map((c) => ({ ...c, infrastructureLogging: { level: 'error' as const } })),
  );
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    compiler.run((err, result) => (err || !result ? reject(err ?? new Error('no stats')) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors())
    throw new Error(
      `webpack failed:\n${stats.stats
        .flatMap((s) => s.compilation.errors)
        .map((e) => e.message)
        .join('\n')}`,
    );
  return { dir, built: true, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Server {
  origin: string;
  close: () => Promise<void>;
}

/** A static server over `dir` on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<Server> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than 127.0.0.1 (blocked before it left). */
  offsite: string[];
  /** Console errors and CSP violations. */
  consoleErrors: string[];
  close: () => Promise<void>;
}

export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests use Debian's chromium package: run \`apt-get update && apt-get install -y chromium\` (as .ci/run does), or set CHROMIUM_PATH.`,
    );
  }
}

/**
 * Debian's Chromium with a new empty profile; only 127.0.0.1 is reachable, and
 * the exact URLs in `allow` (the offline page's own file:// URL).
 */
export async function launch(opts: { downloads?: string; allow?: string[] } = {}): Promise<Browser> {
  requireChromium();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    ...(opts.downloads ? { downloadsPath: opts.downloads } : {}),
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (
      u.protocol === 'data:' ||
      u.protocol === 'blob:' ||
      u.hostname === '127.0.0.1' ||
      opts.allow?.includes(u.href)
    )
      return route.continue();
    offsite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r: Request) => {
    if (new URL(r.url()).hostname !== '127.0.0.1') return;
    // A load still pending when a test navigates again is cancelled by the
    // browser (net::ERR_ABORTED; seen once for the favicon, assets/icon-32.png):
    // not a failure of the page. Any other failure is recorded with its reason.
    const reason = r.failure()?.errorText ?? 'unknown';
    if (reason === 'net::ERR_ABORTED') return;
    consoleErrors.push(`requestfailed: ${r.url()} (${reason})`);
  });
  return {
    context,
    page,
    offsite,
    consoleErrors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The Office.js script tag of taskpane.html: the one off-origin URL the page names (Microsoft's CDN). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
