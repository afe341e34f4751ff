/**
 * Production build (issue 4): runs webpack once through its Node API into a
 * temporary directory, then checks the emitted files, the rewritten manifest,
 * the task pane page's CSP, and functions.json / functions-zh-cn.json parity;
 * and the offline page (issue 13): one self-contained file under offline/.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { overlayTranslations, type FunctionMetadata } from '../scripts/functions-zh-cn-plugin';
import { checkManifest } from '../scripts/manifest-tools';
import { turnUsageDataOff } from '../scripts/usage-data-off';
import { COMMAND_IDS } from '../taskpane/commands';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<webpack.Configuration | webpack.Configuration[]>;
// webpack.config.js is CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as ConfigFactory & {
  OFFLINE_PAGE: string;
  offlineContentSecurityPolicy: (scriptHashes: string[]) => string;
};
const makeConfig: ConfigFactory = webpackConfig;
const { OFFLINE_PAGE, offlineContentSecurityPolicy } = webpackConfig;

const root = path.resolve(__dirname, '..');
const PUBLIC_URL = 'https://addin.test.example.cn/ce/';
let outDir: string;
let stats: webpack.MultiStats;
const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-addin-build-'));
  const previous = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  try {
    const config = await makeConfig({ WEBPACK_BUILD: true, outputPath: outDir }, { mode: 'production' });
    // The add-in, then the offline page.
    const compiler = webpack(
      [config].flat().map((c) => ({ ...c, infrastructureLogging: { level: 'error' as const } })),
    );
    stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
      compiler.run((err, result) =>
        err || !result ? reject(err ?? new Error('no stats')) : resolve(result),
      ),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  } finally {
    if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = previous;
  }
}, 600_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('npm run build (production, webpack Node API)', () => {
  it('compiles without errors', () => {
    expect(stats.stats.flatMap((s) => s.compilation.errors).map((e) => e.message)).toEqual([]);
  });

  it('emits the manifest, the task pane page, both bundles, both metadata files and the icons', () => {
    for (const file of [
      'manifest.xml',
      'taskpane.html',
      'taskpane.js',
      'functions.js',
      'core.js',
      'functions.json',
      'functions-zh-cn.json',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'assets/support.html',
    ]) {
      expect(fs.existsSync(path.join(outDir, file))).toBe(true);
    }
    // No separate functions.html: the shared runtime loads the functions in taskpane.html.
    expect(fs.existsSync(path.join(outDir, 'functions.html'))).toBe(false);
  });

  it('rewrites every localhost URL in the built manifest to the production URL', () => {
    const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    const built = read('manifest.xml');
    expect(built).not.toMatch(/localhost/);
    expect(built.split(PUBLIC_URL).length - 1).toBe(source.split('https://localhost:3000/').length - 1);
    expect(checkManifest(built, { allowLocalhost: false })).toEqual([]);
  });

  it('passes office-addin-manifest info on the built manifest', () => {
    turnUsageDataOff(root);
    const cli = require.resolve('office-addin-manifest/cli.js', { paths: [root] });
    const result = spawnSync(process.execPath, [cli, 'info', path.join(outDir, 'manifest.xml')], {
      encoding: 'utf8',
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Source Location: ${PUBLIC_URL}taskpane.html`);
  });
});

describe('taskpane.html security', () => {
  let html: string;
  let csp: string;
  beforeAll(() => {
    html = read('taskpane.html');
    const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
    expect(meta).not.toBeNull();
    csp = /content="([^"]*)"/i.exec(meta![0])![1];
  });
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);

  it('allows scripts only from the own origin and the Office.js CDN, without inline scripts or eval', () => {
    expect(directive('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    // A production page carries no dev-server socket allowance.
    expect(directive('connect-src')).toEqual(["'self'"]);
  });

  it('has no inline script and no inline event handlers', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    // Office.js, core.js, functions.js, taskpane.js: every one by src, none inline.
    expect(scripts.length).toBe(4);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('loads Office.js from the CDN first, then the shared core, the functions and the task pane bundles', () => {
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(srcs).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'core.js',
      'functions.js',
      'taskpane.js',
    ]);
  });

  it('ships bundles without eval, new Function or network calls of their own', () => {
    for (const file of ['core.js', 'functions.js', 'taskpane.js']) {
      const js = read(file);
      expect({ file, eval: /\beval\s*\(|new Function\s*\(/.test(js) }).toEqual({ file, eval: false });
      expect({
        file,
        network: /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource/.test(js),
      }).toEqual({
        file,
        network: false,
      });
    }
  });
});

describe('the offline page (issue 13): one file, nothing to load, nothing to send', () => {
  const PAGE = `offline/${OFFLINE_PAGE}`;
  let html: string;
  let csp: string;
  beforeAll(() => {
    html = read(PAGE);
    const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
    expect(meta).not.toBeNull();
    csp = /content="([^"]*)"/i.exec(meta![0])![1];
  });
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);

  it('is written as dist/offline/继续教育学时核查.html, alone in its folder', () => {
    expect(OFFLINE_PAGE).toBe('继续教育学时核查.html');
    expect(fs.readdirSync(path.join(outDir, 'offline'))).toEqual([OFFLINE_PAGE]);
    // The add-in's own page and bundles are still there beside it.
    expect(fs.existsSync(path.join(outDir, 'taskpane.js'))).toBe(true);
  });

  it('names no script, stylesheet or image to load: its one script is inline', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map(([, attrs]) => attrs)).toEqual(['']);
    // The whole pane is in it (about 1.8 MB: React, Fluent UI, exceljs, the rules and the sample ledger).
    expect(scripts[0][2].length).toBeGreaterThan(1_000_000);
    // Every tag outside the script: nothing it names loads from anywhere but data:.
    const markup = html.replace(scripts[0][0], '<script></script>');
    const tags = [...markup.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    expect(tags.filter((t) => /\s(src|href|data|action|srcset)\s*=\s*(?!["']?data:)/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<link\b/i.test(t))).toEqual([
      expect.stringMatching(/rel="icon".*href="data:image\/png;base64,/),
    ]);
    const has = (re: RegExp) => ({ re: String(re), found: re.exec(html)?.[0] ?? null });
    for (const re of [/appsforoffice/i, /sourceMappingURL/, /LICENSE\.txt/])
      expect(has(re)).toEqual({ re: String(re), found: null });
    // No Office.js tag (its name may appear in comments and in the pane's code).
    expect(tags.filter((t) => /office\.js/i.test(t))).toEqual([]);
    // The licence notices the minimizer extracted are kept, inside the script.
    expect(scripts[0][2]).toContain('@license React');
  });

  it('lets only that script run (by its hash) and forbids every request', () => {
    const [, , body] = /<script\b([^>]*)>([\s\S]*?)<\/script>/i.exec(html)!;
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    expect(directive('script-src')).toEqual([hash]);
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('connect-src')).toEqual(["'none'"]);
    expect(directive('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directive('img-src')).toEqual(['data:', 'blob:']);
    expect(directive('form-action')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|'self'|https?:|\*/);
    expect(csp).toBe(offlineContentSecurityPolicy([hash]));
    // The policy comes before the script.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('reads no file over the network: the sample ledger is inside the page', () => {
    const network = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource/.exec(html);
    expect(network?.[0] ?? null).toBeNull();
    // The sample's bytes, as a data: URL in the script.
    expect(
      html.includes('data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDB'),
    ).toBe(true);
  });
});

describe('custom functions metadata', () => {
  let en: { functions: FunctionMetadata[] };
  let zh: { functions: FunctionMetadata[] };
  beforeAll(() => {
    en = JSON.parse(read('functions.json'));
    zh = JSON.parse(read('functions-zh-cn.json'));
  });

  it('gives every function a helpUrl on the shipped help page, with a section for it', () => {
    const help = read('help.html');
    for (const table of [en, zh])
      for (const f of table.functions) {
        expect([f.id, (f as { helpUrl?: string }).helpUrl]).toEqual([f.id, `${PUBLIC_URL}help.html#${f.id}`]);
        // The build minifies the page (quotes around a plain attribute value may go).
        expect(help).toMatch(new RegExp(`<section id="?${f.id}"?>`));
      }
  });

  it('generates functions.json from the JSDoc, including CEWINDOW', () => {
    const ids = en.functions.map((f) => f.id);
    expect(ids).toContain('CEWINDOW');
    const cewindow = en.functions.find((f) => f.id === 'CEWINDOW')!;
    expect(cewindow.parameters!.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ['titleYear', 'number', false],
      ['qualificationYear', 'number', true],
    ]);
  });

  it('lists the same function ids, names and parameters in functions-zh-cn.json', () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(zh.functions.map((f) => f.name)).toEqual(en.functions.map((f) => f.name));
    const shape = (f: FunctionMetadata) => ({
      id: f.id,
      parameters: (f.parameters ?? []).map((p) => ({
        type: p.type,
        dimensionality: p.dimensionality,
        optional: p.optional,
        repeating: p.repeating,
      })),
      result: f.result,
      options: f.options,
    });
    expect(zh.functions.map(shape)).toEqual(en.functions.map(shape));
  });

  it('has Chinese descriptions for every function and parameter', () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh.functions) {
      expect({ id: f.id, zh: cjk.test(f.description ?? '') }).toEqual({ id: f.id, zh: true });
      for (const p of f.parameters ?? [])
        expect({ id: f.id, p: p.name, zh: cjk.test(p.description ?? '') }).toEqual({
          id: f.id,
          p: p.name,
          zh: true,
        });
    }
  });

  it('associates every function id in functions.js, guarded for preview mode', () => {
    const js = read('functions.js');
    for (const f of en.functions) expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
    expect(js).toMatch(/typeof CustomFunctions/);
  });
});

describe('ribbon and context-menu commands', () => {
  it('ships every command action id in the shared runtime bundle, the built manifest and its icons', () => {
    const js = read('taskpane.js');
    const manifest = read('manifest.xml');
    for (const id of Object.values(COMMAND_IDS)) {
      expect(js).toContain(`"${id}"`);
      expect(manifest).toContain(`<FunctionName>${id}</FunctionName>`);
    }
    for (const glyph of ['ledger', 'person', 'report', 'clear'])
      for (const size of [16, 32, 80])
        expect(fs.existsSync(path.join(outDir, `assets/cmd-${glyph}-${size}.png`))).toBe(true);
  });
});

describe('functions-zh-cn overlay', () => {
  const metadata = {
    functions: [
      { id: 'A', name: 'A', description: 'a', parameters: [{ name: 'x', description: 'x', type: 'number' }] },
      { id: 'B', name: 'B', description: 'b', parameters: [] },
    ],
  };

  it('fails with a message naming a function without a translation', () => {
    const { errors } = overlayTranslations(metadata, {
      functions: { A: { description: '甲', parameters: { x: { description: '乙' } } } },
    });
    expect(errors).toEqual([
      'function B has no Chinese text: add "B" to functions/functions-zh-cn.source.json',
    ]);
  });

  it('fails naming a parameter without a translation, and warns about stale entries', () => {
    const { errors, warnings } = overlayTranslations(metadata, {
      functions: {
        A: { description: '甲', parameters: {} },
        B: { description: '乙' },
        OLD: { description: '旧' },
      },
    });
    expect(errors).toEqual(['function A: parameter x has no Chinese "description"']);
    expect(warnings).toEqual(['functions-zh-cn.source.json: translation for unknown function OLD']);
  });

  it('overlays texts and parameter names without touching ids, types or the input', () => {
    const { json, errors } = overlayTranslations(metadata, {
      functions: {
        A: { description: '甲', parameters: { x: { name: '数', description: '乙' } } },
        B: { description: '丙' },
      },
    });
    expect(errors).toEqual([]);
    expect(json.functions[0]).toEqual({
      id: 'A',
      name: 'A',
      description: '甲',
      parameters: [{ name: '数', description: '乙', type: 'number' }],
    });
    expect(metadata.functions[0].description).toBe('a');
  });

  it('covers every function of functions/functions.ts in the committed translation table', () => {
    const table = JSON.parse(
      fs.readFileSync(path.join(root, 'functions/functions-zh-cn.source.json'), 'utf8'),
    );
    const { errors, warnings } = overlayTranslations(JSON.parse(read('functions.json')), table);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
