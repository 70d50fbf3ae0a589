import { allArticles, allAuthors, type Article, type Author } from 'contentlayer/generated';
import { siteConfig } from '@/site.config';
import { byAuthor, type PublicationStatus, publicationStatus, relatedArticles, visibleArticles, withSentiment, withTag } from '../articles';
import { authorLinks } from '../author-links';
import { mixByGroup } from '../insights';
import type { PersonFacts } from '../seo/json-ld';
import { authorPath, tagPath } from '../urls';
import type { Sentiment } from '../sentiment';
import { collectTags, tagSlug, type Tag } from '../tags';

/*
 * The one place routes get content from. Everything is computed once per build from
 * contentlayer's output; the rules themselves live in the pure modules under lib/.
 */

export type { Article, Author };

const buildTime = new Date();
const articles = visibleArticles(allArticles, {
  now: buildTime,
  // `npm run dev` previews drafts and scheduled stories; a production build never contains them.
  includeUnpublished: process.env.NODE_ENV === 'development',
});
const tags = collectTags(articles);
const tagsBySlug = new Map(tags.map((tag) => [tag.slug, tag]));
const authors = [...allAuthors].sort((a, b) => a.name.localeCompare(b.name));
const authorsBySlug = new Map(authors.map((author) => [author.slug, author]));

const articlesBySlug = new Map(articles.map((article) => [article.slug, article]));

/*
 * Route params for non-Latin slugs can arrive percent-encoded; decoding an already decoded slug
 * changes nothing, because slugs never contain "%".
 */
const fromParam = (slug: string) => decodeURIComponent(slug);

export const getArticles = (): Article[] => articles;
export const getArticle = (slug: string) => articlesBySlug.get(fromParam(slug));

export const getAuthors = (): Author[] => authors;
export const getAuthor = (slug: string) => authorsBySlug.get(fromParam(slug));
export const getArticlesByAuthor = (slug: string) => byAuthor(articles, slug);

export const getTags = (): Tag[] => tags;
export const getTag = (slug: string) => tagsBySlug.get(fromParam(slug));
export const getArticlesWithTag = (slug: string) => withTag(articles, slug);
/** An article's tags under their site-wide spelling, in the order the author gave them. */
export const getArticleTags = (article: Article): Tag[] => [
  ...new Map(article.tags.map((tag) => [tagSlug(tag), tagsBySlug.get(tagSlug(tag))!])).values(),
];

export const getArticlesWithSentiment = (sentiment: Sentiment) => withSentiment(articles, sentiment);
export const getRelatedArticles = (article: Article) => relatedArticles(article, articles, siteConfig.relatedArticles);

/** Authors of an article in byline order. The content rules guarantee each slug exists. */
export const getArticleAuthors = (article: Article): Author[] => article.authors.map((slug) => authorsBySlug.get(slug)!);

/** What a listing shows of an article: everything a card needs, nothing it does not. */
export interface ArticleSummary {
  slug: string;
  title: string;
  dek: string;
  date: string;
  updated?: string;
  readingMinutes: number;
  sentiment?: Sentiment;
  authors: Array<Pick<Author, 'slug' | 'name'>>;
  tags: Tag[];
  /** Anything but "published" only appears in `npm run dev` previews. */
  status: PublicationStatus;
}

export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    date: article.date,
    updated: article.updated,
    readingMinutes: article.readingMinutes,
    sentiment: article.sentiment as Sentiment | undefined,
    authors: getArticleAuthors(article).map(({ slug, name }) => ({ slug, name })),
    tags: getArticleTags(article),
    status: publicationStatus(article, buildTime),
  };
}

/** An author as structured data describes them: profile URL, role and public profiles. */
export function authorFacts(author: Author): PersonFacts {
  return {
    name: author.name,
    path: authorPath(author.slug),
    role: author.role,
    sameAs: authorLinks(author.links).filter((link) => link.key !== 'email').map((link) => link.href),
  };
}

/** Sentiment mixes of the most-covered tags and of every author, for the insights page. */
export function getGroupMixes(limit: number) {
  return {
    tags: mixByGroup(getTags().map((tag) => ({ name: tag.name, path: tagPath(tag.slug), articles: getArticlesWithTag(tag.slug) })), limit),
    authors: mixByGroup(getAuthors().map((a) => ({ name: a.name, path: authorPath(a.slug), articles: getArticlesByAuthor(a.slug) })), limit),
  };
}
