import type { Locator, Page } from '@playwright/test';

/** The article cards of a listing page (not the related-coverage cards of an article page). */
export const cards = (page: Page): Locator => page.locator('main > header ~ ol > li > article');

/** The card of one article, found by the link its heading carries. */
export const cardFor = (scope: Page | Locator, slug: string): Locator => scope.locator(`article:has(> :is(h2, h3) > a[href="/articles/${slug}"])`);

/** Slugs of the cards on the current listing page, top to bottom, read from their heading links. */
export async function cardSlugs(page: Page): Promise<string[]> {
  const hrefs = await cards(page)
    .locator(':is(h2, h3) > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/articles\//, ''));
}

/** Slugs across every page of a listing, following its "Older" links. */
export async function listingSlugs(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
  const slugs = await cardSlugs(page);
  const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /older/i });
  return (await older.count()) > 0 ? [...slugs, ...(await listingSlugs(page, (await older.getAttribute('href'))!))] : slugs;
}
