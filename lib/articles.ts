import type { Sentiment } from './sentiment';
import { tagSlug } from './tags';

/** The fields the queries read; contentlayer's Article has them all. */
export interface ArticleFacts {
  slug: string;
  date: string;
  draft?: boolean;
  authors: string[];
  tags: string[];
  sentiment?: Sentiment | string;
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

export function withTag<T extends ArticleFacts>(articles: readonly T[], slug: string): T[] {
  return articles.filter((article) => article.tags.some((tag) => tagSlug(tag) === slug));
}

export function byAuthor<T extends ArticleFacts>(articles: readonly T[], authorSlug: string): T[] {
  return articles.filter((article) => article.authors.includes(authorSlug));
}

export function withSentiment<T extends ArticleFacts>(articles: readonly T[], sentiment: Sentiment): T[] {
  return articles.filter((article) => article.sentiment === sentiment);
}

/** Articles sharing the most tags with `article`, newest first among equals; none that share no tag. */
export function relatedArticles<T extends ArticleFacts>(article: T, articles: readonly T[], limit: number): T[] {
  const ownTags = new Set(article.tags.map(tagSlug));
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: new Set(other.tags.map(tagSlug).filter((tag) => ownTags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Date.parse(b.other.date) - Date.parse(a.other.date))
    .slice(0, limit)
    .map(({ other }) => other);
}
