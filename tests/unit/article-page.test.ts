import { describe, expect, it } from 'vitest';
import { articlesShownOn, relatedCoverage } from '@/lib/article-page';
import { indexArticles, visibleArticles } from '@/lib/articles';
import { isEarlierCoverage } from '@/lib/related-coverage';
import { indexSeries } from '@/lib/series';

interface Story {
  slug: string;
  date: string;
  authors: string[];
  tags: string[];
  series?: string;
}

const story = (slug: string, day: number, tags: string[], series?: string): Story => ({
  slug,
  date: new Date(Date.UTC(2026, 0, day, 9)).toISOString(),
  authors: ['ada'],
  tags,
  ...(series ? { series } : {}),
});

const ARCHIVE = [
  story('rates-1', 1, ['Markets', 'Rates']),
  story('grid-1', 2, ['Energy'], 'grid-week'),
  story('rates-2', 3, ['Markets']),
  story('grid-2', 4, ['Energy', 'Markets'], 'grid-week'),
  story('chips', 5, ['Chips']),
  story('rates-3', 6, ['Markets', 'Rates']),
  story('grid-3', 7, ['Energy'], 'grid-week'),
];

/** What every article page shows of other articles, for an archive as the catalog hands it over. */
function sources(stories: readonly Story[]) {
  const newestFirst = visibleArticles(stories, { now: new Date('2027-01-01'), includeUnpublished: false });
  return { byTag: indexArticles(newestFirst).byTag, series: indexSeries(newestFirst), relatedLimit: 3 };
}

const slugs = (stories: readonly Story[]) => stories.map((s) => s.slug);
const find = (slug: string) => ARCHIVE.find((s) => s.slug === slug)!;

describe('related coverage looks back only', () => {
  it('ranks earlier stories sharing tags: most shared tags first, then the newest', () => {
    expect(slugs(relatedCoverage(find('rates-3'), sources(ARCHIVE)))).toEqual(['rates-1', 'grid-2', 'rates-2']);
    expect(relatedCoverage(find('rates-1'), sources(ARCHIVE))).toEqual([]);
  });

  it('puts the earlier parts of a series first, nearest first, and never a later part', () => {
    expect(slugs(relatedCoverage(find('grid-2'), sources(ARCHIVE)))).toEqual(['grid-1', 'rates-2', 'rates-1']);
    expect(slugs(relatedCoverage(find('grid-3'), sources(ARCHIVE)))).toEqual(['grid-2', 'grid-1']);
  });

  it('tells earlier coverage apart by date, then as the archive orders one instant: by slug', () => {
    const noon = '2026-01-01T12:00:00Z';
    expect(isEarlierCoverage({ slug: 'b', date: noon }, { slug: 'a', date: noon })).toBe(true);
    expect(isEarlierCoverage({ slug: 'a', date: noon }, { slug: 'b', date: noon })).toBe(false);
    expect(isEarlierCoverage({ slug: 'a', date: noon }, { slug: 'a', date: noon })).toBe(false);
    expect(isEarlierCoverage({ slug: 'z', date: '2026-01-01T11:59:59Z' }, { slug: 'a', date: noon })).toBe(true);
  });
});

describe('articlesShownOn', () => {
  it('is the related coverage plus every other part of the article’s series', () => {
    expect(slugs(articlesShownOn(find('grid-1'), sources(ARCHIVE)))).toEqual(['grid-2', 'grid-3']);
    expect(slugs(articlesShownOn(find('grid-2'), sources(ARCHIVE)))).toEqual(['grid-1', 'rates-2', 'rates-1', 'grid-3']);
    expect(slugs(articlesShownOn(find('rates-3'), sources(ARCHIVE)))).toEqual(['rates-1', 'grid-2', 'rates-2']);
  });

  it('a new story sharing every tag changes what no older page shows, except the parts of its own series', () => {
    const before = sources(ARCHIVE);
    const published = [...ARCHIVE, story('late', 30, ['Markets', 'Rates', 'Energy', 'Chips'], 'grid-week')];
    const after = sources(published);
    const changed = ARCHIVE.filter((s) => slugs(articlesShownOn(s, before)).join() !== slugs(articlesShownOn(s, after)).join());
    expect(slugs(changed)).toEqual(['grid-1', 'grid-2', 'grid-3']);
    // Its own page looks back at the archive: the previous part first.
    expect(slugs(relatedCoverage(published.at(-1)!, after))).toEqual(['grid-3', 'grid-2', 'grid-1']);
  });
});
