/**
 * scripts/inline-page-plugin.js (issue 13, the offline page): the parts that
 * decide whether a finished page is self-contained and runs only the script
 * its policy names. The plugin as a whole runs in test/build.test.ts.
 */
import { createHash } from 'crypto';
import {
  checkPage,
  externalReferences,
  policyScriptHashes,
  scriptHash,
  scriptText,
} from '../scripts/inline-page-plugin';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body><div id="root"></div>${body}</body></html>`;

describe('scriptHash', () => {
  it('is the CSP source of the UTF-8 text, Chinese included', () => {
    const code = 'console.log("继续教育")';
    expect(scriptHash(code)).toBe(hashOf(code));
    expect(scriptHash(code)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(scriptHash(code)).not.toBe(scriptHash(`${code} `));
  });
});

describe('scriptText', () => {
  it('escapes </script so the element does not end early', () => {
    expect(scriptText('const s = "</script>";', 'a.js')).toBe('const s = "<\\/script>";');
    expect(scriptText('x = "</SCRIPT"', 'a.js')).toBe('x = "<\\/SCRIPT"');
  });
  it('stops on <!-- instead of guessing', () => {
    expect(() => scriptText('x = "<!--"', 'b.js')).toThrow(/b\.js.*<!--/);
  });
  it('leaves ordinary code alone', () => {
    expect(scriptText('a<b&&c>d', 'c.js')).toBe('a<b&&c>d');
  });
});

describe('externalReferences', () => {
  it('lists script, link, img and iframe URLs that are not data:', () => {
    const html =
      '<script src="app.js"></script><link rel="stylesheet" href=style.css><img src=\'https://x.cn/a.png\'>' +
      '<iframe src="about:blank"></iframe><link rel="icon" href="data:image/png;base64,AA"><a href="#top">';
    expect(externalReferences(html)).toEqual([
      '<script src="app.js">',
      '<link href="style.css">',
      '<img src="https://x.cn/a.png">',
      '<iframe src="about:blank">',
    ]);
  });
  it('finds url() in <style> but not data: ones', () => {
    expect(
      externalReferences(
        '<style>a{background:url(http://x.cn/b.png)} b{background:url("data:image/png;base64,AA")}</style>',
      ),
    ).toEqual(['url(http://x.cn/b.png)']);
  });
  it('finds nothing in a self-contained page', () => {
    expect(externalReferences(page("script-src 'sha256-x'", '<script>1</script>'))).toEqual([]);
  });
});

describe('checkPage', () => {
  const code = 'document.body.append("ok")';
  it('accepts a page whose one inline script is the one its policy names', () => {
    const html = page(`default-src 'none'; script-src ${hashOf(code)}`, `<script>${code}</script>`);
    expect(policyScriptHashes(html)).toEqual([hashOf(code)]);
    expect(checkPage(html)).toEqual([]);
  });
  it('fails a script changed after hashing (a minifier after the plugin)', () => {
    const html = page(`default-src 'none'; script-src ${hashOf(code)}`, `<script>${code};</script>`);
    expect(checkPage(html)).toEqual([expect.stringMatching(/not the one its policy allows/)]);
  });
  it('fails a page without a policy, and one that still loads something', () => {
    expect(checkPage(`<html><body><script>${code}</script></body></html>`)).toContain(
      'no Content-Security-Policy <meta>',
    );
    const html = page(
      `script-src ${hashOf(code)}`,
      `<script>${code}</script><script src="more.js"></script>`,
    );
    expect(checkPage(html)).toEqual(['would still load <script src="more.js">']);
  });
});
