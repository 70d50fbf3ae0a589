import type { MetadataRoute } from 'next';
import { siteConfig } from '@/site.config';
import { pageCount, pagePath } from '../pagination';
import { absoluteUrl, articlePath } from '../urls';

interface Dated {
  date: string;
  updated?: string;
}

export interface Listing<A> {
  basePath: string;
  /** Newest first, as the listing shows them. */
  articles: A[];
}

const lastChange = (article: Dated) => article.updated ?? article.date;
const newest = (articles: Dated[]) => articles.map(lastChange).sort().at(-1);

/**
 * Every published article with its last change, every page of every listing (dated by the
 * newest story on it) and the index pages (dated by the newest story anywhere).
 */
export function sitemapEntries<A extends Dated & { slug: string }>(articles: A[], listings: Array<Listing<A>>, indexPaths: string[]): MetadataRoute.Sitemap {
  const perPage = siteConfig.articlesPerPage;
  const listingPages = ({ basePath, articles: listed }: Listing<A>) =>
    Array.from({ length: pageCount(listed.length, perPage) }, (_, index) => ({
      url: absoluteUrl(pagePath(basePath, index + 1)),
      lastModified: newest(listed.slice(index * perPage, (index + 1) * perPage)),
    }));
  return [
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.slug)), lastModified: lastChange(article) })),
    ...listings.flatMap(listingPages),
    ...indexPaths.map((path) => ({ url: absoluteUrl(path), lastModified: newest(articles) })),
  ];
}
