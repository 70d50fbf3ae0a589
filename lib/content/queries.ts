import { siteConfig } from '@/site.config';
import { articlesShownOn, relatedCoverage } from '../article-page';
import { type PublicationStatus, publicationStatus } from '../articles';
import { buildTime } from '../build-clock';
import { mixByGroup } from '../insights';
import { publishedCatalog } from '../catalog';
import { frontPage } from '../front-page';
import { seriesPosition } from '../series';
import { listingKey, listingPageParams, type Listing, type ListingKind } from '../listings';
import { landingSize } from '../pagination';
import { plannedParams, templateOnly } from '../build-plan/planned-params';
import { listingPagePath } from '../build-plan/paths';
import { articleStructuredData } from '../seo/article';
import { authorFacts } from '../seo/person';
import { articlePath, authorPath, bodyUrl, tagPath } from '../urls';
import type { Sentiment } from '../sentiment';
import { tagSlug, type Tag } from '../tags';
import { rewriteBodyUrls } from './body-urls';
import { type Article, type Author, compiledStamp, readArticleBodyHtml, readArticles, readAuthors } from './generated-store';

/*
 * The one place routes get content from. Everything is computed once per build process from
 * the compiled content (./generated-store.ts); the rules themselves live in the pure modules under lib/.
 */

export type { Article, Author };

// `npm run dev` previews drafts and scheduled stories; a production build never contains them.
const isPreview = process.env.NODE_ENV === 'development';

/** Bodies link and embed site paths; a site served under a sub-path needs its prefix on them. */
export const withBasePathInBody = (html: string) => (siteConfig.basePath ? rewriteBodyUrls(html, bodyUrl) : html);

function loadCatalog() {
  const authors = readAuthors().map((author) => ({ ...author, body: { ...author.body, html: withBasePathInBody(author.body.html) } }));
  return publishedCatalog(readArticles(), authors, { now: buildTime(), includeUnpublished: isPreview, siteName: siteConfig.name });
}

let loaded: { stamp: number; catalog: ReturnType<typeof loadCatalog> } | undefined;

/** Read once per build; in `npm run dev`, again whenever the content compile rewrites a catalog. */
function catalog() {
  const stamp = isPreview ? compiledStamp() : 0;
  if (loaded?.stamp !== stamp) loaded = { stamp, catalog: loadCatalog() };
  return loaded.catalog;
}

/*
 * Route params for non-Latin slugs can arrive percent-encoded; decoding an already decoded slug
 * changes nothing, because slugs never contain "%".
 */
const fromParam = (slug: string) => decodeURIComponent(slug);

export const getArticles = (): Article[] => catalog().articles;
export const getArticle = (slug: string) => catalog().articlesBySlug.get(fromParam(slug));

export const getArticleBodyHtml = (article: Article) => withBasePathInBody(readArticleBodyHtml(article));

/** Home, every tag, author and verdict: for the sitemap, the feed catalogue and the listing routes. */
export const getListings = (): Array<Listing<Article, Author>> => catalog().everyListing;
/** Every page of every listing of a kind, with its site path. */
export function getListingPages(kind: ListingKind) {
  const listings = getListings().filter((listing) => listing.subject.kind === kind);
  const basePaths = new Map(listings.map((listing) => [listingKey(listing.subject), listing.path]));
  return listingPageParams(listings, kind, siteConfig.articlesPerPage).map((page) => ({
    ...page,
    path: listingPagePath(basePaths.get(page.key)!, page.pagination),
  }));
}

/** generateStaticParams of a listing route: every page of every listing of its kind that this build renders. */
export function getListingPageParams(kind: ListingKind) {
  const pages = getListingPages(kind);
  return (templateOnly(pages) ?? plannedParams(pages, (page) => page.path)).map(({ key, pagination }) => ({ key, pagination }));
}

/** generateStaticParams of the article route: each article this build renders. */
export const getArticlePageParams = () =>
  (templateOnly(getArticles()) ?? plannedParams(getArticles(), (article) => articlePath(article.slug))).map(({ slug }) => ({ slug }));

export const getAuthors = (): Author[] => catalog().authors;
export const getAuthor = (slug: string) => catalog().authorsBySlug.get(fromParam(slug));
export const getArticlesByAuthor = (slug: string): Article[] => catalog().listings.byAuthor.get(slug) ?? [];

export const getTags = (): Tag[] => catalog().tags;
export const getTag = (slug: string) => catalog().tagsBySlug.get(fromParam(slug));
export const getArticlesWithTag = (slug: string): Article[] => catalog().listings.byTag.get(slug) ?? [];
/** An article's tags under their site-wide spelling, in the order the author gave them. */
export const getArticleTags = (article: Article): Tag[] => [
  ...new Map(article.tags.map((tag) => [tagSlug(tag), catalog().tagsBySlug.get(tagSlug(tag))!])).values(),
];

/** Every corrected story, newest correction first: the corrections listing of lib/listings.ts. */
export const getCorrectedArticles = (): Article[] => getListings().find((listing) => listing.subject.kind === 'corrections')?.articles ?? [];

export const getArticlesWithSentiment = (sentiment: Sentiment): Article[] => catalog().listings.bySentiment.get(sentiment) ?? [];

/** The related coverage an article page shows: earlier stories only (lib/article-page.ts says what a page shows). */
const articlePageSources = () => ({ byTag: catalog().listings.byTag, series: catalog().series, relatedLimit: siteConfig.relatedArticles });
export const getRelatedArticles = (article: Article) => relatedCoverage(article, articlePageSources());
/** Every other article whose facts an article's page shows: what the build plan watches for it. */
export const getArticlesShownOn = (article: Article) => articlesShownOn(article, articlePageSources());

/** Every series, the one with the newest part first. */
export const getEverySeries = () => catalog().series.all;
/** A series and its parts in reading order, or undefined for a slug no published part names. */
export const getSeries = (slug: string) => catalog().series.bySlug.get(fromParam(slug));
/** "Part 2 of 5" with the previous and next parts, for an article in a series. */
export const getSeriesPosition = (article: Article) => seriesPosition(article, catalog().series);

/** The lead, secondary row, picks, river and sections of the home page's landing page (lib/front-page.ts). */
export const getFrontPage = () =>
  frontPage(getArticles(), getTags(), catalog().listings.byTag, {
    ...siteConfig.frontPage,
    perPage: landingSize(getArticles().length, siteConfig.articlesPerPage),
  });

/** Authors of an article in byline order. The content rules guarantee each slug exists. */
export const getArticleAuthors = (article: Article): Author[] => article.authors.map((slug) => catalog().authorsBySlug.get(slug)!);

/** What a listing shows of an article: everything a card needs, nothing it does not. */
export interface ArticleSummary {
  slug: string;
  /** Lead image with its measured size, for cards that show a thumbnail. */
  leadImage?: Article['leadImage'];
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
  /** True while the story is developing (`status: developing`): cards and the header say so. */
  developing: boolean;
  /** Newest first, for the corrections listing. */
  corrections: Article['corrections'];
}

export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    leadImage: article.leadImage,
    title: article.title,
    dek: article.dek,
    date: article.date,
    updated: article.updated,
    readingMinutes: article.readingMinutes,
    sentiment: article.sentiment,
    authors: getArticleAuthors(article).map(({ slug, name }) => ({ slug, name })),
    tags: getArticleTags(article),
    status: publicationStatus(article, buildTime()),
    developing: article.status === 'developing',
    corrections: article.corrections,
  };
}

export { authorFacts };

/** NewsArticle and BreadcrumbList for an article page. */
export const getArticleStructuredData = (article: Article) =>
  articleStructuredData(article, { tags: getArticleTags(article), authors: getArticleAuthors(article).map(authorFacts) });

/** Sentiment mixes of the most-covered tags and of every author, for the insights page. */
export function getGroupMixes(limit: number) {
  return {
    tags: mixByGroup(
      getTags().map((tag) => ({ name: tag.name, path: tagPath(tag.slug), articles: getArticlesWithTag(tag.slug) })),
      limit,
    ),
    authors: mixByGroup(
      getAuthors().map((a) => ({ name: a.name, path: authorPath(a.slug), articles: getArticlesByAuthor(a.slug) })),
      limit,
    ),
  };
}
