import { describe, expect, it } from 'vitest';
import {
  allPageSegments,
  archivePageCount,
  everyListingPage,
  landingSize,
  type ListingPageId,
  listingPageAt,
  listingPageIds,
  pagePath,
  parsePageSegments,
} from '@/lib/pagination';
import { sitemapEntries } from '@/lib/seo/sitemap';

/** A listing of `count` stories, newest first: story `count` is the newest, story 1 the oldest. */
const listing = (count: number) => Array.from({ length: count }, (_, index) => count - index);

/** Every page of a listing as a reader and a crawler see it: path → stories and links. */
function renderedPages(count: number, perPage = 10): Map<string, string> {
  return new Map(
    everyListingPage(listing(count), perPage).map((page) => [
      pagePath('/tags/markets', page.id),
      JSON.stringify({ items: page.items, prev: page.prev, next: page.next }),
    ]),
  );
}

/** Paths whose page is new, gone or different after one more story is published. */
function changedBy(count: number, perPage = 10): string[] {
  const before = renderedPages(count, perPage);
  const after = renderedPages(count + 1, perPage);
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

describe('archive pages, numbered from the oldest story', () => {
  it('puts every full page but the newest in the archive, and the rest on the landing page', () => {
    expect([0, 9, 10, 19, 20, 23, 29, 30, 123].map((n) => [n, archivePageCount(n, 10), landingSize(n, 10)])).toEqual([
      [0, 0, 0],
      [9, 0, 9],
      [10, 0, 10],
      [19, 0, 19],
      [20, 1, 10],
      [23, 1, 13],
      [29, 1, 19],
      [30, 2, 10],
      [123, 11, 13],
    ]);
  });

  it('page 1 holds the oldest stories, the top archive page the ones just under the landing page, newest first on each', () => {
    const stories = listing(43);
    expect(listingPageAt(stories, 'landing', 10)).toEqual({ id: 'landing', items: [43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31], next: 3 });
    expect(listingPageAt(stories, 3, 10)).toEqual({ id: 3, items: [30, 29, 28, 27, 26, 25, 24, 23, 22, 21], prev: 'landing', next: 2 });
    expect(listingPageAt(stories, 2, 10)).toEqual({ id: 2, items: [20, 19, 18, 17, 16, 15, 14, 13, 12, 11], prev: 3, next: 1 });
    expect(listingPageAt(stories, 1, 10)).toEqual({ id: 1, items: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], prev: 2 });
  });

  it('shows every story exactly once, walking from the landing page to page 1', () => {
    for (const count of [0, 1, 10, 19, 20, 21, 57, 100]) {
      const pages = everyListingPage(listing(count), 10);
      expect(
        pages.flatMap((page) => page.items),
        `${count} stories`,
      ).toEqual(listing(count));
      expect(pages.map((page) => page.id)).toEqual(listingPageIds(count, 10));
      // Each page's rel="next" is the page after it in the walk, and its rel="prev" the one before.
      pages.forEach((page, at) => {
        expect(page.next).toBe(pages[at + 1]?.id);
        expect(page.prev).toBe(pages[at - 1]?.id);
      });
    }
  });

  it('has no archive page the landing page would duplicate: no page 0, none past the top, none fractional', () => {
    const stories = listing(43);
    for (const id of [0, 4, 1.5, -1] as ListingPageId[]) expect(listingPageAt(stories, id, 10), String(id)).toBeUndefined();
    expect(listingPageIds(19, 10)).toEqual(['landing']);
    expect(listingPageAt(listing(19), 1, 10)).toBeUndefined();
  });

  it('keeps an archive page’s stories forever once it exists', () => {
    const first = listingPageAt(listing(20), 1, 10)!.items;
    for (const count of [21, 29, 30, 31, 500]) expect(listingPageAt(listing(count), 1, 10)!.items, `${count} stories`).toEqual(first);
    const third = listingPageAt(listing(40), 3, 10)!.items;
    for (const count of [41, 77, 500]) expect(listingPageAt(listing(count), 3, 10)!.items).toEqual(third);
  });

  it('one new story changes the landing page only, or, when it completes a page, also the new top archive page and the one under it', () => {
    for (let count = 0; count <= 205; count++) {
      const changed = changedBy(count);
      const top = archivePageCount(count + 1, 10);
      if ((count + 1) % 10 !== 0 || top === 0) expect(changed, `publishing story ${count + 1}`).toEqual(['/tags/markets']);
      else
        expect(changed, `publishing story ${count + 1}`).toEqual(
          ['/tags/markets', ...(top > 1 ? [`/tags/markets/page/${top - 1}`] : []), `/tags/markets/page/${top}`].sort(),
        );
    }
  });

  it('touches at most three pages at 20,000 stories, where numbering from the newest touched all 2,000', () => {
    expect(changedBy(20_000)).toEqual(['/tags/markets']);
    expect(changedBy(19_999)).toEqual(['/tags/markets', '/tags/markets/page/1998', '/tags/markets/page/1999']);
  });
});

describe('a series’ pages, in reading order', () => {
  const parts = listing(23); // newest first, as lib/listings.ts holds them

  it('starts on the landing page with the first parts and carries on at /page/2', () => {
    expect(listingPageIds(23, 10, 'reading-order')).toEqual(['landing', 2, 3]);
    expect(listingPageAt(parts, 'landing', 10, 'reading-order')).toEqual({ id: 'landing', items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], next: 2 });
    expect(listingPageAt(parts, 3, 10, 'reading-order')).toEqual({ id: 3, items: [21, 22, 23], prev: 2 });
    expect(listingPageAt(parts, 1, 10, 'reading-order')).toBeUndefined();
    expect(listingPageAt(parts, 4, 10, 'reading-order')).toBeUndefined();
    expect(listingPageAt([], 'landing', 10, 'reading-order')).toEqual({ id: 'landing', items: [] });
  });
});

describe('page URLs', () => {
  it('puts the landing page at the base and archive page n under /page/<n>', () => {
    expect(pagePath('/', 'landing')).toBe('/');
    expect(pagePath('/', 1)).toBe('/page/1');
    expect(pagePath('/tags/ai', 'landing')).toBe('/tags/ai');
    expect(pagePath('/tags/ai', 3)).toBe('/tags/ai/page/3');
  });

  it('round-trips catch-all segments and rejects anything else', () => {
    const segments = allPageSegments(43, 10);
    expect(segments).toEqual([[], ['page', '3'], ['page', '2'], ['page', '1']]);
    expect(segments.map(parsePageSegments)).toEqual(['landing', 3, 2, 1]);
    expect(parsePageSegments(undefined)).toBe('landing');
    for (const bad of [['page', '0'], ['page', '02'], ['page', 'x'], ['page'], ['pages', '2'], ['page', '2', 'extra']]) {
      expect(parsePageSegments(bad), bad.join('/')).toBeUndefined();
    }
  });
});

describe('the sitemap’s listing pages', () => {
  const story = (n: number) => ({ slug: `s${n}`, date: new Date(Date.UTC(2026, 0, n)).toISOString() });

  it('lists the landing page and every archive page, each dated by its newest story', () => {
    const newestFirst = Array.from({ length: 31 }, (_, index) => story(31 - index));
    const entries = sitemapEntries([], [{ basePath: '/tags/markets', articles: newestFirst }], []);
    expect(entries.map((entry) => [new URL(entry.url).pathname, entry.lastModified])).toEqual([
      ['/tags/markets', story(31).date],
      ['/tags/markets/page/2', story(20).date],
      ['/tags/markets/page/1', story(10).date],
    ]);
  });

  it('lists a series’ pages in reading order', () => {
    const newestFirst = Array.from({ length: 12 }, (_, index) => story(12 - index));
    const entries = sitemapEntries([], [{ basePath: '/series/grid', articles: newestFirst, layout: 'reading-order' }], []);
    expect(entries.map((entry) => [new URL(entry.url).pathname, entry.lastModified])).toEqual([
      ['/series/grid', story(10).date],
      ['/series/grid/page/2', story(12).date],
    ]);
  });
});
