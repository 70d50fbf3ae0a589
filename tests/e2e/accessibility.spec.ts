import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { publishedArticles, tagPath } from './helpers/content';

const published = publishedArticles();
const withImage = published.find((a) => a.image);
const withTable = published.find((a) => /^\|.*\|\s*$/m.test(a.body));
const cjkTag = published.flatMap((a) => a.tags).find((tag) => /\p{Script=Han}/u.test(tag));
if (!withImage || !withTable || !cjkTag) throw new Error('the test site needs published articles with a lead image, a table and a Chinese tag');

const PAGES: Record<string, { path: string; status?: number }> = {
  home: { path: '/' },
  'home page 2': { path: '/page/2' },
  'article with image': { path: `/articles/${withImage.slug}` },
  'article with GFM table': { path: `/articles/${withTable.slug}` },
  'authors index': { path: '/authors' },
  author: { path: `/authors/${withImage.authors[0]}` },
  'tags index': { path: '/tags' },
  tag: { path: '/tags/markets' },
  'CJK tag': { path: tagPath(cjkTag) },
  sentiment: { path: '/sentiment/negative' },
  '404': { path: '/no-such-page', status: 404 },
};

/*
 * One context per page, analysed in the light scheme and then, without reloading, in the dark one:
 * the colours come from light-dark() and follow prefers-color-scheme, so emulating the media
 * query is what a reader switching their system theme gets. The markup is the same in both, so
 * the dark pass runs only the rules whose outcome depends on colour; that keeps the suite fast.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
for (const [name, { path, status = 200 }] of Object.entries(PAGES)) {
  test(`${name} (${path}): no serious or critical axe violations, light and dark`, async ({ browser, baseURL }) => {
    test.slow(); // two axe runs
    const context = await browser.newContext({ baseURL, colorScheme: 'light' });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      const axe = new AxeBuilder({ page });
      if (colorScheme === 'dark') axe.withRules(COLOUR_RULES);
      const { violations } = await axe.analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = serious
        .map((v) =>
          [`${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`, ...v.nodes.map((node) => `    ${node.target.join(' ')}  ${node.html.slice(0, 120)}`)].join('\n'),
        )
        .join('\n');
      // Soft, so a failure in the light scheme still reports the dark one.
      expect.soft(serious.length, `axe violations on ${path} in the ${colorScheme} scheme:\n${report}`).toBe(0);
    }
    await context.close();
  });
}
