/*
 * How a listing is split into pages: the rule, written down once.
 *
 * A listing (home, tag, author, verdict, corrections) holds its stories newest first. Its pages
 * are numbered from the OLDEST story, so that publishing a story never moves an older one to
 * another page:
 *
 *   - Archive page n, at `<base>/page/<n>`, holds the stories n·P−P+1 … n·P counted from the
 *     oldest (P = articles a page), shown newest first. It exists only once it is full and a full
 *     page of newer stories sits above it, and from then on it keeps its stories forever.
 *   - The landing page, at `<base>`, holds every story newer than the top archive page: the
 *     newest full page and the (possibly partial) page filling above it, so between P and 2P−1
 *     stories (all of them while a listing has fewer than 2P). No story is on two pages, so no
 *     page duplicates another, and each page's canonical URL is its own.
 *   - A reader walks from the landing page towards the oldest: "Older" (rel="next") on the
 *     landing page leads to the top archive page, on page n to page n−1; "Newer" (rel="prev")
 *     on page n leads to page n+1, and on the top archive page back to the landing page. Page 1
 *     has no "Older". Readers see an archive page as the dates it covers ("4 – 18 March 2026"),
 *     never as "page 3 of 12", which would change on every page whenever a page is added.
 *   - The sitemap lists the landing page and every archive page, each dated by the last change
 *     of a story on it.
 *
 * So one new story changes the landing page only, except when it completes a page: then the
 * newest full page under the landing page becomes archive page n (a new file) and page n−1's
 * "Newer" link moves from the landing page to it. Three pages at most, whatever the listing's size.
 *
 * A series is the exception: it reads from its first part, so its landing page is its first page
 * of parts in reading order and `/page/<n>` (from 2) carries on; new parts only ever add to its
 * last page (layout 'reading-order'). Feeds are unaffected: they list the newest stories first.
 */

/** A page of a listing: its landing page at `<base>`, or page n at `<base>/page/<n>`. */
export type ListingPageId = 'landing' | number;

/** 'archive': numbered from the oldest (every listing but a series); 'reading-order': a series. */
export type PageLayout = 'archive' | 'reading-order';

export interface ListingPage<T> {
  id: ListingPageId;
  /** In the order the page shows them: newest first, or a series' reading order. */
  items: T[];
  /** rel="prev": towards the landing page (archive: newer stories; series: earlier parts). */
  prev?: ListingPageId;
  /** rel="next": away from the landing page (archive: older stories; series: later parts). */
  next?: ListingPageId;
}

/** How many archive pages a listing of `total` stories has: every full page but the newest. */
export function archivePageCount(total: number, perPage: number): number {
  return Math.max(0, Math.floor(total / perPage) - 1);
}

/** How many of the newest stories the landing page shows: all those newer than the top archive page. */
export function landingSize(total: number, perPage: number): number {
  return total - archivePageCount(total, perPage) * perPage;
}

const isPageNumber = (id: ListingPageId): id is number => typeof id === 'number' && Number.isInteger(id);

function archiveLayoutPage<T>(newestFirst: readonly T[], id: ListingPageId, perPage: number): ListingPage<T> | undefined {
  const archived = archivePageCount(newestFirst.length, perPage);
  if (id === 'landing') {
    return { id, items: newestFirst.slice(0, landingSize(newestFirst.length, perPage)), next: archived > 0 ? archived : undefined };
  }
  if (!isPageNumber(id) || id < 1 || id > archived) return undefined;
  const end = newestFirst.length - (id - 1) * perPage;
  return { id, items: newestFirst.slice(end - perPage, end), prev: id === archived ? 'landing' : id + 1, next: id > 1 ? id - 1 : undefined };
}

function readingOrderPage<T>(newestFirst: readonly T[], id: ListingPageId, perPage: number): ListingPage<T> | undefined {
  const pages = readingOrderPageCount(newestFirst.length, perPage);
  const number = id === 'landing' ? 1 : id;
  // The first page is the landing page itself: there is no `/page/1`.
  if (!isPageNumber(number) || (id !== 'landing' && number < 2) || number > pages) return undefined;
  const inReadingOrder = [...newestFirst].reverse();
  const pageId = (n: number): ListingPageId => (n === 1 ? 'landing' : n);
  return {
    id,
    items: inReadingOrder.slice((number - 1) * perPage, number * perPage),
    prev: number > 1 ? pageId(number - 1) : undefined,
    next: number < pages ? number + 1 : undefined,
  };
}

const readingOrderPageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** One page of a listing whose stories are given newest first, or undefined when the page does not exist. */
export function listingPageAt<T>(newestFirst: readonly T[], id: ListingPageId, perPage: number, layout: PageLayout = 'archive'): ListingPage<T> | undefined {
  return layout === 'archive' ? archiveLayoutPage(newestFirst, id, perPage) : readingOrderPage(newestFirst, id, perPage);
}

/** Every page a listing of `total` stories has, landing page first. An empty listing still has its landing page. */
export function listingPageIds(total: number, perPage: number, layout: PageLayout = 'archive'): ListingPageId[] {
  if (layout === 'reading-order') return ['landing', ...Array.from({ length: readingOrderPageCount(total, perPage) - 1 }, (_, index) => index + 2)];
  return ['landing', ...Array.from({ length: archivePageCount(total, perPage) }, (_, index) => archivePageCount(total, perPage) - index)];
}

/** Every page of a listing with its stories, landing page first: for the sitemap and for tests. */
export function everyListingPage<T>(newestFirst: readonly T[], perPage: number, layout: PageLayout = 'archive'): Array<ListingPage<T>> {
  return listingPageIds(newestFirst.length, perPage, layout).map((id) => listingPageAt(newestFirst, id, perPage, layout)!);
}

/*
 * Listing routes take the tail after `<base>` as an optional catch-all segment, so one route file
 * serves every page and a listing with a single page still has static params (output: 'export'
 * refuses a dynamic route with none).
 */

/** Route segments after the listing's base path: [] for the landing page, ['page', 'n'] for page n. */
export function pageSegments(id: ListingPageId): string[] {
  return id === 'landing' ? [] : ['page', String(id)];
}

/** The page a catch-all segment names, or undefined when it names none (whether it exists is listingPageAt's to say). */
export function parsePageSegments(segments: readonly string[] | undefined): ListingPageId | undefined {
  if (!segments || segments.length === 0) return 'landing';
  const [keyword, number, ...rest] = segments;
  if (keyword !== 'page' || rest.length > 0 || !number || !/^[1-9]\d*$/.test(number)) return undefined;
  return Number(number);
}

/** Every page's segments for a listing of `total` stories, for generateStaticParams. */
export function allPageSegments(total: number, perPage: number, layout: PageLayout = 'archive'): string[][] {
  return listingPageIds(total, perPage, layout).map(pageSegments);
}

export function pagePath(basePath: string, id: ListingPageId): string {
  const base = basePath === '/' ? '' : basePath;
  return id === 'landing' ? basePath : `${base}/page/${id}`;
}
