import { describe, expect, it } from 'vitest';
import { indexArticles } from '@/lib/articles';
import { feedSources } from '@/lib/feeds/catalog';
import { everyListing, listingPageParams } from '@/lib/listings';
import { collectTags } from '@/lib/tags';

const article = (slug: string, tags: string[], authors: string[], sentiment?: string) => ({ slug, date: '2026-11-01T00:00:00Z', tags, authors, sentiment });
// Newest first, as the catalog hands them over; 23 articles under "AI", so its listing has a landing page and one archive page.
const ARTICLES = [
  ...Array.from({ length: 22 }, (_, i) => article(`ai-${i}`, ['AI'], ['ada'], 'positive')),
  article('grid', ['Energy Grid', 'AI'], ['ada', 'ben']),
];
const AUTHORS = [
  { slug: 'ada', name: 'Ada Quill', role: 'Analyst' },
  { slug: 'ben', name: 'Ben Ink' },
  { slug: 'cy', name: 'Cy Idle' },
];
const listings = everyListing({ siteName: 'Newsdesk', articles: ARTICLES, tags: collectTags(ARTICLES), authors: AUTHORS, index: indexArticles(ARTICLES) });

describe('everyListing', () => {
  it('lists home, each tag, each author, each verdict and the corrections, with path, title and article count', () => {
    expect(listings.map((l) => [l.subject.kind, l.path, l.title, l.articles.length])).toEqual([
      ['home', '/', 'Newsdesk', 23],
      ['tag', '/tags/ai', 'AI', 23],
      ['tag', '/tags/energy-grid', 'Energy Grid', 1],
      ['author', '/authors/ada', 'Ada Quill', 23],
      ['author', '/authors/ben', 'Ben Ink', 1],
      ['author', '/authors/cy', 'Cy Idle', 0],
      ['sentiment', '/sentiment/positive', 'Positive news', 22],
      ['sentiment', '/sentiment/negative', 'Negative news', 0],
      ['sentiment', '/sentiment/neutral', 'Neutral news', 0],
      ['sentiment', '/sentiment/mixed', 'Mixed news', 0],
      ['corrections', '/corrections', 'Corrections', 0],
    ]);
  });

  it('keeps each listing in the archive’s order', () => {
    expect(listings[2]!.articles.map((a) => a.slug)).toEqual(['grid']);
    expect(listings[1]!.articles.map((a) => a.slug)).toEqual(ARTICLES.map((a) => a.slug));
  });
});

describe('listingPageParams', () => {
  it('gives every page of every listing of a kind, the landing page as no segments and archive pages from the oldest', () => {
    expect(listingPageParams(listings, 'tag', 10)).toEqual([
      { key: 'ai', pagination: [] },
      { key: 'ai', pagination: ['page', '1'] },
      { key: 'energy-grid', pagination: [] },
    ]);
    expect(listingPageParams(listings, 'home', 10)).toEqual([
      { key: '', pagination: [] },
      { key: '', pagination: ['page', '1'] },
    ]);
    expect(listingPageParams(listings, 'home', 5)).toEqual([[], ['page', '3'], ['page', '2'], ['page', '1']].map((pagination) => ({ key: '', pagination })));
  });

  it('an empty listing still has its first page, as a static export requires', () => {
    expect(listingPageParams(listings, 'author', 10).filter((p) => p.key === 'cy')).toEqual([{ key: 'cy', pagination: [] }]);
    expect(listingPageParams(listings, 'sentiment', 10).map((p) => p.key)).toEqual(['positive', 'positive', 'negative', 'neutral', 'mixed']);
  });
});

describe('feedSources', () => {
  const feeds = feedSources(listings, 5);

  it('gives every listing a feed, the home page’s being the site feed', () => {
    expect(feeds.map((f) => [f.rssPath, f.listingPath, f.title])).toEqual([
      ['/feed.xml', '/', 'Newsdesk'],
      ['/tags/ai/feed.xml', '/tags/ai', 'AI | Newsdesk'],
      ['/tags/energy-grid/feed.xml', '/tags/energy-grid', 'Energy Grid | Newsdesk'],
      ['/authors/ada/feed.xml', '/authors/ada', 'Ada Quill | Newsdesk'],
      ['/authors/ben/feed.xml', '/authors/ben', 'Ben Ink | Newsdesk'],
      ['/authors/cy/feed.xml', '/authors/cy', 'Cy Idle | Newsdesk'],
      ['/sentiment/positive/feed.xml', '/sentiment/positive', 'Positive news | Newsdesk'],
      ['/sentiment/negative/feed.xml', '/sentiment/negative', 'Negative news | Newsdesk'],
      ['/sentiment/neutral/feed.xml', '/sentiment/neutral', 'Neutral news | Newsdesk'],
      ['/sentiment/mixed/feed.xml', '/sentiment/mixed', 'Mixed news | Newsdesk'],
      ['/corrections/feed.xml', '/corrections', 'Corrections | Newsdesk'],
    ]);
  });

  it('describes each feed by its listing and carries only the newest articles', () => {
    expect(feeds[1]!.description).toBe('News and analysis tagged AI.');
    expect(feeds[3]!.description).toBe('Articles by Ada Quill, Analyst.');
    expect(feeds[4]!.description).toBe('Articles by Ben Ink.');
    expect(feeds[0]!.articles.map((a) => a.slug)).toEqual(['ai-0', 'ai-1', 'ai-2', 'ai-3', 'ai-4']);
  });
});
