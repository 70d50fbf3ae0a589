import type { Sentiment } from './sentiment';
import type { DatedNote } from './story-notes';
import { tagSlug } from './tags';

/** The fields the queries read; a compiled Article (lib/content/types.ts) has them all. */
export interface ArticleFacts {
  slug: string;
  date: string;
  draft?: boolean;
  authors: string[];
  tags: string[];
  sentiment?: Sentiment | string;
  /** Newest first; the corrections listing reads them. */
  corrections?: readonly DatedNote[];
}

export interface Visibility {
  now: Date;
  /** True in `npm run dev`, so authors can preview drafts and scheduled stories. */
  includeUnpublished: boolean;
}

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** Drafts are never published; stories dated after the build wait for a later build. */
export function publicationStatus(article: ArticleFacts, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  return Date.parse(article.date) <= now.getTime() ? 'published' : 'scheduled';
}

export function isPublished(article: ArticleFacts, now: Date): boolean {
  return publicationStatus(article, now) === 'published';
}

/** The articles a build shows, newest first. */
export function visibleArticles<T extends ArticleFacts>(articles: readonly T[], { now, includeUnpublished }: Visibility): T[] {
  return articles
    .filter((article) => includeUnpublished || isPublished(article, now))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
}

/** Every listing of an archive, keyed by tag slug, author slug and sentiment, each in the archive's order. */
export interface ArticleIndex<T> {
  byTag: Map<string, T[]>;
  byAuthor: Map<string, T[]>;
  bySentiment: Map<string, T[]>;
}

/*
 * One pass over the archive builds every listing. Filtering the whole archive for each listing
 * page instead costs articles × pages: quadratic, and minutes of build time at 20,000 articles.
 */
export function indexArticles<T extends ArticleFacts>(articles: readonly T[]): ArticleIndex<T> {
  const index: ArticleIndex<T> = { byTag: new Map(), byAuthor: new Map(), bySentiment: new Map() };
  const add = (listing: Map<string, T[]>, key: string, article: T) => {
    const list = listing.get(key);
    if (list) list.push(article);
    else listing.set(key, [article]);
  };
  for (const article of articles) {
    for (const slug of new Set(article.tags.map(tagSlug))) add(index.byTag, slug, article);
    for (const author of new Set(article.authors)) add(index.byAuthor, author, article);
    if (article.sentiment) add(index.bySentiment, article.sentiment, article);
  }
  return index;
}

/*
 * Ranking related coverage meets every article with the thousands listed under its tags: at
 * 20,000 articles, tens of millions of steps. Concatenating the tag listings and checking each
 * candidate's date and tags took 57 s of an 82 s build plan; walking the listings side by side,
 * as below, counts shared tags without looking anything up. Each article's timestamp is worked
 * out once (articles are records, never changed after they are read), and each listing's too.
 */
const timestamps = new WeakMap<object, number>();
const listingTimes = new WeakMap<readonly object[], Float64Array>();

function timestampOf(article: Pick<ArticleFacts, 'date'>): number {
  let time = timestamps.get(article);
  if (time === undefined) timestamps.set(article, (time = Date.parse(article.date)));
  return time;
}

function timesOf(listing: ReadonlyArray<Pick<ArticleFacts, 'date'>>): Float64Array {
  let times = listingTimes.get(listing);
  if (times === undefined) listingTimes.set(listing, (times = Float64Array.from(listing, timestampOf)));
  return times;
}

/**
 * Whether `other` is earlier coverage than `article`: listed after it in the archive's newest-first
 * order (visibleArticles), so dated earlier, or the same instant and a later slug.
 */
export function isEarlierCoverage(other: Pick<ArticleFacts, 'slug' | 'date'>, article: Pick<ArticleFacts, 'slug' | 'date'>): boolean {
  const difference = timestampOf(other) - timestampOf(article);
  return difference < 0 || (difference === 0 && other.slug.localeCompare(article.slug) > 0);
}

/** Where a listing's earlier coverage than `article` starts: the listing is in the archive's order, so it is one cut. */
function firstEarlier<T extends ArticleFacts>(listing: readonly T[], article: T): number {
  let [low, high] = [0, listing.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isEarlierCoverage(listing[middle]!, article)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Related coverage only looks back: earlier coverage (isEarlierCoverage) sharing the most tags
 * with `article`, newest first among equals (the archive's order); none that share no tag. A story
 * published later never enters an older story's list, so publishing one leaves every older article
 * page as it was. `byTag` is the archive's index (indexArticles over visibleArticles): each tag's
 * articles in the archive's order. `preferred` (the earlier parts of its series, nearest first)
 * come before any of them, in the order given.
 */
export function relatedArticles<T extends ArticleFacts>(
  article: T,
  byTag: ReadonlyMap<string, readonly T[]>,
  limit: number,
  preferred: readonly T[] = [],
): T[] {
  const first = [...new Set(preferred)].filter((other) => other.slug !== article.slug).slice(0, limit);
  const wanted = limit - first.length;
  if (wanted <= 0) return first;
  // Series parts already listed (by object: reading a record's fields is slow next to an identity check).
  const taken = new Set<T>(first);
  // One cursor per tag of the article, at the first story listed after it.
  const cursors = [...new Set(article.tags.map(tagSlug))]
    .map((slug) => byTag.get(slug) ?? [])
    .map((listing) => ({ listing, times: timesOf(listing), at: firstEarlier(listing, article) }));
  const best: Array<{ other: T; shared: number }> = [];
  for (;;) {
    // The newest story at any cursor. The listings share one order, so a story listed under
    // several of the article's tags is at each of those cursors now: their number is its shared tags.
    let next: T | undefined;
    let nextTime = -Infinity;
    let open = 0;
    for (const { listing, times, at } of cursors) {
      if (at >= listing.length) continue;
      open += 1;
      const candidate = listing[at]!;
      if (next === undefined || times[at]! > nextTime || (times[at] === nextTime && candidate !== next && candidate.slug.localeCompare(next.slug) < 0)) {
        next = candidate;
        nextTime = times[at]!;
      }
    }
    // Nothing older can share more tags than there are listings left to walk.
    if (next === undefined || (best.length === wanted && best[wanted - 1]!.shared >= open)) break;
    let shared = 0;
    for (const cursor of cursors) {
      if (cursor.listing[cursor.at] === next) {
        shared += 1;
        cursor.at += 1;
      }
    }
    if (taken.size > 0 && taken.has(next)) continue;
    // Stories arrive newest first, so one ranks above another only by sharing more tags.
    let at = best.length;
    while (at > 0 && shared > best[at - 1]!.shared) at -= 1;
    if (at < wanted) {
      best.splice(at, 0, { other: next, shared });
      if (best.length > wanted) best.pop();
    }
  }
  return [...first, ...best.map(({ other }) => other)];
}
