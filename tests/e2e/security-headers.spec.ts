/*
 * The exported site under its production policies (served by `serve` with the out/serve.json that
 * `npm run build:hosting` writes from lib/security/headers.ts, and each page's own meta policy
 * with the hashes of its inline scripts): every page type loads, runs its scripts and searches without a
 * single Content-Security-Policy violation or script error, every response carries the security
 * and cache headers, and a script that the build did not hash is refused.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { CACHE_CONTROL, CONTENT_SECURITY_POLICY, headersFor } from '@/lib/security/headers';
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

/**
 * The policies a page is under, header and meta: none may allow inline script wholesale, and
 * the meta must come before every script, or the scripts above it would run unchecked.
 */
async function expectPagePolicies(page: Page, response: Response) {
  const header = response.headers()['content-security-policy'];
  const { meta, firstScriptOrPolicy } = await page.evaluate(() => ({
    meta: document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    firstScriptOrPolicy: document.querySelector('script, meta[http-equiv="Content-Security-Policy"]')?.tagName,
  }));
  expect(firstScriptOrPolicy).toBe('META');
  expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  for (const policy of [header, meta]) expect(policy).not.toContain("'unsafe-inline'");
}

function expectSiteHeaders(response: Response, sitePath: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(headersFor(sitePath))) {
    expect.soft(headers[name.toLowerCase()], `${name} of ${response.url()}`).toBe(value);
  }
}

/** The theme choice answers only if the inline behaviour script, allowed by its hash, ran. */
async function chooseDarkTheme(page: Page) {
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
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
    // The inline head script ran, and so did the behaviour script: the theme toggle answers.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await chooseDarkTheme(page);
    await ready?.(page);
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate(() => window.cspViolations), `CSP violations on ${path}`).toEqual([]);
    expect(errors, `console errors on ${path}`).toEqual([]);

    await expectPagePolicies(page, response!);
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
  expect(cacheOf(/\.pf_(fragment|index)$/).length).toBeGreaterThan(0);
  expect(new Set(cacheOf(/\.pf_(fragment|index|filter|meta)$/))).toEqual(new Set([CACHE_CONTROL.immutable]));
  expect(new Set(cacheOf(/\/pagefind(-worker)?\.js$|pagefind-entry\.json$|\/shards\.json$/))).toEqual(new Set([CACHE_CONTROL.revalidate]));
  // The worker runs under the policy sent with its own script, so that response needs it too.
  const worker = pagefind.find((r) => r.url().endsWith('/pagefind-worker.js'));
  expect(worker?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.file);
});

test('feeds, sitemaps, robots.txt and images carry the security headers, the whole policy and short caching', async ({ request }) => {
  const paths = [
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/tags/markets/feed.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    `/${withImage.image!.replace(/^\//, '')}`,
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY.file);
    for (const [name, value] of Object.entries(headersFor(path))) expect.soft(response.headers()[name.toLowerCase()], `${name} of ${path}`).toBe(value);
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

test('a script injected into a page is refused, while the page’s own scripts run', async ({ page }) => {
  const path = `/articles/${withImage.slug}`;
  // As if markup had been smuggled past the check and the sanitiser: an inline script and an
  // event handler, in the page as served, under its real headers and meta. They go at the end
  // of <body>, after the page's own scripts.
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      '<script>window.injected = "script"</script><img src="/no-such-image.png" alt="" onerror="window.injected = \'handler\'"/></body>',
    );
    expect(html).toContain('window.injected');
    await route.fulfill({ response, body: html });
  });
  await recordViolations(page);
  await page.goto(path, { waitUntil: 'networkidle' });

  // Distinct reports: Chromium may report a refused handler each time it would have run it.
  const refused = () => page.evaluate(() => [...new Set(window.cspViolations.map((v) => `${v.directive} ${v.blocked}`))].sort());
  await expect.poll(refused).toEqual(['script-src-attr inline', 'script-src-elem inline']);
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  // Our own hashed scripts did run: the theme script and the behaviour script, which works the toggle.
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await chooseDarkTheme(page);
});
