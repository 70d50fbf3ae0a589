/*
 * The exported site under its production headers (served by `serve` with the out/serve.json that
 * `npm run build:hosting` writes from lib/security/headers.ts): every page type loads, hydrates
 * and searches without a single Content-Security-Policy violation or script error, and every
 * response carries the security and cache headers.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { CACHE_CONTROL, headersFor, SECURITY_HEADERS } from '@/lib/security/headers';
import { publishedArticles } from './helpers/content';

const published = publishedArticles();
const withImage = published.find((a) => a.image);
const withTable = published.find((a) => /^\|.*\|\s*$/m.test(a.body));
if (!withImage || !withTable) throw new Error('content/ needs a published article with a lead image and one with a table');

/** Each page type, and what shows that its scripts ran (not just that the HTML arrived). */
const PAGES: Record<string, { path: string; status?: number; ready?: (page: Page) => Promise<void> }> = {
  home: { path: '/' },
  'home page 2': { path: '/page/2' },
  article: { path: `/articles/${withImage.slug}` },
  'article with GFM table': { path: `/articles/${withTable.slug}` },
  author: { path: `/authors/${withImage.authors[0]}` },
  authors: { path: '/authors' },
  tag: { path: '/tags/markets' },
  tags: { path: '/tags' },
  sentiment: { path: '/sentiment/negative' },
  // Pagefind loads its script, a web worker and WebAssembly, then fetches index chunks.
  search: { path: '/search?q=energy', ready: (page) => expect(page.getByRole('status')).toHaveText(/[1-9]\d* articles? found/) },
  insights: { path: '/insights' },
  '404': { path: '/no-such-page', status: 404 },
};

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    cspViolations: Violation[];
  }
}

/** Records every CSP violation of the page, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

/**
 * Console errors (where the browser reports a refused script, style or fetch, in workers too) and
 * uncaught exceptions. Pagefind reports a worker that failed, say one refused WebAssembly, only
 * as a warning before falling back to the main thread, so its warnings count as well. The status
 * of the document itself is checked on its own: a 404 page is meant to answer 404.
 */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    const isDocumentStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    const isError = message.type() === 'error' && !isDocumentStatus;
    const isPagefindWarning = message.type() === 'warning' && /pagefind/i.test(message.text());
    if (isError || isPagefindWarning) errors.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

function expectSiteHeaders(response: Response, sitePath: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(headersFor(sitePath))) {
    expect.soft(headers[name.toLowerCase()], `${name} of ${response.url()}`).toBe(value);
  }
}

for (const [name, { path, status = 200, ready }] of Object.entries(PAGES)) {
  test(`${name} (${path}) works under the production headers, without a CSP violation`, async ({ page }) => {
    await recordViolations(page);
    const errors = recordErrors(page);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The inline head script ran, and React hydrated from the inline payload: the theme toggle answers.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await page.locator('header button[aria-pressed]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await ready?.(page);
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate(() => window.cspViolations), `CSP violations on ${path}`).toEqual([]);
    expect(errors, `console errors on ${path}`).toEqual([]);

    expectSiteHeaders(response!, new URL(response!.url()).pathname);
    const assets = responses.filter((r) => new URL(r.url()).pathname.startsWith('/_next/static/'));
    expect(assets.length, 'Next.js assets loaded').toBeGreaterThan(0);
    for (const asset of assets) expect.soft(asset.headers()['cache-control'], asset.url()).toBe(CACHE_CONTROL.immutable);
  });
}

test('search fetches Pagefind’s hashed index chunks as immutable and its entry points as revalidated', async ({ page }) => {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto('/search?q=energy');
  await expect(page.getByRole('status')).toHaveText(/found/);
  await page.waitForLoadState('networkidle');
  const pagefind = responses.filter((r) => new URL(r.url()).pathname.startsWith('/pagefind/'));
  const cacheOf = (pattern: RegExp) => pagefind.filter((r) => pattern.test(r.url())).map((r) => r.headers()['cache-control']);
  expect(cacheOf(/\/pagefind\/(fragment|index)\//).length).toBeGreaterThan(0);
  expect(new Set(cacheOf(/\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/))).toEqual(new Set([CACHE_CONTROL.immutable]));
  expect(new Set(cacheOf(/\/pagefind\/pagefind(-worker)?\.js$|pagefind-entry\.json$/))).toEqual(new Set([CACHE_CONTROL.revalidate]));
  // The worker runs under the policy sent with its own script, so that response needs it too.
  const worker = pagefind.find((r) => r.url().endsWith('/pagefind-worker.js'));
  expect(worker?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
});

test('feeds, sitemaps and robots.txt carry the security headers and short caching', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/tags/markets/feed.xml', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect.soft(response.headers()[name.toLowerCase()], `${name} of ${path}`).toBe(value);
    expect.soft(response.headers()['cache-control'], path).toBe(CACHE_CONTROL.revalidate);
  }
});

test('the policy is enforced and a violation would be caught', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  // Another origin on this machine: the policy blocks the image before any request is made.
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'http://localhost:9/tracker.png';
    document.body.append(image);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.map((v) => v.directive))).toEqual(['img-src']);
});
