import type { MetadataRoute } from 'next';
import { siteConfig } from '@/site.config';
import { everyListingPage, type PageLayout, pagePath } from '../pagination';
import { absoluteUrl, articlePath } from '../urls';

interface Dated {
  date: string;
  updated?: string;
}

export interface Listing<A> {
  basePath: string;
  /** Newest first, as lib/listings.ts holds them. */
  articles: A[];
  /** 'archive' unless given: a series' pages are in reading order. */
  layout?: PageLayout;
}

const lastChange = (article: Dated) => article.updated ?? article.date;
const newest = (articles: Dated[]) => articles.map(lastChange).sort().at(-1);

/**
 * Every published article with its last change, every page of every listing (dated by the
 * newest story on it) and the index pages (dated by the newest story anywhere).
 */
export function sitemapEntries<A extends Dated & { slug: string }>(articles: A[], listings: Array<Listing<A>>, indexPaths: string[]): MetadataRoute.Sitemap {
  const perPage = siteConfig.articlesPerPage;
  // Every page lib/pagination.ts gives a listing: its landing page and each archive page.
  const listingPages = ({ basePath, articles: listed, layout }: Listing<A>) =>
    everyListingPage(listed, perPage, layout).map(({ id, items }) => ({ url: absoluteUrl(pagePath(basePath, id)), lastModified: newest(items) }));
  return [
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.slug)), lastModified: lastChange(article) })),
    ...listings.flatMap(listingPages),
    ...indexPaths.map((path) => ({ url: absoluteUrl(path), lastModified: newest(articles) })),
  ];
}
