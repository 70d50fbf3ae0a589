import { expect, type Page, test } from '@playwright/test';
import { type Article, pages, PER_PAGE, publishedArticles, withTag } from './helpers/content';
import { cards, cardSlugs } from './helpers/listing';

const published = publishedArticles();

/** Walks a listing forward with "Older" and back with "Newer", checking every page against `expected`. */
async function walkListing(page: Page, basePath: string, expected: Article[]) {
  test.slow(); // every page of the listing, forward and back
  const expectedPages = pages(expected);
  expect(expectedPages.length, `${basePath} should need more than one page`).toBeGreaterThan(1);
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  const older = nav.getByRole('link', { name: /older/i });
  const newer = nav.getByRole('link', { name: /newer/i });
  const pathOf = (n: number) => (n === 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${n}`);

  await page.goto(basePath);
  const seenDates: number[] = [];
  for (const [index, articles] of expectedPages.entries()) {
    const n = index + 1;
    await expect(page).toHaveURL((url) => url.pathname === pathOf(n));
    if (n === 1 && basePath === '/') {
      // The home page's first page is the front page (front-page.spec.ts): every story of the page is on it.
      const onFront = await page.locator('main a[href^="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const article of articles) expect(onFront, `front page carries ${article.slug}`).toContain(`/articles/${article.slug}`);
      seenDates.push(...articles.map((a) => a.date.getTime()));
      await older.click();
      continue;
    }
    await expect(cards(page)).toHaveCount(articles.length);
    expect(await cardSlugs(page), `articles on page ${n} of ${basePath}`).toEqual(articles.map((a) => a.slug));
    await expect(nav).toContainText(`Page ${n} of ${expectedPages.length}`);
    if (n > 1) await expect(page.getByRole('heading', { level: 1 })).toContainText(`page ${n}`);
    const dates = await cards(page)
      .locator('time[datetime]')
      .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime')!)));
    expect(dates).toEqual(articles.map((a) => a.date.getTime()));
    seenDates.push(...dates);
    await expect(newer).toHaveCount(n === 1 ? 0 : 1);
    if (n < expectedPages.length) await older.click();
    else await expect(older).toHaveCount(0);
  }
  expect(seenDates, 'newest first across pages').toEqual([...seenDates].sort((a, b) => b - a));

  for (let n = expectedPages.length - 1; n >= 1; n--) {
    await newer.click();
    await expect(page).toHaveURL((url) => url.pathname === pathOf(n));
    if (n === 1 && basePath === '/') continue;
    expect(await cardSlugs(page)).toEqual(expectedPages[n - 1]!.map((a) => a.slug));
  }
}

test('home paginates 10 per page, Older and Newer move between pages', async ({ page }) => {
  expect(pages(published)[0]).toHaveLength(PER_PAGE);
  await walkListing(page, '/', published);
});

test('/tags/markets paginates the same way', async ({ page }) => {
  await walkListing(page, '/tags/markets', withTag(published, 'Markets'));
});

test('page 1 under /page/ and pages past the end are 404s', async ({ page, request }) => {
  const lastMarkets = pages(withTag(published, 'Markets')).length;
  for (const path of ['/page/99', `/page/${pages(published).length + 1}`, '/tags/markets/page/1', `/tags/markets/page/${lastMarkets + 1}`]) {
    const response = await request.get(path);
    expect.soft(response.status(), path).toBe(404);
    expect.soft(await response.text(), `${path} serves the 404 page`).toContain('We could not find that page');
  }
  const response = await page.goto('/page/1');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
});
