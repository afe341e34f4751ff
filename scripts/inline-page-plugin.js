/*
 * InlinePagePlugin: makes an html-webpack-plugin page self-contained (issue 13,
 * the offline page). Every <script src> / <link rel=stylesheet> that points at
 * an asset of this compilation is replaced by the asset's text, inline; the
 * inlined assets (and their source maps) are then not emitted. A
 * Content-Security-Policy <meta> goes into <head>, built by `csp(hashes)`
 * from the SHA-256 of each inlined script, so only those exact scripts run.
 * The licence comments the minimizer extracted (x.js.LICENSE.txt) go inside
 * the script in place of the line that points at that file.
 *
 * At the end of the compilation (after any minimizer) the page as it will be
 * written is checked, and the build fails if: an inline script's hash is not
 * the one the policy names (something changed it after inlining: turn HTML
 * minification off for the page), or a <script src>, <link href>, <img src>
 * or url() would still load anything other than data:.
 */
'use strict';
const crypto = require('crypto');

const NAME = 'InlinePagePlugin';

/** SHA-256 of a script's text (UTF-8), as CSP writes it: 'sha256-<base64>'. */
function scriptHash(code) {
  return `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * A bundle's text made safe inside <script>…</script>: `</script` would end
 * the element early, so it becomes `<\/script` (the same string in a JS string,
 * template or regex literal, the only places it can occur). `<!--` would put
 * the HTML parser in its escaped script state; terser never emits it, and if a
 * bundle ever carries it the build stops instead of guessing.
 */
function scriptText(code, file) {
  if (/<!--/.test(code)) throw new Error(`${NAME}: ${file} contains "<!--"; it cannot be inlined safely`);
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** What in a finished page would still load something: every URL that is not data: or a fragment. */
function externalReferences(html) {
  const found = [];
  const attr =
    /<(script|link|img|iframe|source|embed|object|audio|video)\b[^>]*?\s(src|href|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (const m of html.matchAll(attr)) {
    const url = (m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (!/^(data:|#)/i.test(url)) found.push(`<${m[1]} ${m[2]}="${url}">`);
  }
  // The scripts' own text is code, not markup: look for url(...) in <style> only.
  for (const s of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const u of s[1].matchAll(/url\(\s*['"]?([^'")]+)/gi))
      if (!/^data:/i.test(u[1])) found.push(`url(${u[1]})`);
  return found;
}

/** The hashes a page's CSP <meta> allows for scripts. */
function policyScriptHashes(html) {
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!meta) return null;
  const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const policy = content ? (content[1] ?? content[2]) : '';
  const scriptSrc = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === 'script-src');
  return scriptSrc ? scriptSrc.slice(1).filter((v) => v.startsWith("'sha256-")) : [];
}

/** What is wrong with a finished page: scripts the policy does not name, anything that would load. */
function checkPage(html) {
  const problems = [];
  const allowed = policyScriptHashes(html);
  if (allowed === null) problems.push('no Content-Security-Policy <meta>');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(m[1])) continue; // reported by externalReferences
    const hash = scriptHash(m[2]);
    if (allowed && !allowed.includes(hash))
      problems.push(`an inline script (${hash}) is not the one its policy allows: changed after inlining?`);
  }
  for (const ref of externalReferences(html)) problems.push(`would still load ${ref}`);
  return problems;
}

class InlinePagePlugin {
  /**
   * @param {{ htmlPlugin: typeof import('html-webpack-plugin'), filename: string, csp: (scriptHashes: string[]) => string }} options
   *   htmlPlugin: the HtmlWebpackPlugin class (for its hooks); filename: the page to make self-contained;
   *   csp: the policy for the page, given the inlined scripts' hashes.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { htmlPlugin, filename, csp } = this.options;
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const inlined = new Set();
      const hooks = htmlPlugin.getHooks(compilation);
      const assetOf = (url) => {
        const name = decodeURIComponent(
          String(url)
            .replace(/^(\.\/|\/)/, '')
            .replace(/[?#].*$/, ''),
        );
        const asset = compilation.getAsset(name);
        if (!asset) throw new Error(`${NAME}: ${filename} refers to ${url}, which this build does not emit`);
        return { name, text: asset.source.source().toString() };
      };

      /** The extracted licence comments of a script asset, in place of its pointer line. */
      const withLicences = (name, code) => {
        const related = compilation.getAsset(name).info.related;
        const licence = related && related.license;
        if (!licence || !compilation.getAsset(licence)) return code;
        const text = compilation.getAsset(licence).source.source().toString().trim();
        const base = licence.split('/').pop();
        const pointer = `/*! For license information please see ${base} */`;
        if (!code.includes(pointer)) return code;
        inlined.add(licence);
        return code.replace(pointer, () => text);
      };

      hooks.alterAssetTagGroups.tap(NAME, (data) => {
        if (data.outputName !== filename) return data;
        const hashes = [];
        const inline = (tag) => {
          if (tag.tagName === 'script' && tag.attributes && tag.attributes.src) {
            const { name, text } = assetOf(tag.attributes.src);
            const code = scriptText(withLicences(name, text), name).replace(
              /\n?\/\/# sourceMappingURL=\S+\s*$/,
              '\n',
            );
            inlined.add(name);
            hashes.push(scriptHash(code));
            return { tagName: 'script', voidTag: false, attributes: {}, innerHTML: code, meta: tag.meta };
          }
          if (tag.tagName === 'link' && tag.attributes && tag.attributes.rel === 'stylesheet') {
            const { name, text } = assetOf(tag.attributes.href);
            inlined.add(name);
            return {
              tagName: 'style',
              voidTag: false,
              attributes: {},
              innerHTML: text.replace(/<\/(style)/gi, '<\\/$1'),
              meta: tag.meta,
            };
          }
          return tag;
        };
        data.headTags = data.headTags.map(inline);
        data.bodyTags = data.bodyTags.map(inline);
        data.headTags.unshift({
          tagName: 'meta',
          voidTag: true,
          attributes: { 'http-equiv': 'Content-Security-Policy', content: csp(hashes) },
          meta: { plugin: NAME },
        });
        return data;
      });

      // After the page is written (html-webpack-plugin: OPTIMIZE_INLINE), drop what it now carries.
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          for (const name of inlined) {
            for (const n of [name, `${name}.map`]) if (compilation.getAsset(n)) compilation.deleteAsset(n);
          }
        },
      );

      // Last: the page exactly as it will be written.
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const page = compilation.getAsset(filename);
          if (!page) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(`${NAME}: ${filename} was not written`),
            );
            return;
          }
          const problems = checkPage(page.source.source().toString());
          for (const p of problems)
            compilation.errors.push(new compiler.webpack.WebpackError(`${NAME}: ${filename}: ${p}`));
        },
      );
    });
  }
}

module.exports = {
  InlinePagePlugin,
  scriptHash,
  scriptText,
  externalReferences,
  checkPage,
  policyScriptHashes,
};
