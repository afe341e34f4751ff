/*
 * Excel add-in build: one shared runtime page (taskpane.html) running the task
 * pane (React + Fluent UI v9) and the custom functions (namespace QD).
 *
 *   npm run build       production build into dist/, manifest URLs rewritten,
 *                       and the offline page dist/offline/继续教育学时核查.html
 *   npm run build:dev   development build into dist/, manifest unchanged (no offline page)
 *   npm run dev-server  https://localhost:3000 with office-addin-dev-certs
 *
 * Certificates are only requested when serving, so `npm run build` needs none.
 * No IE11/Trident polyfills: Fluent UI v9 does not support that webview.
 */
'use strict';
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { InlinePagePlugin } = require('./scripts/inline-page-plugin');
const { FunctionsZhCnPlugin } = require('./scripts/functions-zh-cn-plugin');
const {
  DEV_URL,
  checkManifest,
  normalizePublicUrl,
  rewriteManifestUrls,
} = require('./scripts/manifest-tools');

/** Where the production add-in is hosted; override with ADDIN_PUBLIC_URL. */
const DEFAULT_PUBLIC_URL = 'https://ce-compliance.example.cn/';
const DEV_PORT = 3000;
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * Content-Security-Policy of taskpane.html: scripts only from the add-in's own
 * origin and Office.js's CDN, no inline scripts, no eval. Styles allow inline
 * because Fluent UI v9 (Griffel) inserts <style> rules at run time.
 */
function contentSecurityPolicy({ serving }) {
  const connect = ["'self'"];
  // webpack-dev-server's live-reload socket (CSP2 webviews do not match wss: with 'self').
  if (serving) connect.push(`wss://localhost:${DEV_PORT}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The offline page's file name, under <output>/offline/. */
const OFFLINE_PAGE = '继续教育学时核查.html';

/**
 * Content-Security-Policy of the offline page: only its own inlined script
 * (by hash) runs, and nothing may be requested: no connect, no frames, no
 * fonts, images only from data: (the icon) and blob:. Styles inline because
 * Griffel inserts <style> rules at run time. Downloads are <a download> on a
 * blob: URL, a navigation no fetch directive governs.
 */
function offlineContentSecurityPolicy(scriptHashes) {
  if (!scriptHashes.length) throw new Error('the offline page has no inlined script');
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The offline page (issue 13): the task pane in preview mode as one
 * self-contained HTML file that works from file:// (WPS users, staff without
 * the add-in). One chunk (the lazy import()s of App.tsx and preview/index.ts
 * are folded in), the sample ledger inside the page (sampleSource.offline.ts),
 * no Office.js, the script inlined and hashed by scripts/inline-page-plugin.js.
 * Written after the add-in build into <output>/offline/ (clean: false).
 */
function offlineConfig(base, { outputPath }) {
  const icon = `data:image/png;base64,${require('fs')
    .readFileSync(path.resolve(__dirname, 'assets/icon-32.png'))
    .toString('base64')}`;
  return {
    name: 'offline',
    dependencies: ['addin'],
    mode: base.mode,
    context: __dirname,
    target: base.target,
    // No source map: the page is one file and names no other.
    devtool: false,
    entry: { offline: './taskpane/index.tsx' },
    output: {
      path: path.join(outputPath, 'offline'),
      filename: '[name].js',
      publicPath: '',
      clean: false,
    },
    resolve: base.resolve,
    module: {
      rules: [
        ...base.module.rules,
        // The sample ledger, inside the page as a data: URL (about 90 KB).
        { test: /\.xlsx$/, type: 'asset/inline' },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      // The page is not minified once its script is inlined and hashed (JS still is).
      minimizeOptions: { html: false },
    },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // The sample from the page itself, not fetched (file:// cannot, and the CSP forbids it).
      new webpack.NormalModuleReplacementPlugin(/^\.\/sampleSource$/, './sampleSource.offline'),
      // No help page beside the one file (taskpane/helpPage.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\.\/helpPage$/, '../helpPage.offline'),
      new HtmlWebpackPlugin({
        filename: OFFLINE_PAGE,
        template: './taskpane/offline.html',
        chunks: ['offline'],
        // Inline scripts cannot be deferred: after #root, in <body>.
        inject: 'body',
        scriptLoading: 'blocking',
        icon,
        // Not minified after inlining: the script must stay exactly as hashed.
        minify: false,
      }),
      new InlinePagePlugin({
        htmlPlugin: HtmlWebpackPlugin,
        filename: OFFLINE_PAGE,
        csp: offlineContentSecurityPolicy,
      }),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const publicUrl = normalizePublicUrl(process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL);
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist');

  const config = {
    name: 'addin',
    mode,
    context: __dirname,
    // Edge WebView2, WKWebView and current browsers; es2020 also tells webpack
    // that globalThis exists (no `new Function("return this")` fallback).
    target: ['web', 'es2020'],
    // No eval-based source maps: the CSP forbids eval, in development too.
    devtool: 'source-map',
    entry: {
      taskpane: './taskpane/index.tsx',
      functions: './functions/functions.ts',
    },
    output: {
      path: outputPath,
      // Entry names stay fixed: the manifest points at functions.js.
      filename: '[name].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      // offline/ is written by the second build (offlineConfig), after this one; production only.
      clean: dev ? true : { keep: /^offline[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          // custom-functions-metadata-plugin appends CustomFunctions.associate(...)
          // to this file; the guard (listed after ts-loader, so it runs before it)
          // lets the bundle load outside Excel too.
          test: /\.tsx?$/,
          include: [path.resolve(__dirname, 'functions/functions.ts')],
          use: [
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
              },
            },
            { loader: path.resolve(__dirname, 'scripts/guard-associate-loader.js') },
          ],
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, path.resolve(__dirname, 'functions/functions.ts')],
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules for webpack (tree shaking, lazy import() chunks); tsc and jest keep commonjs.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // The add-in runs in a shared runtime (manifest: SharedRuntime 1.1, required):
      // taskpane.html loads core.js, functions.js and taskpane.js, in that order,
      // for the pane and the custom functions alike. What both entries use (the
      // rules, the ledger reader, the report model) is core.js, loaded once
      // instead of once per bundle. The manifest's <Script> (functions.js) is only
      // for a JavaScript-only runtime, which a SharedRuntime add-in never gets.
      // Otherwise only import() splits: import('exceljs') in preview mode becomes
      // the lazy chunk exceljs.[hash].js, fetched from the add-in's own origin.
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          // Modules both entries use, once (see above).
          core: {
            chunks: (chunk) => chunk.name === 'functions' || chunk.name === 'taskpane',
            minChunks: 2,
            name: 'core',
            priority: 20,
            enforce: true,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 30,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // The task pane bundle carries React and Fluent UI; it loads from the add-in's origin once.
      maxEntrypointSize: 2 * 1024 * 1024,
      maxAssetSize: 2 * 1024 * 1024,
      hints: dev ? false : 'warning',
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: './functions/functions.ts',
        output: 'functions.json',
      }),
      new FunctionsZhCnPlugin({
        source: './functions/functions-zh-cn.source.json',
        input: 'functions.json',
        output: 'functions-zh-cn.json',
        // The functions' help (helpUrl) is help.html on the add-in's own origin.
        helpBase: `${dev ? DEV_URL : publicUrl}help.html`,
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './taskpane/taskpane.html',
        // The shared runtime page runs the custom functions too.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
        csp: contentSecurityPolicy({ serving }),
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          // Preview mode fetches the sample ledger from the add-in's own origin.
          { from: 'samples/sample-ledger.xlsx', to: 'sample-ledger.xlsx' },
          // What each formula does, linked from Excel's function help (helpUrl) and the pane.
          { from: 'taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              cache: false,
              transformer(content) {
                if (dev) return content;
                const xml = rewriteManifestUrls(content.toString('utf8'), publicUrl, DEV_URL);
                const problems = checkManifest(xml, { allowLocalhost: false });
                if (problems.length) {
                  throw new Error(
                    `manifest.xml for ${publicUrl} fails the offline checks:\n  ${problems.join('\n  ')}`,
                  );
                }
                return Buffer.from(xml, 'utf8');
              },
            },
          },
        ],
      }),
    ],
  };

  if (serving) {
    // Only the dev server needs certificates; turn the tools' usage data off first.
    require('./scripts/usage-data-off').turnUsageDataOff();
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    config.devServer = {
      port: DEV_PORT,
      server: { type: 'https', options: { ca, key, cert } },
      // Excel on the web fetches functions.json cross-origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      static: false,
    };
    // The dev server serves the add-in only.
    return config;
  }
  // The offline page is a production artifact: its script must be minified (terser escapes
  // `</script` and `<!--` in strings, which unminified library code carries and inlining refuses).
  if (dev) return config;
  return [config, offlineConfig(config, { outputPath })];
};

module.exports.DEFAULT_PUBLIC_URL = DEFAULT_PUBLIC_URL;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.offlineContentSecurityPolicy = offlineContentSecurityPolicy;
module.exports.OFFLINE_PAGE = OFFLINE_PAGE;
