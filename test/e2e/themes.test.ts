/**
 * Issue 13, item 7: the pane in Office's three looks (light, dark, high
 * contrast; the preview's `?theme=` stands in for Office's theme), 350 px
 * wide after 检查: the theme's own background and text, nothing overflowing,
 * axe-core without a serious or critical finding on each tab, and a
 * screenshot of each in test-output/ (git-ignored) to look at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { luminance } from '../../taskpane/host';
import { axeViolations } from './axe';
import { buildPane, launch, serve, ROOT, type Browser, type BuiltPane, type Server } from './harness';

jest.setTimeout(180_000);

const OUT = path.join(ROOT, 'test-output');
let pane: BuiltPane;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  pane = await buildPane();
  server = await serve(pane.dir);
  browser = await launch();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  pane?.cleanup();
});

/** `rgb(r, g, b)` → `#rrggbb`. */
function hex(rgb: string): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!m) throw new Error(`not a colour: ${rgb}`);
  return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

describe.each([
  // Background luminance each look must have, and the text's contrast against it (WCAG: 4.5; high contrast: 7).
  ['light', (l: number) => l > 0.8, 4.5],
  ['dark', (l: number) => l < 0.1, 4.5],
  ['contrast', (l: number) => l < 0.05, 7],
] as const)('the %s theme at 350 px', (theme, dark, minContrast) => {
  it('is drawn in that theme, overflows nowhere, passes axe on every tab, and is photographed', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 350, height: 800 });
    await page.goto(`${server.origin}/taskpane.html?theme=${theme}`);
    await page.getByRole('button', { name: '载入示例台账' }).click();
    await page.getByTestId('preview-loaded').waitFor();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });

    const colours = await page.evaluate(() => {
      const root = document.querySelector('[data-theme]') as HTMLElement;
      const s = getComputedStyle(root);
      return { theme: root.dataset.theme, background: s.backgroundColor, text: s.color };
    });
    expect(colours.theme).toBe(theme);
    const bg = luminance(hex(colours.background))!;
    const fg = luminance(hex(colours.text))!;
    expect({ theme, background: colours.background, fits: dark(bg) }).toEqual({
      theme,
      background: colours.background,
      fits: true,
    });
    const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(minContrast);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);

    await page.screenshot({ path: path.join(OUT, `theme-${theme}-350px.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // The findings opened on their first problem, then the person card and the settings.
    await page.getByTestId('finding-next').click();
    await page.getByTestId('findings').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `theme-${theme}-350px-findings.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // The people most urgent first, each failing one with only what they lack.
    const people = page.getByTestId('person-row');
    await people.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `theme-${theme}-350px-people.png`) });
    // The card of the first person who falls short (their cuts on one line each).
    await people
      .filter({ has: page.locator('[data-verdict="fail"]') })
      .first()
      .locator('[data-person]')
      .click();
    await page.getByTestId('person-card').waitFor();
    // The card opens at its top in view, not wherever the list had been scrolled to.
    const top = await page.getByTestId('person-card').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(50);
    await page.screenshot({ path: path.join(OUT, `theme-${theme}-350px-person.png`) });
    // The person of the first row cut to 8 hours a day, reached as in Excel: the row selected
    // (here from its finding), then the 人员 tab.
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: /超过每天 8 学时上限/ }).click();
    const cutRow = await page
      .locator('[data-testid="finding-group"][data-code="per-day-cap"] li[data-row]')
      .first()
      .getAttribute('data-row');
    await page.locator(`[data-testid="sheet-view"] tr[data-row="${cutRow}"]`).click();
    await page.getByRole('tab', { name: '人员' }).click();
    // The card of that row's person (the selection is read after its debounce: until then the
    // card of the person opened before may still stand, with cuts of its own).
    const cutRecord = page.locator(
      `[data-testid="person-card"] [data-testid="person-detail-row"][data-row="${cutRow}"]`,
    );
    await cutRecord.waitFor();
    await cutRecord.getByTestId('person-cut').first().waitFor();
    const cardTop = await page.getByTestId('person-card').evaluate((el) => el.getBoundingClientRect().top);
    expect(cardTop).toBeGreaterThan(-1);
    expect(cardTop).toBeLessThan(50);
    await cutRecord.getByTestId('person-cut').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `theme-${theme}-350px-person-cut.png`) });
    // Compact at 350 px: nothing sideways; each record a few short lines (not a column wrapped
    // into six), each cut on exactly one line.
    const layout = await page.getByTestId('person-card').evaluate((card) => {
      const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight) || 20;
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        records: [...card.querySelectorAll('[data-testid="person-detail-row"]')].map((r) => {
          const cuts = r.querySelectorAll('[data-testid="person-cut"]');
          const lh = lineHeight(r);
          return { lines: Math.round(r.getBoundingClientRect().height / lh), cuts: cuts.length };
        }),
        cutLines: [...card.querySelectorAll('[data-testid="person-cut"]')].map((c) =>
          Math.round(c.getBoundingClientRect().height / lineHeight(c)),
        ),
      };
    });
    expect(layout.overflow).toBe(0);
    expect(layout.records.length).toBeGreaterThan(0);
    for (const r of layout.records) expect(r.lines).toBeLessThanOrEqual(3 + r.cuts);
    expect(layout.cutLines.length).toBeGreaterThan(0);
    expect(new Set(layout.cutLines)).toEqual(new Set([1]));
    expect(await page.getByTestId('person-cut').first().innerText()).toMatch(
      /^申报\d+(\.\d+)?，\d+天上限\d+/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: '设置' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('without ?theme, the look the system asks for', () => {
  it('dark when the browser prefers dark; high contrast when colours are forced, also switched on while open', async () => {
    const { page } = browser;
    const theme = () => page.locator('[data-theme]').getAttribute('data-theme');
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId('preview-banner').waitFor();
    expect(await theme()).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await page.waitForFunction(
      () => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'contrast',
    );
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId('preview-banner').waitFor();
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: null, forcedColors: null });
  });
});
