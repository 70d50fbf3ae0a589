import { expect, test, type Page } from '@playwright/test';
import { publishedArticles } from './helpers/content';

/*
 * Pages are worked by the site's own behaviour script (components/site-behaviours.tsx), so the
 * build drops Next's runtime and hydration payload from every page without a client component
 * (scripts/build/drop-client-runtime.ts). No page has one: the search page is worked by a script
 * of its own (components/search/search-client.ts).
 */
const article = publishedArticles()[0]!;

/** The scripts the page fetched from Next's folder, and its errors. */
async function load(page: Page, path: string) {
  const frameworkScripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/_next/')) frameworkScripts.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path, { waitUntil: 'networkidle' });
  return { frameworkScripts, errors };
}

test('an article page runs no framework JavaScript and carries no hydration payload, and its controls work', async ({ page }) => {
  const { frameworkScripts, errors } = await load(page, `/articles/${article.slug}`);
  expect(frameworkScripts).toEqual([]);
  expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
  // The theme choice answers at once: nothing waits for hydration.
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('the search page runs its own script, not the framework, and finds stories', async ({ page }) => {
  const { frameworkScripts, errors } = await load(page, `/search?q=${encodeURIComponent(article.title.split(' ')[0]!)}`);
  expect(frameworkScripts).toEqual([]);
  expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  expect(errors).toEqual([]);
});
