import type { Sentiment } from './sentiment';
import type { DatedNote } from './story-notes';
import { tagSlug } from './tags';

/** The fields the queries read; contentlayer's Article has them all. */
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
 * Ranking related coverage compares every article with the few thousand sharing its tags: at
 * 20,000 articles that is tens of millions of comparisons, and parsing dates and slugging tags
 * inside them took four minutes of the build plan. Each article's timestamp and tag slugs are
 * worked out once (articles are records, never changed after they are read).
 */
const timestamps = new WeakMap<object, number>();
const tagSlugSets = new WeakMap<object, ReadonlySet<string>>();

function timestampOf(article: Pick<ArticleFacts, 'date'>): number {
  let time = timestamps.get(article);
  if (time === undefined) timestamps.set(article, (time = Date.parse(article.date)));
  return time;
}

function tagSlugsOf(article: Pick<ArticleFacts, 'tags'>): ReadonlySet<string> {
  let slugs = tagSlugSets.get(article);
  if (slugs === undefined) tagSlugSets.set(article, (slugs = new Set(article.tags.map(tagSlug))));
  return slugs;
}

/**
 * Whether `other` is earlier coverage than `article`: listed after it in the archive's newest-first
 * order (visibleArticles), so dated earlier, or the same instant and a later slug.
 */
export function isEarlierCoverage(other: Pick<ArticleFacts, 'slug' | 'date'>, article: Pick<ArticleFacts, 'slug' | 'date'>): boolean {
  const difference = timestampOf(other) - timestampOf(article);
  return difference < 0 || (difference === 0 && other.slug.localeCompare(article.slug) > 0);
}

interface Ranked<T> {
  other: T;
  shared: number;
  time: number;
}

/** Whether `a` ranks strictly above `b`: more shared tags, then newer. Equals keep the candidates' order. */
const ranksAbove = <T>(a: Ranked<T>, b: Ranked<T>) => a.shared > b.shared || (a.shared === b.shared && a.time > b.time);

/**
 * Related coverage only looks back: earlier coverage (isEarlierCoverage) sharing the most tags
 * with `article`, newest first among equals; none that share no tag. A story published later
 * never enters an older story's list, so publishing one leaves every older article page as it
 * was. `candidates` may be the whole archive or, faster, the articles listed under its tags.
 * `preferred` (the earlier parts of its series, nearest first) come before any of them, in the
 * order given.
 */
export function relatedArticles<T extends ArticleFacts>(article: T, candidates: Iterable<T>, limit: number, preferred: readonly T[] = []): T[] {
  const first = [...new Set(preferred)].filter((other) => other.slug !== article.slug).slice(0, limit);
  const wanted = limit - first.length;
  if (wanted <= 0) return first;
  const taken = new Set(first.map((other) => other.slug));
  const ownTags = tagSlugsOf(article);
  // The best `wanted` so far, best first: one pass over the candidates, no sort of them all.
  const best: Array<Ranked<T>> = [];
  const seen = new Set<T>();
  for (const other of candidates) {
    if (seen.has(other) || taken.has(other.slug)) continue;
    seen.add(other);
    if (!isEarlierCoverage(other, article)) continue;
    let shared = 0;
    for (const tag of tagSlugsOf(other)) if (ownTags.has(tag)) shared += 1;
    if (shared === 0) continue;
    const candidate = { other, shared, time: timestampOf(other) };
    let at = best.length;
    while (at > 0 && ranksAbove(candidate, best[at - 1]!)) at -= 1;
    if (at < wanted) {
      best.splice(at, 0, candidate);
      if (best.length > wanted) best.pop();
    }
  }
  return [...first, ...best.map(({ other }) => other)];
}
