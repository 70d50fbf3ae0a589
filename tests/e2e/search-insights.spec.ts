/*
 * Finding and understanding the news: Pagefind search over the exported site, and the insights
 * charts' numbers against the content files.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { publishedArticles, SENTIMENTS, sentimentLabel, withSentiment } from './helpers/content';

const results = (page: Page) => page.getByRole('region', { name: 'Search results' }).getByRole('listitem').getByRole('heading');

test.describe('search', () => {
  test('a phrase from one article body finds that article', async ({ page }) => {
    const phrase = 'Great Lakes Independent';
    const holders = publishedArticles().filter((article) => article.body.includes(phrase));
    expect(holders, 'the phrase must occur in exactly one article').toHaveLength(1);
    await page.goto(`/search?q=${encodeURIComponent(`"${phrase}"`)}`);
    await expect(results(page)).toHaveText([holders[0]!.title]);
    await expect(page.getByRole('status')).toHaveText('1 article found.');
    await expect(page.locator('mark').first()).toBeVisible();
  });

  test('a search covers every shard of the index: a verdict filter finds every story with that verdict', async ({ page, request }) => {
    // The fixture site is indexed in shards of a few articles (tests/support/fixture-site.ts), as a large archive is.
    const { shards } = (await (await request.get('/pagefind/shards.json')).json()) as { shards: unknown[] };
    expect(shards.length, "shards in the fixture site's index").toBeGreaterThan(1);
    const expected = withSentiment(publishedArticles(), 'negative').map((article) => article.title);
    // More than one, and few enough that every one is listed (20 a page).
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThanOrEqual(20);
    await page.goto('/search?sentiment=negative');
    await expect(page.getByRole('status')).toHaveText(`${expected.length} articles found.`);
    expect((await results(page).allTextContents()).sort()).toEqual([...expected].sort());
  });

  test('the sentiment filter narrows results, and the search lives in the URL', async ({ page }) => {
    await page.goto('/search');
    // A word used across stories of every verdict, so the filter has something to narrow.
    await page.getByLabel('Search for').fill('percent');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=percent$/);
    await expect(page.getByRole('status')).toHaveText(/\d+ articles? found/);
    const unfiltered = await results(page).allTextContents();
    expect(unfiltered.length).toBeGreaterThan(1);

    await page.getByLabel('Analyst verdict').selectOption('negative');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=percent&sentiment=negative$/);
    await expect(page.getByRole('status')).toHaveText(/found/);
    const negative = await results(page).allTextContents();
    const expected = withSentiment(publishedArticles(), 'negative').map((article) => article.title);
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.length).toBeLessThan(unfiltered.length);
    for (const title of negative) expect(expected).toContain(title);

    // Reloading the shared URL restores the search; the back button returns to the previous one.
    await page.reload();
    await expect(results(page)).toHaveText(negative);
    await expect(page.getByLabel('Analyst verdict')).toHaveValue('negative');
    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=percent$/);
    await expect(results(page)).toHaveText(unfiltered);
  });

  test('the header search box works from any page, and "/" focuses it', async ({ page }) => {
    await page.goto('/tags');
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    // The behaviour script attaches the shortcut before the load event.
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await box.fill('batteries');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=batteries$/);
    await expect(results(page).first()).toBeVisible();
  });

  test('article pages do not load the search client', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`/articles/${publishedArticles()[0]!.slug}`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

test.describe('insights', () => {
  test('monthly counts match the content files', async ({ page }) => {
    await page.goto('/insights');
    const byMonth = new Map<string, number[]>();
    for (const article of publishedArticles().filter((a) => a.comment)) {
      const month = article.date.toISOString().slice(0, 7);
      const counts = byMonth.get(month) ?? [0, 0, 0, 0];
      counts[SENTIMENTS.indexOf(article.comment!.sentiment as (typeof SENTIMENTS)[number])]! += 1;
      byMonth.set(month, counts);
    }
    for (const [month, counts] of byMonth) {
      const row = page.locator(`tr[data-month="${month}"]`);
      await expect(row.locator('td[data-sentiment]')).toHaveText(counts.map(String));
    }
    await expect(page.getByRole('img', { name: 'Analyst verdicts per month, all articles' })).toBeVisible();
  });

  test('each tag row matches the content files', async ({ page }) => {
    await page.goto('/insights');
    const rows = page.locator('section[aria-labelledby="by-topic"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    for (const row of await rows.all()) {
      const name = (await row.getAttribute('data-group'))!;
      const tagged = publishedArticles().filter((a) => a.comment && a.tags.some((t) => t.toLowerCase() === name.toLowerCase()));
      const expected = SENTIMENTS.map((s) => String(tagged.filter((a) => a.comment!.sentiment === s).length));
      await expect(row.locator('td[data-sentiment]'), name).toHaveText(expected);
    }
  });

  test('a tag page shows its own verdict mix', async ({ page }) => {
    await page.goto('/tags/markets');
    const mix = page.getByRole('img', { name: /^Verdicts on Markets: / });
    const markets = publishedArticles().filter((a) => a.comment && a.tags.includes('Markets'));
    const described = SENTIMENTS.map((s) => `${markets.filter((a) => a.comment!.sentiment === s).length} ${sentimentLabel(s).toLowerCase()}`).join(', ');
    await expect(mix).toHaveAttribute('aria-label', new RegExp(`^Verdicts on Markets: ${described}; net tone`));
  });
});

test.describe('accessibility of search and insights', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['/search?q=energy', '/insights']) {
      test(`${path} has no serious or critical axe violations (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        if (path.startsWith('/search')) await expect(page.getByRole('status')).toHaveText(/found/);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
});
