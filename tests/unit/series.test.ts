import { describe, expect, it } from 'vitest';
import { indexArticles, visibleArticles } from '@/lib/articles';
import { relatedArticles } from '@/lib/related-coverage';
import { feedSources } from '@/lib/feeds/catalog';
import { everyListing, listingPageParams } from '@/lib/listings';
import { earlierParts, indexSeries, seriesPosition, titleFromSlug } from '@/lib/series';
import { collectTags } from '@/lib/tags';

const part = (slug: string, date: string, extra: { series?: string; seriesTitle?: string; tags?: string[] } = {}) => ({
  slug,
  date,
  authors: ['ada'],
  tags: extra.tags ?? ['Energy'],
  ...extra,
});

// Newest first, as the catalog hands articles over; the series parts are out of order on purpose.
const ARTICLES = [
  part('grid-3', '2026-03-10T09:00:00Z', { series: 'grid-week' }),
  part('unrelated', '2026-03-09T09:00:00Z', { tags: ['Energy'] }),
  part('grid-2b', '2026-03-05T09:00:00Z', { series: 'grid-week', seriesTitle: 'Grid Week' }),
  part('grid-2a', '2026-03-05T09:00:00Z', { series: 'grid-week' }),
  part('chips-1', '2026-03-04T09:00:00Z', { series: 'chip-diaries', tags: ['Chips'] }),
  part('grid-1', '2026-03-01T09:00:00Z', { series: 'grid-week' }),
];
const index = indexSeries(ARTICLES);
// Related coverage walks the tag listings, which are in the archive's order (same instant: by slug).
const { byTag } = indexArticles(visibleArticles(ARTICLES, { now: new Date('2026-04-01T00:00:00Z'), includeUnpublished: false }));

describe('indexSeries', () => {
  it('groups parts by series in reading order: by date, then by slug on the same instant', () => {
    expect(index.bySlug.get('grid-week')!.parts.map((a) => a.slug)).toEqual(['grid-1', 'grid-2a', 'grid-2b', 'grid-3']);
    expect(index.all.map((s) => s.slug)).toEqual(['grid-week', 'chip-diaries']);
  });

  it('titles a series from the seriesTitle any part gives, else from its slug', () => {
    expect(index.bySlug.get('grid-week')!.title).toBe('Grid Week');
    expect(index.bySlug.get('chip-diaries')!.title).toBe('Chip diaries');
    expect(titleFromSlug('a-b-c')).toBe('A b c');
  });
});

describe('seriesPosition', () => {
  it('gives "part n of total" with the previous and next parts', () => {
    const position = seriesPosition(ARTICLES[3]!, index)!;
    expect([position.part, position.total, position.previous?.slug, position.next?.slug]).toEqual([2, 4, 'grid-1', 'grid-2b']);
    const first = seriesPosition(ARTICLES[5]!, index)!;
    expect([first.part, first.previous, first.next?.slug]).toEqual([1, undefined, 'grid-2a']);
    expect(seriesPosition(ARTICLES[1]!, index)).toBeUndefined();
  });
});

describe('related coverage prefers the series, looking back only', () => {
  it('earlier parts first (nearest first), then earlier coverage by the tag ranking; never a later part', () => {
    expect(earlierParts(ARTICLES[0]!, index, 2).map((a) => a.slug)).toEqual(['grid-2b', 'grid-2a']);
    expect(earlierParts(ARTICLES[5]!, index, 3)).toEqual([]);
    const article = ARTICLES[2]!; // grid-2b
    const related = relatedArticles(article, byTag, 4, earlierParts(article, index, 2));
    expect(related.map((a) => a.slug)).toEqual(['grid-2a', 'grid-1']); // grid-3 and unrelated came later
  });

  it('an article in no series ranks earlier coverage by shared tags as before', () => {
    expect(relatedArticles(ARTICLES[1]!, byTag, 2, earlierParts(ARTICLES[1]!, index, 2)).map((a) => a.slug)).toEqual(['grid-2a', 'grid-2b']);
  });

  it('a series of 20,000 parts costs `limit` steps per article, not the series length', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => part(`p${i}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), { series: 'long' }));
    const big = indexSeries(long);
    const started = performance.now();
    for (const article of long) earlierParts(article, big, 3);
    expect(earlierParts(long[10_000]!, big, 3).map((a) => a.slug)).toEqual(['p9999', 'p9998', 'p9997']);
    expect(performance.now() - started).toBeLessThan(3000); // walking the series for each part takes minutes
  });
});

describe('series listings', () => {
  const listings = everyListing({
    siteName: 'Newsdesk',
    articles: ARTICLES,
    tags: collectTags(ARTICLES),
    authors: [{ slug: 'ada', name: 'Ada' }],
    index: indexArticles(ARTICLES),
    series: index.all,
  });
  const series = listings.filter((l) => l.subject.kind === 'series');

  it('come after the verdicts, at /series/<slug>, newest part first for the feed and the sitemap', () => {
    expect(series.map((l) => [l.path, l.title, l.articles.map((a) => a.slug)])).toEqual([
      ['/series/grid-week', 'Grid Week', ['grid-3', 'grid-2b', 'grid-2a', 'grid-1']],
      ['/series/chip-diaries', 'Chip diaries', ['chips-1']],
    ]);
    expect(listingPageParams(listings, 'series', 10)).toEqual([
      { key: 'grid-week', pagination: [] },
      { key: 'chip-diaries', pagination: [] },
    ]);
  });

  it('each has a feed under its path, described by its title', () => {
    const feeds = feedSources(listings, 50).filter((feed) => feed.listingPath.startsWith('/series/'));
    expect(feeds.map((f) => [f.rssPath, f.description])).toEqual([
      ['/series/grid-week/feed.xml', 'Every part of the series Grid Week.'],
      ['/series/chip-diaries/feed.xml', 'Every part of the series Chip diaries.'],
    ]);
  });
});
