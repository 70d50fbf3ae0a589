import { expect, test } from '@playwright/test';
import { expectedLead } from './helpers/front-page';

/*
 * Internal links are plain anchors (components/link.tsx) and the build deletes Next's
 * client-navigation payloads (scripts/build/drop-client-runtime.ts). A click must load the
 * next page as an HTML document, ask for no payload, and meet no missing file.
 */
test('a click on an internal link loads the page as HTML and fetches no navigation payload', async ({ page }) => {
  const lead = expectedLead()!;
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/');
  await page.locator('[data-front="lead"]').getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${lead.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.title);

  const article = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name ?? '');
  expect(new URL(article).pathname, 'the article arrived as a document load, not a client-side render').toBe(`/articles/${lead.slug}`);
  expect(requests.filter((url) => /\.txt(\?|$)|[?&]_rsc=/.test(url))).toEqual([]);
  expect(failures).toEqual([]);
  // Nor does the export still hold the payloads for a cached older page to ask for.
  expect((await page.request.get(`/articles/${lead.slug}.txt`)).status()).toBe(404);
});
