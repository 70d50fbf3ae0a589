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

/**
 * Whether `other` is earlier coverage than `article`: listed after it in the archive's newest-first
 * order (visibleArticles), so dated earlier, or the same instant and a later slug.
 */
export function isEarlierCoverage(other: Pick<ArticleFacts, 'slug' | 'date'>, article: Pick<ArticleFacts, 'slug' | 'date'>): boolean {
  const difference = Date.parse(other.date) - Date.parse(article.date);
  return difference < 0 || (difference === 0 && other.slug.localeCompare(article.slug) > 0);
}

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
  const taken = new Set(first.map((other) => other.slug));
  const ownTags = new Set(article.tags.map(tagSlug));
  const byTags = [...new Set(candidates)]
    .filter((other) => isEarlierCoverage(other, article) && !taken.has(other.slug))
    .map((other) => ({ other, shared: new Set(other.tags.map(tagSlug).filter((tag) => ownTags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Date.parse(b.other.date) - Date.parse(a.other.date))
    .slice(0, limit - first.length)
    .map(({ other }) => other);
  return [...first, ...byTags];
}
