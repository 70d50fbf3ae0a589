import { expect, test } from '@playwright/test';
import { expectedSeries } from './helpers/front-page';
import { publishedArticles } from './helpers/content';
import { cardSlugs } from './helpers/listing';

const series = expectedSeries().find((s) => s.parts.length >= 3);
if (!series) throw new Error('the content needs a published series of at least three parts');
const published = publishedArticles();
const SITE_URL = process.env.NEWSDESK_SITE_URL ?? 'http://localhost:3000';

test('the series page lists every part in reading order under the series title, with its feed', async ({ page, request }) => {
  const response = await page.goto(`/series/${series.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(series.title);
  expect(await cardSlugs(page)).toEqual(series.parts.map((p) => p.slug));
  const feedLink = page.locator(`a[href="/series/${series.slug}/feed.xml"]`);
  await expect(feedLink).toBeVisible();
  const feed = await request.get(`/series/${series.slug}/feed.xml`);
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  for (const part of series.parts) expect(xml, part.slug).toContain(`/articles/${part.slug}</link>`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${SITE_URL}/series/${series.slug}</loc>`);
});

test('each part says "Part n of N" and links to the previous and next parts; related coverage looks back, starting with the previous part', async ({
  page,
}) => {
  test.slow(); // one page per part
  const total = series.parts.length;
  for (const [index, part] of series.parts.entries()) {
    await page.goto(`/articles/${part.slug}`);
    const label = `Part ${index + 1} of ${total} in the series ${series.title}`;
    await expect(page.locator('[data-series-label]')).toHaveText(label);
    const nav = page.getByRole('navigation', { name: 'Series' });
    await expect(nav).toContainText(label);
    await expect(nav.getByRole('link', { name: series.title, exact: true })).toHaveAttribute('href', `/series/${series.slug}`);
    const previous = nav.locator('a[rel="prev"]');
    const next = nav.locator('a[rel="next"]');
    if (index === 0) await expect(previous).toHaveCount(0);
    else {
      await expect(previous).toHaveAttribute('href', `/articles/${series.parts[index - 1]!.slug}`);
      await expect(previous).toContainText(`Part ${index}: ${series.parts[index - 1]!.title}`);
    }
    if (index === total - 1) await expect(next).toHaveCount(0);
    else {
      await expect(next).toHaveAttribute('href', `/articles/${series.parts[index + 1]!.slug}`);
      await expect(next).toContainText(`Part ${index + 2}: ${series.parts[index + 1]!.title}`);
    }
    // Related coverage only looks back: the previous part leads it, and no later part is in it.
    const related = page.locator('section[aria-labelledby="related-heading"] :is(h2, h3) > a');
    if (index > 0) await expect(related.first()).toHaveAttribute('href', `/articles/${series.parts[index - 1]!.slug}`);
    const relatedSlugs = (await related.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).map((href) => href!.replace('/articles/', ''));
    const later = published.filter((story) => story.date.getTime() > part.date.getTime()).map((story) => story.slug);
    expect(
      relatedSlugs.filter((slug) => later.includes(slug)),
      `later stories in ${part.slug}'s related coverage`,
    ).toEqual([]);
  }
});

test('keyboard: the next part is reachable and followed with Enter', async ({ page }) => {
  const [first, second] = series.parts;
  await page.goto(`/articles/${first!.slug}`);
  const next = page.getByRole('navigation', { name: 'Series' }).locator('a[rel="next"]');
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${second!.slug}`);
});

test('a series no article names is a 404', async ({ request }) => {
  expect((await request.get('/series/no-such-series')).status()).toBe(404);
});
