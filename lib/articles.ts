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
