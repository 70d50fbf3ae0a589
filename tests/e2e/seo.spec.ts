/*
 * Crawlers and social networks: canonical URLs, Open Graph, Twitter cards, JSON-LD, sitemaps,
 * and a headline full of characters that must be escaped differently in each of them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { allArticles, author, buildTime, listingPages, OUT_DIR, PROJECT_ROOT, publishedArticles, tagPath, withTag, type Article } from './helpers/content';

const SITE_URL = 'http://localhost:3000';
/** The fixture headline with every character that needs escaping somewhere. */
const HOSTILE_TITLE = /&.*<\/script>.*[“”"].*\p{Extended_Pictographic}.*\p{Script=Han}/u;

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => JSON.parse(text));
}

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);

function pngSize(file: string) {
  const header = readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString()).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

test('an article has canonical, Open Graph article tags, a Twitter card and NewsArticle + BreadcrumbList JSON-LD', async ({ page }) => {
  const article = publishedArticles().find((a) => a.authors.length > 1)!;
  const url = `${SITE_URL}/articles/${article.slug}`;
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'og:url')).toHaveAttribute('content', url);
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', article.date.toISOString());
  await expect(meta(page, 'article:modified_time')).toHaveCount(1);
  await expect(meta(page, 'article:author')).toHaveCount(article.authors.length);
  expect(await meta(page, 'article:tag').count()).toBeGreaterThan(0);
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta(page, 'og:image')).toHaveAttribute('content', `${url}/social-card.png`);

  const [news, breadcrumbs] = await jsonLd(page);
  expect(news).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.date.toISOString(),
    mainEntityOfPage: { '@id': url },
    publisher: { '@type': 'NewsMediaOrganization', logo: { url: `${SITE_URL}/brand/logo.png` } },
  });
  expect((news!.author as Array<{ name: string; url: string }>).map((a) => [a.name, a.url])).toEqual(
    article.authors.map((slug) => [author(slug).name, `${SITE_URL}/authors/${slug}`]),
  );
  expect(news!.keywords).toEqual(expect.arrayContaining([article.tags[0]]));
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  const crumbs = breadcrumbs!.itemListElement as Array<{ position: number; item: string }>;
  expect(crumbs.map((crumb) => crumb.position)).toEqual(crumbs.map((_, index) => index + 1));
  expect(crumbs.at(-1)!.item).toBe(url);
});

test('author, listing and index pages have canonical URLs, Open Graph and Twitter tags', async ({ page }) => {
  const slug = publishedArticles()[0]!.authors[0]!;
  for (const path of ['/', '/page/2', '/tags', '/authors', `/authors/${slug}`, '/tags/markets', '/sentiment/mixed']) {
    await page.goto(path);
    // An origin's URL is the same with or without its final "/"; Next.js writes it without.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).href, path).toBe(new URL(path, SITE_URL).href);
    await expect(meta(page, 'og:title'), path).toHaveCount(1);
    await expect(meta(page, 'og:image'), path).toHaveCount(1);
    await expect(meta(page, 'twitter:card'), path).toHaveAttribute('content', 'summary_large_image');
  }
  await page.goto(`/authors/${slug}`);
  expect(await jsonLd(page)).toEqual([
    expect.objectContaining({ '@type': 'ProfilePage', mainEntity: expect.objectContaining({ '@type': 'Person', name: author(slug).name }) }),
  ]);
});

test.describe('a headline with &, <, quotes, </script>, emoji and CJK', () => {
  const hostile = () => {
    const found = allArticles().find((a) => HOSTILE_TITLE.test(a.title));
    if (!found) throw new Error('the test site needs an article whose headline has &, </script>, a quote, an emoji and a Han character');
    return found;
  };

  test('round-trips intact through the title, h1, Open Graph and JSON-LD', async ({ page }) => {
    const { slug, title, summary } = hostile();
    await page.goto(`/articles/${slug}`);
    await expect(page).toHaveTitle(`${title} | Newsdesk`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(meta(page, 'og:title')).toHaveAttribute('content', title);
    await expect(meta(page, 'og:description')).toHaveAttribute('content', summary!);
    await expect(meta(page, 'twitter:title')).toHaveAttribute('content', title);
    const [news] = await jsonLd(page);
    expect(news).toMatchObject({ headline: title, description: summary });
  });

  test('leaves no unescaped markup in any exported HTML page', () => {
    const { title, summary } = hostile();
    const pages = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      const html = readFileSync(join(OUT_DIR, file), 'utf8');
      for (const text of [title, summary!]) expect(html.includes(text), file).toBe(false);
      // Inside JSON-LD nothing may look like a tag to the HTML parser.
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) expect(json).not.toContain('<');
    }
  });

  test('round-trips intact through every feed', () => {
    const { slug, title, authors, tags } = hostile();
    const url = `${SITE_URL}/articles/${slug}`;
    const json = JSON.parse(readFileSync(join(OUT_DIR, 'feed.json'), 'utf8'));
    expect(json.items.find((item: { id: string }) => item.id === url).title).toBe(title);
    const script = join(PROJECT_ROOT, 'tests/e2e/helpers/feedparser_dump.py');
    const feeds = ['feed.xml', 'atom.xml', `authors/${authors[0]}/feed.xml`, `${tagPath(tags[0]!).slice(1)}/feed.xml`].map((f) => join(OUT_DIR, f));
    const parsed = JSON.parse(execFileSync('/usr/bin/python3', [script, ...feeds], { encoding: 'utf8' }));
    for (const feed of feeds) {
      expect(parsed[feed].bozo, feed).toBe(false);
      expect(parsed[feed].entries.find((entry: { link: string }) => entry.link === url).title, feed).toBe(title);
    }
  });
});

test.describe('sitemaps', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
  const articleUrls = (articles: Article[]) => articles.map((a) => `${SITE_URL}/articles/${encodeURIComponent(a.slug)}`).sort();

  test('sitemap.xml is valid against the sitemaps.org schema and lists exactly the published articles', () => {
    const schema = join(PROJECT_ROOT, 'tests/schemas/sitemap.xsd');
    expect(() => execFileSync('xmllint', ['--noout', '--schema', schema, join(OUT_DIR, 'sitemap.xml')], { stdio: 'pipe' })).not.toThrow();
    const xml = readFileSync(join(OUT_DIR, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const urls = locs(xml);
    expect(urls.filter((url) => url.includes('/articles/')).sort()).toEqual(articleUrls(publishedArticles()));
    for (const listing of ['/', '/page/2', '/tags', '/authors', '/tags/markets/page/1', '/sentiment/negative']) {
      expect(urls).toContain(listing === '/' ? `${SITE_URL}/` : `${SITE_URL}${listing}`);
    }
    // Exactly the landing and archive pages docs/content-format.md gives the home and Markets listings.
    for (const [basePath, listed] of [
      ['/', publishedArticles()],
      ['/tags/markets', withTag(publishedArticles(), 'Markets')],
    ] as const) {
      const pattern = new RegExp(`^${SITE_URL}${basePath === '/' ? '' : basePath}(/page/\\d+)?/?$`);
      const expected = listingPages(basePath, listed).map((listingPage) => (listingPage.path === '/' ? `${SITE_URL}/` : `${SITE_URL}${listingPage.path}`));
      expect(urls.filter((url) => pattern.test(url)).sort(), basePath).toEqual(expected.sort());
    }
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('the News sitemap has the news namespace and exactly the articles of the 48 hours before the build time', () => {
    const xml = readFileSync(join(OUT_DIR, 'news-sitemap.xml'), 'utf8');
    expect(() => execFileSync('xmllint', ['--noout', join(OUT_DIR, 'news-sitemap.xml')], { stdio: 'pipe' })).not.toThrow();
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const built = buildTime().getTime();
    const recent = publishedArticles().filter((a) => built - a.date.getTime() <= 48 * 3600 * 1000);
    // Comparing two empty lists would prove nothing: the fixture site's fixed clock puts stories in the window.
    expect(recent.length, 'stories within 48 hours of the build time (build and test with one NEWSDESK_BUILD_TIME)').toBeGreaterThan(0);
    expect(locs(xml).sort()).toEqual(articleUrls(recent));
  });

  test('robots.txt names both sitemaps', () => {
    const robots = readFileSync(join(OUT_DIR, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
  });
});

test('every published article has a 1200×630 share card', () => {
  for (const article of publishedArticles()) {
    expect(pngSize(join(OUT_DIR, 'articles', article.slug, 'social-card.png')), article.slug).toEqual({ width: 1200, height: 630 });
  }
});
