import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { allPageSegments, paginate, parsePageSegments } from '../pagination';
import { type Article, summarize } from './queries';

/** Static params for every page of a listing, under the route's catch-all `pagination` segment. */
export function listingParams(articles: readonly Article[]): Array<{ pagination: string[] }> {
  return allPageSegments(articles.length, siteConfig.articlesPerPage).map((pagination) => ({ pagination }));
}

/** The page a listing route was asked for, summarised for cards; a 404 for a page that does not exist. */
export function listingPage(articles: readonly Article[], pagination: string[] | undefined) {
  const requested = parsePageSegments(pagination);
  const page = requested === undefined ? undefined : paginate(articles, requested, siteConfig.articlesPerPage);
  if (!page) notFound();
  return { ...page, items: page.items.map(summarize) };
}
