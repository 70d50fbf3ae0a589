import { expect, type Page, test } from '@playwright/test';
import { siteConfig } from '../../site.config';
import { type Article, type ListingPageExpectation, listingPages, PER_PAGE, publishedArticles, withTag } from './helpers/content';
import { cards, cardSlugs } from './helpers/listing';

/*
 * Listings are numbered from the oldest story (docs/content-format.md, "URL layout"): the landing
 * page shows the newest stories, archive page 1 the oldest, and "Older" walks from the landing
 * page down to page 1.
 */

const published = publishedArticles();
const SITE_URL = process.env.NEWSDESK_SITE_URL ?? 'http://localhost:3000';

/** "March 4 – 18, 2026": the dates an archive page covers, as the site's locale and time zone print them. */
const coveredDates = (items: Article[]) =>
  new Intl.DateTimeFormat(siteConfig.locale.replace('_', '-'), { dateStyle: 'long', timeZone: siteConfig.timeZone }).formatRange(
    items.at(-1)!.date,
    items[0]!.date,
  );

async function expectLinks(page: Page, expected: Array<ListingPageExpectation<Article>>, at: number) {
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  const newer = expected[at - 1];
  const older = expected[at + 1];
  const rel = (name: 'prev' | 'next') => page.locator(`a[rel="${name}"]`);
  if (newer) await expect(rel('prev')).toHaveAttribute('href', newer.path);
  else await expect(rel('prev')).toHaveCount(0);
  if (older) await expect(rel('next')).toHaveAttribute('href', older.path);
  else await expect(rel('next')).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /newer/i })).toHaveCount(newer ? 1 : 0);
  await expect(nav.getByRole('link', { name: /older/i })).toHaveCount(older ? 1 : 0);
  // Each page is canonical for itself: no story is on two pages of a listing.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname, `canonical of ${expected[at]!.path}`).toBe(new URL(expected[at]!.path, SITE_URL).pathname);
}

/** Walks a listing from its landing page down with "Older" and back up with "Newer", checking every page. */
async function walkListing(page: Page, basePath: string, listed: Article[]) {
  test.slow(); // every page of the listing, down and back up
  const expected = listingPages(basePath, listed);
  expect(expected.length, `${basePath} should have archive pages`).toBeGreaterThan(1);
  const nav = page.getByRole('navigation', { name: 'Pagination' });

  await page.goto(basePath);
  const seen: string[] = [];
  for (const [at, listingPage] of expected.entries()) {
    await expect(page).toHaveURL((url) => url.pathname === listingPage.path);
    if (at === 0 && basePath === '/') {
      // The home page's landing page is the front page (front-page.spec.ts): every story of it is on it.
      const onFront = await page.locator('main a[href^="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const story of listingPage.items) expect(onFront, `front page carries ${story.slug}`).toContain(`/articles/${story.slug}`);
    } else {
      expect(await cardSlugs(page), `stories on ${listingPage.path}`).toEqual(listingPage.items.map((a) => a.slug));
      const dates = await cards(page)
        .locator('time[datetime]')
        .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime')!)));
      expect(dates).toEqual(listingPage.items.map((a) => a.date.getTime()));
    }
    seen.push(...listingPage.items.map((a) => a.slug));
    if (listingPage.archivePage !== undefined) {
      // Archive pages are named by the dates they cover and their number, never "of N", which would change as pages are added.
      expect(listingPage.items).toHaveLength(PER_PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(coveredDates(listingPage.items));
      await expect(nav).toContainText(`Archive page ${listingPage.archivePage}`);
      await expect(nav).not.toContainText(/ of \d/);
      await expect(page).toHaveTitle(new RegExp(`archive page ${listingPage.archivePage}\\b`));
    }
    await expectLinks(page, expected, at);
    if (at < expected.length - 1) await nav.getByRole('link', { name: /older/i }).click();
  }
  expect(seen, 'every story once, newest first').toEqual(listed.map((a) => a.slug));
  expect(expected.at(-1)!.archivePage, 'the walk ends on page 1, the oldest stories').toBe(1);

  for (let at = expected.length - 2; at >= 0; at--) {
    await nav.getByRole('link', { name: /newer/i }).click();
    await expect(page).toHaveURL((url) => url.pathname === expected[at]!.path);
  }
}

test('home: the landing page shows the newest stories and Older walks the archive down to page 1', async ({ page }) => {
  const [landing] = listingPages('/', published);
  expect(landing!.items.length).toBeGreaterThanOrEqual(PER_PAGE);
  expect(landing!.items.length).toBeLessThan(2 * PER_PAGE);
  await walkListing(page, '/', published);
});

test('/tags/markets is numbered the same way', async ({ page }) => {
  await walkListing(page, '/tags/markets', withTag(published, 'Markets'));
});

test('pages the numbering does not give are 404s: page 0, the newest full page, pages past it', async ({ page, request }) => {
  const homeArchive = listingPages('/', published).length - 1;
  const marketsArchive = listingPages('/tags/markets', withTag(published, 'Markets')).length - 1;
  for (const path of ['/page/0', '/page/99', `/page/${homeArchive + 1}`, '/tags/markets/page/0', `/tags/markets/page/${marketsArchive + 1}`, '/page/01']) {
    const response = await request.get(path);
    expect.soft(response.status(), path).toBe(404);
    expect.soft(await response.text(), `${path} serves the 404 page`).toContain('We could not find that page');
  }
  const response = await page.goto(`/page/${homeArchive + 1}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
});
