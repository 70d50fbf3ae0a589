import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { listingFeedLink } from '../feeds/catalog';
import { pagePath, paginate, parsePageSegments } from '../pagination';
import { pageMetadata } from '../seo/metadata';
import { type Article, summarize } from './queries';

/*
 * What the tag, author and sentiment routes share: the page they were asked for, their feed and
 * their metadata (their static params come from lib/listings.ts). Each route only says which
 * articles it lists.
 */

/** The page a listing route was asked for, summarised for cards; a 404 for a page that does not exist. */
export function listingPage(articles: readonly Article[], pagination: string[] | undefined) {
  const requested = parsePageSegments(pagination);
  const page = requested === undefined ? undefined : paginate(articles, requested, siteConfig.articlesPerPage);
  if (!page) notFound();
  return { ...page, items: page.items.map(summarize) };
}

interface ListingRequest {
  /** What the listing is about: a tag, an author or a verdict, as readers see it. */
  name: string;
  basePath: string;
  articles: readonly Article[];
  pagination: string[] | undefined;
}

export function loadListing({ name, basePath, articles, pagination }: ListingRequest) {
  return { name, basePath, feed: listingFeedLink(name, basePath), ...listingPage(articles, pagination) };
}

type Listing = ReturnType<typeof loadListing>;

export function listingMetadata(
  { name, basePath, feed, page }: Listing,
  description: string,
  openGraph?: Metadata['openGraph'],
): Metadata {
  return pageMetadata({
    title: page > 1 ? `${name}, page ${page}` : name,
    description,
    path: pagePath(basePath, page),
    feed,
    openGraph,
  });
}
