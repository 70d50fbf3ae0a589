/*
 * Subscribers: every feed in out/ is read by two independent clients (Python's feedparser and
 * the npm rss-parser) and checked strictly (jing with the Atom grammar), then compared with what
 * the authors wrote in content/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import Parser from 'rss-parser';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  author,
  OUT_DIR,
  plainText,
  PROJECT_ROOT,
  publishedArticles,
  SENTIMENTS,
  sentimentLabel,
  tagSlug,
  withSentiment,
  withTag,
  type Article,
} from './helpers/content';

const SITE_URL = 'http://localhost:3000';
const FEED_ITEMS = 50;

interface ParsedEntry {
  title: string;
  link: string;
  id: string;
  published: string;
  updated?: string;
  authors: string[];
  tags: string[];
  summary: string;
  content: string[];
  enclosures: string[];
}
interface ParsedFeed {
  bozo: boolean;
  error: string;
  version: string;
  title: string;
  link: string;
  language: string;
  self: string[];
  entries: ParsedEntry[];
}

/** Every RSS feed the contract promises, with the articles it must hold, newest first. */
function expectedRssFeeds(): Array<{ path: string; articles: Article[] }> {
  const articles = publishedArticles();
  const tags = [...new Set(articles.flatMap((a) => a.tags.map(tagSlug)))];
  const authors = [...new Set(articles.flatMap((a) => a.authors))];
  return [
    { path: 'feed.xml', articles },
    ...tags.map((tag) => ({ path: `tags/${tag}/feed.xml`, articles: withTag(articles, tag) })),
    ...authors.map((slug) => ({ path: `authors/${slug}/feed.xml`, articles: articles.filter((a) => a.authors.includes(slug)) })),
    ...SENTIMENTS.map((sentiment) => ({ path: `sentiment/${sentiment}/feed.xml`, articles: withSentiment(articles, sentiment) })),
  ].map((feed) => ({ ...feed, articles: feed.articles.slice(0, FEED_ITEMS) }));
}

function feedparser(paths: string[]): Record<string, ParsedFeed> {
  const script = join(PROJECT_ROOT, 'tests/e2e/helpers/feedparser_dump.py');
  const output = execFileSync('/usr/bin/python3', [script, ...paths.map((path) => join(OUT_DIR, path))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const byFile = JSON.parse(output) as Record<string, ParsedFeed>;
  return Object.fromEntries(paths.map((path) => [path, byFile[join(OUT_DIR, path)]!]));
}

const articleUrl = (article: Article) => `${SITE_URL}/articles/${article.slug}`;

/** What a reader shows for a field that is HTML: the text of the parsed fragment. */
function htmlAsText(html: string): string {
  const texts: string[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'text', (node) => void texts.push(node.value));
  return texts.join('');
}

test.describe('feeds', () => {
  const rssFeeds = expectedRssFeeds();
  let parsed: Record<string, ParsedFeed>;
  test.beforeAll(() => {
    parsed = feedparser([...rssFeeds.map((feed) => feed.path), 'atom.xml']);
  });

  test('feedparser reads every feed without error, with exactly the published articles newest first', () => {
    for (const { path, articles } of [...rssFeeds, { path: 'atom.xml', articles: rssFeeds[0]!.articles }]) {
      const feed = parsed[path]!;
      expect(feed.bozo, `${path}: ${feed.error}`).toBe(false);
      expect(feed.version, path).toBe(path === 'atom.xml' ? 'atom10' : 'rss20');
      expect(
        feed.entries.map((entry) => entry.link),
        path,
      ).toEqual(articles.map(articleUrl));
      expect(feed.language, path).toBe('en');
    }
  });

  test('each item carries title, guid, dates, bylines, tags, sentiment, summary and full text', () => {
    for (const { path, articles } of rssFeeds) {
      const self = `${SITE_URL}/${encodeURI(path)}`;
      expect(parsed[path]!.self, path).toEqual([self]);
      parsed[path]!.entries.forEach((entry, index) => {
        const article = articles[index]!;
        expect(entry.title).toBe(article.title);
        expect(entry.id).toBe(articleUrl(article));
        expect(new Date(entry.published).getTime()).toBe(article.date.getTime());
        expect(entry.authors).toEqual(article.authors.map((slug) => author(slug).name));
        // Categories: the tags (case variants merged), then the analyst's verdict.
        const verdict = article.comment ? [`${sentimentLabel(article.comment.sentiment)} news`] : [];
        const tagCategories = entry.tags.slice(0, entry.tags.length - verdict.length);
        expect(entry.tags.slice(tagCategories.length)).toEqual(verdict);
        expect(tagCategories.map(tagSlug)).toEqual([...new Set(article.tags.map(tagSlug))]);
        const html = entry.content.join('');
        // The full text, not a teaser: the body's first words are there.
        const opening = plainText(article.body.trim().split(/\n\s*\n/)[0]!)
          .split(' ')
          .slice(0, 3)
          .join(' ');
        expect(html, article.slug).toContain(opening);
        if (article.comment) {
          expect(html).toContain(`${sentimentLabel(article.comment.sentiment)} news`);
          if (article.comment.headline) expect(html).toContain(article.comment.headline.replace(/&/g, '&amp;'));
        }
        // Every link and image in the full text must work outside the site.
        for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(url, `${path} ${article.slug}`).toMatch(/^(https?:|mailto:)/);
      });
    }
  });

  test('every feed gives readers the summary exactly as the author wrote it', () => {
    const articles = rssFeeds[0]!.articles;
    const withSummary = articles.filter((article) => article.summary);
    expect(withSummary.length).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(join(OUT_DIR, 'feed.json'), 'utf8')) as { items: Array<{ id: string; summary: string }> };
    for (const article of withSummary) {
      const rss = parsed['feed.xml']!.entries.find((entry) => entry.link === articleUrl(article))!;
      const atom = parsed['atom.xml']!.entries.find((entry) => entry.link === articleUrl(article))!;
      // RSS <description> is HTML: its text, not its markup, must be the summary.
      expect(htmlAsText(rss.summary), article.slug).toBe(article.summary);
      expect(atom.summary, article.slug).toBe(article.summary);
      expect(json.items.find((item) => item.id === articleUrl(article))!.summary, article.slug).toBe(article.summary);
    }
  });

  test('the Atom feed passes the RFC 4287 grammar (jing)', () => {
    const grammar = join(PROJECT_ROOT, 'tests/schemas/atom.rnc');
    expect(() => execFileSync('jing', ['-c', grammar, join(OUT_DIR, 'atom.xml')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  test('rss-parser reads the same items as feedparser', async () => {
    const parser = new Parser<Record<string, never>, { 'dc:creator': string; 'content:encoded': string }>({
      customFields: { item: ['dc:creator', 'content:encoded'] },
    });
    for (const { path } of rssFeeds) {
      const feed = await parser.parseString(readFileSync(join(OUT_DIR, path), 'utf8'));
      const reference = parsed[path]!.entries;
      expect(
        feed.items.map((item) => [item.title, item.link, item.guid]),
        path,
      ).toEqual(reference.map((e) => [e.title, e.link, e.id]));
      expect(feed.items.map((item) => new Date(item.isoDate!).getTime())).toEqual(reference.map((e) => new Date(e.published).getTime()));
      expect(feed.items.every((item) => item['content:encoded'].length > 0)).toBe(true);
      expect(feed.items.map((item) => item['dc:creator'])).toEqual(reference.map((e) => e.authors[0]));
    }
  });

  test('JSON Feed 1.1 lists the same items as RSS, with required fields', () => {
    const feed = JSON.parse(readFileSync(join(OUT_DIR, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE_URL}/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE_URL}/`);
    const articles = rssFeeds[0]!.articles;
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(articles.map(articleUrl));
    feed.items.forEach((item: Record<string, unknown>, index: number) => {
      const article = articles[index]!;
      expect(item.title).toBe(article.title);
      expect(new Date(item.date_published as string).getTime()).toBe(article.date.getTime());
      expect((item.authors as Array<{ name: string }>).map((a) => a.name)).toEqual(article.authors.map((slug) => author(slug).name));
      expect(typeof item.content_html).toBe('string');
      expect((item._newsdesk as { sentiment?: string } | undefined)?.sentiment).toBe(article.comment?.sentiment);
    });
  });

  test('the lead image travels as an enclosure', () => {
    const withImage = publishedArticles().find((article) => article.image);
    expect(withImage, 'the test site needs a published article with a lead image').toBeDefined();
    const entry = parsed['feed.xml']!.entries.find((e) => e.link === articleUrl(withImage!));
    expect(entry?.enclosures).toEqual([`${SITE_URL}${withImage!.image}`]);
  });

  test('every page announces the site feeds, and listings their own feed with a Subscribe link', async ({ page }) => {
    const tagged = publishedArticles()[0]!;
    const listings = [
      { path: '/', feed: '/feed.xml' },
      { path: `/tags/${encodeURIComponent(tagSlug(tagged.tags[0]!))}`, feed: `/tags/${encodeURIComponent(tagSlug(tagged.tags[0]!))}/feed.xml` },
      { path: `/authors/${tagged.authors[0]}`, feed: `/authors/${tagged.authors[0]}/feed.xml` },
      { path: '/sentiment/negative', feed: '/sentiment/negative/feed.xml' },
    ];
    for (const { path, feed } of listings) {
      await page.goto(path);
      const alternates = await page
        .locator('head link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('type'), link.getAttribute('href')]));
      expect(alternates).toEqual(
        expect.arrayContaining([
          ['application/rss+xml', `${SITE_URL}/feed.xml`],
          ['application/atom+xml', `${SITE_URL}/atom.xml`],
          ['application/feed+json', `${SITE_URL}/feed.json`],
          ['application/rss+xml', `${SITE_URL}${feed}`],
        ]),
      );
      await expect(page.getByRole('link', { name: /Subscribe/ })).toHaveAttribute('href', feed);
      const response = await page.request.get(feed);
      expect(response.status(), feed).toBe(200);
    }
    await page.goto(`/articles/${tagged.slug}`);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${SITE_URL}/feed.xml`);
  });
});
