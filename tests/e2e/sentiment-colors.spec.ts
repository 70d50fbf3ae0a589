/*
 * Verdicts never depend on colour alone: the verdict colours the browser renders keep 3:1 against
 * the page and stay apart in protanopia, deuteranopia and tritanopia simulations, for each colour
 * convention and theme; every chart gives each verdict its own texture; tag and author pages show
 * their numbers and explain net tone in words.
 */
import { expect, type Page, test } from '@playwright/test';
import { SENTIMENT_COLOR_CONVENTIONS } from '../../lib/sentiment';
import { paletteProblems } from '../../lib/sentiment-palette';
import { siteConfig } from '../../site.config';
import { SENTIMENTS, sentimentLabel } from './helpers/content';
import { busiestAuthor, busiestTag, type VerdictSubject } from './helpers/verdicts';

/** The fill each chart's textures paint under their hatching, per verdict, as the browser computes it. */
const renderedMarks = (page: Page) =>
  page.locator('main pattern[data-sentiment]').evaluateAll((patterns) =>
    patterns.map((pattern) => ({
      sentiment: (pattern as SVGPatternElement).dataset.sentiment!,
      fill: getComputedStyle(pattern.querySelector('rect')!).fill,
    })),
  );

test.describe('verdict colours as rendered', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: every convention keeps 3:1 on the page and its verdicts apart in every simulation`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, colorScheme });
      const page = await context.newPage();
      await page.goto('/insights');
      await expect(page.locator('html')).toHaveAttribute('data-sentiment-colors', siteConfig.sentimentColors);
      const seen = new Map<string, string>();
      for (const convention of SENTIMENT_COLOR_CONVENTIONS) {
        // Every convention's colours ship in the style sheet; the attribute the build writes picks one.
        await page.evaluate((name) => (document.documentElement.dataset.sentimentColors = name), convention);
        const rendered = await renderedMarks(page);
        expect(rendered.length, 'textures on /insights').toBeGreaterThanOrEqual(SENTIMENTS.length * 3);
        const marks = Object.fromEntries(SENTIMENTS.map((s) => [s, [...new Set(rendered.filter((r) => r.sentiment === s).map((r) => r.fill))]]));
        // One colour per verdict across every chart and legend of the page.
        expect(
          Object.values(marks).map((fills) => fills.length),
          `${convention}: colours per verdict`,
        ).toEqual([1, 1, 1, 1]);
        const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const single = Object.fromEntries(Object.entries(marks).map(([s, [fill]]) => [s, fill!]));
        expect(paletteProblems({ marks: single, backgrounds: { page: page_ } }), `${convention} in ${colorScheme}`).toEqual([]);
        seen.set(convention, JSON.stringify(single));
      }
      // East-asian swaps the western positive and negative colours; neutral is a palette of its own.
      const western = JSON.parse(seen.get('western')!);
      const eastAsian = JSON.parse(seen.get('east-asian')!);
      expect([eastAsian.positive, eastAsian.negative]).toEqual([western.negative, western.positive]);
      expect(new Set(seen.values()).size).toBe(3);
      await context.close();
    });
  }
});

/** Every shape of every chart on the page: its verdict, the texture it is filled with, and that texture's marks. */
const chartShapes = (page: Page) =>
  page.locator('main svg[data-chart]').evaluateAll((charts) =>
    charts.flatMap((chart) =>
      [...chart.querySelectorAll('rect')]
        .filter((rect) => !rect.closest('pattern'))
        .map((rect) => {
          const holder = rect.closest('[data-sentiment]') as SVGElement | null;
          const fill = rect.getAttribute('fill') ?? holder?.getAttribute('fill') ?? '';
          const pattern = document.querySelector(fill.replace(/^url\((#[^)]+)\)$/, '$1') || 'none') as SVGPatternElement | null;
          return {
            chart: chart.getAttribute('data-chart'),
            sentiment: holder?.dataset.sentiment ?? null,
            texture: pattern?.dataset.sentiment ?? null,
            marks: pattern ? (pattern.querySelector('path')?.getAttribute('d') ?? 'plain') : null,
          };
        }),
    ),
  );

async function expectTexturedCharts(page: Page, path: string) {
  await page.goto(path);
  const shapes = await chartShapes(page);
  expect(shapes.length, `chart shapes on ${path}`).toBeGreaterThan(0);
  for (const shape of shapes) expect(shape.texture, `${shape.chart} chart shape on ${path}`).toBe(shape.sentiment);
  const byVerdict = new Map(shapes.map((shape) => [shape.sentiment, shape.marks]));
  expect(new Set(byVerdict.values()).size, `distinct textures on ${path}`).toBe(byVerdict.size);
  // Every legend names each verdict beside its texture and icon.
  const legends = page.locator('main [data-legend]');
  expect(await legends.count(), `legends on ${path}`).toBeGreaterThan(0);
  for (const legend of await legends.all()) {
    await expect(legend.locator('li')).toHaveText(SENTIMENTS.map(sentimentLabel));
    await expect(legend.locator('li > svg[data-swatch]')).toHaveCount(SENTIMENTS.length);
    await expect(legend.locator('li > svg:not([data-swatch])')).toHaveCount(SENTIMENTS.length);
  }
}

/** "+14%", "−50%", "0%": the sign a reader sees, with a true minus. */
const signedPercent = (value: number) => (value > 0 ? `+${value}%` : value < 0 ? `−${-value}%` : '0%');

async function expectVisibleNumbers(page: Page, subject: VerdictSubject) {
  await page.goto(subject.path);
  const section = page.locator('main [data-tone-section]');
  await expect(section).toBeVisible();
  const share = (count: number) => Math.round((count / subject.total) * 100);
  for (const sentiment of SENTIMENTS) {
    const row = section.locator(`li[data-sentiment="${sentiment}"]`);
    await expect(row, `${sentiment} on ${subject.path}`).toBeVisible();
    await expect(row).toHaveText(`${sentimentLabel(sentiment)}${subject.counts[sentiment]} · ${share(subject.counts[sentiment])}%`);
  }
  const net = Math.round(((subject.counts.positive - subject.counts.negative) / subject.total) * 100);
  await expect(section.locator('[data-net-tone]')).toContainText(
    `Net tone ${signedPercent(net)}: ${share(subject.counts.positive)}% of verdicts positive minus ${share(subject.counts.negative)}% negative, so `,
  );
}

test.describe('a second channel beside colour', () => {
  test('/insights: each verdict has its own texture in every chart, and every legend names it', async ({ page }) => {
    await expectTexturedCharts(page, '/insights');
  });

  for (const [kind, subject] of [
    ['tag', busiestTag],
    ['author', busiestAuthor],
  ] as const) {
    test(`${kind} page: textured charts, each verdict's count and share in figures, net tone in words`, async ({ page }) => {
      const found = subject();
      await expectTexturedCharts(page, found.path);
      await expectVisibleNumbers(page, found);
    });
  }
});
