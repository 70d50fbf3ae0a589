/*
 * The scheduled-article case of issue 14: a story dated 75 seconds after the build's clock. The
 * pages, every listing, the sitemap, every feed and the News sitemap are all worked out from the
 * one catalog the clock selects, so the story is in none of them, and everything any of them
 * links has a page.
 */
import { describe, expect, it } from 'vitest';
import { publishedCatalog } from '@/lib/catalog';
import { feedSources } from '@/lib/feeds/catalog';
import { listingPageParams } from '@/lib/listings';
import { recentForNews } from '@/lib/seo/news-sitemap';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { absoluteUrl, articlePath } from '@/lib/urls';

const BUILD_TIME = new Date('2026-11-23T09:00:00Z');
const at = (offsetSeconds: number) => new Date(BUILD_TIME.getTime() + offsetSeconds * 1000).toISOString();

const article = (slug: string, date: string) => ({ slug, title: slug, date, authors: ['ada'], tags: ['Markets'], sentiment: 'mixed' });
const ARTICLES = [
  article('an-hour-old', at(-3600)),
  article('on-the-dot', at(0)),
  article('seventy-five-seconds-ahead', at(75)),
  { ...article('a-draft', at(-60)), draft: true },
];
const AUTHORS = [{ slug: 'ada', name: 'Ada' }];

function everythingLinked(now: Date) {
  const catalog = publishedCatalog(ARTICLES, AUTHORS, { now, includeUnpublished: false, siteName: 'Newsdesk' });
  const slugs = (articles: Array<{ slug: string }>) => articles.map((a) => a.slug);
  const sitemap = sitemapEntries(
    catalog.articles,
    catalog.everyListing.map((l) => ({ basePath: l.path, articles: l.articles })),
    [],
  );
  return {
    pages: slugs(catalog.articles),
    listings: catalog.everyListing.map((listing) => [listing.path, slugs(listing.articles)]),
    feeds: feedSources(catalog.everyListing, 50).map((feed) => [feed.rssPath, slugs(feed.articles)]),
    sitemapArticles: sitemap.map((entry) => entry.url).filter((url) => url.includes('/articles/')),
    news: slugs(recentForNews(catalog.articles, now)),
    tagPages: listingPageParams(catalog.everyListing, 'tag', 10),
  };
}

describe('a story scheduled 75 seconds after the build time', () => {
  const built = everythingLinked(BUILD_TIME);
  const published = ['an-hour-old', 'on-the-dot'];

  it('has no page, and a story dated exactly at the build time has one', () => {
    expect(built.pages).toEqual(['on-the-dot', 'an-hour-old']);
  });

  it('is in no listing', () => {
    expect(built.listings).toEqual([
      ['/', ['on-the-dot', 'an-hour-old']],
      ['/tags/markets', ['on-the-dot', 'an-hour-old']],
      ['/authors/ada', ['on-the-dot', 'an-hour-old']],
      ['/sentiment/positive', []],
      ['/sentiment/negative', []],
      ['/sentiment/neutral', []],
      ['/sentiment/mixed', ['on-the-dot', 'an-hour-old']],
      ['/corrections', []],
    ]);
  });

  it('is in no feed', () => {
    for (const [path, slugs] of built.feeds) expect(slugs, path as string).not.toContain('seventy-five-seconds-ahead');
    expect(built.feeds[0]).toEqual(['/feed.xml', ['on-the-dot', 'an-hour-old']]);
  });

  it('is in neither sitemap', () => {
    expect(built.sitemapArticles.sort()).toEqual(published.map((slug) => absoluteUrl(articlePath(slug))).sort());
    expect(built.news).toEqual(['on-the-dot', 'an-hour-old']);
  });

  it('everything linked anywhere has a page', () => {
    const linked = new Set([...built.listings, ...built.feeds].flatMap(([, slugs]) => slugs as string[]).concat(built.news));
    expect([...linked].sort()).toEqual([...built.pages].sort());
  });

  it('appears everywhere at once in the first build whose clock has passed it', () => {
    const later = everythingLinked(new Date(at(75)));
    expect(later.pages).toEqual(['seventy-five-seconds-ahead', 'on-the-dot', 'an-hour-old']);
    expect(later.feeds[0]).toEqual(['/feed.xml', later.pages]);
    expect(later.news).toEqual(later.pages);
    expect(later.sitemapArticles).toHaveLength(3);
  });
});
