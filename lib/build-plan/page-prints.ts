import type { Listing, ListingAuthor, ListingKind } from '../listings';
import { type Tag, tagSlug } from '../tags';
import { fingerprint } from './fingerprint';
import { listingPagePath, pageKey } from './paths';

/*
 * What each modelled page renders, as one fingerprint per page path. A page whose fingerprint is
 * unchanged since the last build, built with the same code, is byte for byte the page already in
 * out/ (tests/site/incremental-build.ts checks this against a full build).
 *
 *   article page   its record and body, its authors' records (byline and bio boxes), the analyst
 *                  who signed its verdict, the cards of every other article it shows (related
 *                  coverage, series parts), and what every page shows.
 *   share card     the card of its article (title, verdict, byline, date).
 *   listing page   its listing's subject (the tag, the author's record), the cards on the page and
 *                  the page's own facts (number, neighbours, totals); a listing's first page also
 *                  charts the whole listing, so it takes every card of it, and its extras (the
 *                  front page, an analyst's verdicts).
 *   feed file      its listing's title and description, and for each of its newest articles the
 *                  card, the record, the whole body and the lead image's size; the publisher; an
 *                  empty feed, the build time. A correction rewrites the few feeds it is in.
 *
 * A card is an article's record (everything but the body), its authors' names and its tags as the
 * site spells them. Pages not listed here (UNMODELLED_PAGES) are rendered by every build.
 */

/** Listings whose pages the plan models: their routes take only the planned pages. */
export const MODELLED_LISTING_KINDS: ReadonlySet<ListingKind> = new Set(['home', 'tag', 'author', 'sentiment', 'corrections']);

/**
 * Rendered by every build, whatever changed: what they show is not modelled (sitewide counts,
 * charts, the search page, trust pages, series, sitemaps, brand images), or they are cheap.
 */
export const UNMODELLED_PAGES = [
  '/insights',
  '/search and its script, /search/search.js',
  '/about and every trust page',
  '/authors (the staff list)',
  '/tags (every topic)',
  '/series and every series page',
  '/sitemap.xml, /news-sitemap.xml, /robots.txt',
  '/brand/* images, the 404 page',
] as const;

export interface PlannedArticle {
  slug: string;
  authors: readonly string[];
  tags: readonly string[];
  analyst?: string;
}

/** A listing page as its route cuts it: its segments after the listing's path, and what it shows. */
export interface ListingPageCut<A> {
  segments: string[];
  /** The page as the route renders it; its `items` are articles. */
  page: { items: readonly A[] };
}

export interface SiteContent<A extends PlannedArticle, U extends ListingAuthor> {
  /** Every published article, newest first. */
  articles: readonly A[];
  authorsBySlug: ReadonlyMap<string, U>;
  /** Tags under the spelling the site shows. */
  tagsBySlug: ReadonlyMap<string, Tag>;
  /** lib/listings.ts everyListing. */
  listings: ReadonlyArray<Listing<A, U>>;
  /** How the listing routes cut a listing into pages. */
  listingPages: (listing: Listing<A, U>) => Array<ListingPageCut<A>>;
  /** What a listing's first page shows besides its cards (the front page, an analyst's verdicts). */
  listingExtras: (listing: Listing<A, U>) => unknown;
  /**
   * What an article's body, as its page and feed entries show it, is made from: equal values must
   * mean equal bodies. The build gives the compile's key for the body and the verdict's signature
   * (lib/content/trust-queries.ts articleBodyPrint), so the plan reads no body file.
   */
  bodyPrint: (article: A) => unknown;
  /** Every other article an article's page shows. */
  shownOn: (article: A) => readonly A[];
  /** What the article page's path is, and its share card's. */
  articlePath: (slug: string) => string;
  socialCardPath: (slug: string) => string;
  /** What every page shows (the footer's links, the site's settings). */
  siteWide: unknown;
  /** Every feed file (lib/feeds/catalog.ts feedFiles), with what its channel says of itself. */
  feeds: ReadonlyArray<{ path: string; source: { title: string; description: string; listingPath: string; articles: readonly A[] } }>;
  /** What feeds show besides their entries' articles: the publisher, and the build time, which an empty feed gives as its update time. */
  feedChannel: { publisher: unknown; now: string };
  /** The size in bytes of an article's lead image, which its feed entry gives as an enclosure. */
  imageBytes: (article: A) => number | undefined;
}

/**
 * A listing's subject as every one of its pages shows it. A tag's story count is printed on its
 * landing page only, whose fingerprint takes the whole listing anyway; archive pages must not
 * change when a story is added to the topic.
 */
function withoutCounts<A, U extends ListingAuthor>(subject: Listing<A, U>['subject']) {
  return subject.kind === 'tag' ? { kind: subject.kind, tag: { slug: subject.tag.slug, name: subject.tag.name } } : subject;
}

/** Page path (decoded) → fingerprint, for every modelled page. */
export function pageFingerprints<A extends PlannedArticle, U extends ListingAuthor>(site: SiteContent<A, U>): Map<string, string> {
  const cardPrints = new Map<object, string>();
  const cardOf = (article: A) => {
    let print = cardPrints.get(article);
    if (print === undefined) {
      const authors = article.authors.map((slug) => site.authorsBySlug.get(slug)).map((author) => author && { slug: author.slug, name: author.name });
      // A card shows each tag's name, never its count: a new story on a topic leaves its older stories alone.
      const tags = article.tags.map((name) => site.tagsBySlug.get(tagSlug(name))?.name ?? name);
      print = fingerprint({ record: { ...article }, authors, tags });
      cardPrints.set(article, print);
    }
    return print;
  };
  const articleObjects = new Set<object>(site.articles);
  // Inside any page's data, an article stands for its card.
  const asCards = (value: object) => (articleObjects.has(value) ? cardOf(value as A) : undefined);
  const siteWide = fingerprint(site.siteWide);
  const prints = new Map<string, string>();
  const bodies = new Map<A, string>();
  const bodyOf = (article: A) => bodies.get(article) ?? bodies.set(article, fingerprint(site.bodyPrint(article))).get(article)!;

  for (const article of site.articles) {
    const page = {
      record: { ...article },
      // Its tags as the site spells them, and its authors' names, as in its own card.
      card: cardOf(article),
      body: bodyOf(article),
      authors: article.authors.map((slug) => site.authorsBySlug.get(slug)),
      analyst: article.analyst ? site.authorsBySlug.get(article.analyst) : undefined,
      shown: site.shownOn(article),
      siteWide,
    };
    prints.set(pageKey(site.articlePath(article.slug)), fingerprint(page, asCards));
    prints.set(pageKey(site.socialCardPath(article.slug)), cardOf(article));
  }

  for (const listing of site.listings) {
    if (!MODELLED_LISTING_KINDS.has(listing.subject.kind)) continue;
    const subject = { path: listing.path, title: listing.title, subject: withoutCounts(listing.subject), siteWide };
    for (const { segments, page } of site.listingPages(listing)) {
      const first = segments.length === 0;
      const shown = first ? { page, whole: listing.articles, extras: site.listingExtras(listing) } : { page };
      prints.set(listingPagePath(listing.path, segments), fingerprint({ subject, segments, ...shown }, asCards));
    }
  }

  // A feed entry is an article's card, record and whole body, and its lead image's size.
  const entries = new Map<A, string>();
  const entryOf = (article: A) =>
    entries.get(article) ??
    entries
      .set(article, fingerprint({ card: cardOf(article), record: { ...article }, body: bodyOf(article), imageBytes: site.imageBytes(article) }))
      .get(article)!;
  for (const { path, source } of site.feeds) {
    const { title, description, listingPath, articles } = source;
    const now = articles.length === 0 ? site.feedChannel.now : undefined;
    prints.set(
      pageKey(path),
      fingerprint({ path, title, description, listingPath, entries: articles.map(entryOf), publisher: site.feedChannel.publisher, now }),
    );
  }
  return prints;
}
