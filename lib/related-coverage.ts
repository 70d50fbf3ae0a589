import type { ArticleFacts } from './articles';
import { tagSlug } from './tags';

/*
 * Related coverage: the earlier stories sharing the most tags with an article. Ranking it meets
 * every article with the thousands listed under its tags: at 20,000 articles, tens of millions of
 * steps. Concatenating the tag listings and checking each candidate's date and tags took 57 s of
 * an 82 s build plan; walking the listings side by side, as below, counts shared tags without
 * looking anything up. That walk still went down whole tag listings whenever the best stories
 * shared fewer tags than the article has, which is most of the time (4.7 s of a 13 s plan). So
 * stories sharing two tags or more are found first in much shorter listings, one for each pair of
 * tags, and the tag listings are walked only for the newest stories sharing one.
 *
 * Each article's timestamp and tag slugs are worked out once (articles are records, never changed
 * after they are read), and each listing's times and the pair listings of each index too.
 */
type Listing<T> = readonly T[];

const timestamps = new WeakMap<object, number>();
const listingTimes = new WeakMap<Listing<object>, Float64Array>();
const tagSlugs = new WeakMap<object, string[]>();
const pairIndexes = new WeakMap<ReadonlyMap<string, Listing<object>>, Map<string, object[]>>();

function timestampOf(article: Pick<ArticleFacts, 'date'>): number {
  let time = timestamps.get(article);
  if (time === undefined) timestamps.set(article, (time = Date.parse(article.date)));
  return time;
}

function timesOf(listing: Listing<Pick<ArticleFacts, 'date'>>): Float64Array {
  let times = listingTimes.get(listing);
  if (times === undefined) listingTimes.set(listing, (times = Float64Array.from(listing, timestampOf)));
  return times;
}

/** An article's tags as the index keys them, each once. */
function slugsOf(article: Pick<ArticleFacts, 'tags'>): string[] {
  let slugs = tagSlugs.get(article);
  if (slugs === undefined) tagSlugs.set(article, (slugs = [...new Set(article.tags.map(tagSlug))]));
  return slugs;
}

const pairKey = (one: string, other: string) => (one < other ? `${one}\n${other}` : `${other}\n${one}`);

/** The stories of each pair of tags, in the archive's order, from the index's tag listings. */
function pairListings<T extends ArticleFacts>(byTag: ReadonlyMap<string, Listing<T>>): ReadonlyMap<string, Listing<T>> {
  let pairs = pairIndexes.get(byTag);
  if (pairs === undefined) {
    pairs = new Map();
    for (const [slug, listing] of byTag) {
      for (const story of listing) {
        for (const other of slugsOf(story)) {
          if (other <= slug) continue;
          const key = pairKey(slug, other);
          const stories = pairs.get(key);
          if (stories) stories.push(story);
          else pairs.set(key, [story]);
        }
      }
    }
    pairIndexes.set(byTag, pairs);
  }
  return pairs as Map<string, T[]>;
}

/** The most tags a story can share with an article when it is in `pairs` of its pair listings: s tags make s(s-1)/2 pairs. */
const tagsSharedIn = (pairs: number) => Math.floor((1 + Math.sqrt(1 + 8 * pairs)) / 2);

/**
 * Whether `other` is earlier coverage than `article`: listed after it in the archive's newest-first
 * order (visibleArticles), so dated earlier, or the same instant and a later slug.
 */
export function isEarlierCoverage(other: Pick<ArticleFacts, 'slug' | 'date'>, article: Pick<ArticleFacts, 'slug' | 'date'>): boolean {
  const difference = timestampOf(other) - timestampOf(article);
  return difference < 0 || (difference === 0 && other.slug.localeCompare(article.slug) > 0);
}

interface Cursor<T> {
  listing: Listing<T>;
  times: Float64Array;
  at: number;
}

/** A cursor at the first story of `listing` earlier than `article`: the listing is in the archive's order, so that is one cut. */
function cursorBefore<T extends ArticleFacts>(listing: Listing<T>, article: T): Cursor<T> {
  let [low, high] = [0, listing.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isEarlierCoverage(listing[middle]!, article)) high = middle;
    else low = middle + 1;
  }
  return { listing, times: timesOf(listing), at: low };
}

/**
 * Walks the cursors' listings side by side, newest first. The listings share one order, so a story
 * in several of them is at each of those cursors at once: `visit` gets each story once, with how
 * many listings it is in and how many were not yet walked to their end before it. The walk stops
 * when `visit` returns true or every listing has been walked.
 */
function walkSideBySide<T extends ArticleFacts>(cursors: Cursor<T>[], visit: (story: T, listed: number, open: number) => boolean): void {
  for (;;) {
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
    if (next === undefined) return;
    let listed = 0;
    for (const cursor of cursors) {
      if (cursor.listing[cursor.at] === next) {
        listed += 1;
        cursor.at += 1;
      }
    }
    if (visit(next, listed, open)) return;
  }
}

/**
 * Related coverage only looks back: earlier coverage (isEarlierCoverage) sharing the most tags
 * with `article`, newest first among equals (the archive's order); none that share no tag. A story
 * published later never enters an older story's list, so publishing one leaves every older article
 * page as it was. `byTag` is the archive's index (indexArticles over visibleArticles): each tag's
 * articles in the archive's order. `preferred` (the earlier parts of its series, nearest first)
 * come before any of them, in the order given.
 */
export function relatedArticles<T extends ArticleFacts>(article: T, byTag: ReadonlyMap<string, Listing<T>>, limit: number, preferred: readonly T[] = []): T[] {
  const first = [...new Set(preferred)].filter((other) => other.slug !== article.slug).slice(0, limit);
  const wanted = limit - first.length;
  if (wanted <= 0) return first;
  // Series parts already listed (by object: reading a record's fields is slow next to an identity check).
  const taken = new Set<T>(first);
  const slugs = slugsOf(article);
  const best: Array<{ other: T; shared: number }> = [];

  // Stories sharing two tags or more, from the pair listings. Stories arrive newest first, so one
  // ranks above another only by sharing more tags.
  const pairs = pairListings(byTag);
  const pairCursors = slugs.flatMap((one, index) => slugs.slice(index + 1).map((other) => cursorBefore(pairs.get(pairKey(one, other)) ?? [], article)));
  walkSideBySide(pairCursors, (story, listed, open) => {
    // Nothing older can share more tags than the pair listings left to walk allow.
    if (best.length === wanted && best[wanted - 1]!.shared >= tagsSharedIn(open)) return true;
    if (taken.has(story)) return false;
    const shared = tagsSharedIn(listed);
    let at = best.length;
    while (at > 0 && shared > best[at - 1]!.shared) at -= 1;
    if (at < wanted) {
      best.splice(at, 0, { other: story, shared });
      if (best.length > wanted) best.pop();
    }
    return false;
  });

  // Short of stories sharing two tags, every one of them is in `best`: the newest sharing one follow.
  if (best.length < wanted) {
    walkSideBySide(
      slugs.map((slug) => cursorBefore(byTag.get(slug) ?? [], article)),
      (story, listed) => {
        if (listed === 1 && !taken.has(story)) best.push({ other: story, shared: 1 });
        return best.length === wanted;
      },
    );
  }
  return [...first, ...best.map(({ other }) => other)];
}
