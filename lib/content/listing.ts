import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { formatDateRange } from '../dates';
import { listingFeedLink } from '../feeds/catalog';
import { type ListingPage, type ListingPageId, listingPageAt, listingPageIds, type PageLayout, pagePath, parsePageSegments } from '../pagination';
import { pageMetadata } from '../seo/metadata';
import { type Article, type ArticleSummary, summarize } from './queries';

/*
 * What every listing route shares: the page it was asked for, how that page is named and linked,
 * its feed and its metadata (their static params come from lib/listings.ts; the numbering rule
 * is lib/pagination.ts's). Each route only says which articles it lists.
 */

export interface PageLink {
  href: string;
  label: string;
}

/** How a page names itself and links to its neighbours (components/pagination-nav.tsx draws it). */
export interface ListingNav {
  /** rel="prev": newer stories, or a series' earlier parts. */
  prev?: PageLink;
  /** rel="next": older stories, or a series' later parts. */
  next?: PageLink;
  /** Between the two links: "Archive page 3", or "Page 2 of 3" in a series. */
  position?: string;
}

interface PageNames {
  /** After the listing's name in the heading: the dates an archive page covers. */
  headingSuffix?: string;
  /** After the listing's name in the document title. */
  titleSuffix?: string;
}

/** Dates of the page's stories, from its oldest to its newest: archive pages are named by them. */
const coveredDates = (items: readonly Article[]) => (items.length === 0 ? '' : formatDateRange(items.at(-1)!.date, items[0]!.date));

function namesOf(page: ListingPage<Article>, layout: PageLayout, totalItems: number): PageNames & { position?: string } {
  if (layout === 'reading-order') {
    // A series is small: "Page 2 of 3" may change on every page when a part is added.
    const pages = listingPageIds(totalItems, siteConfig.articlesPerPage, layout).length;
    const number = page.id === 'landing' ? 1 : page.id;
    const position = pages > 1 ? `Page ${number} of ${pages}` : undefined;
    return page.id === 'landing' ? { position } : { headingSuffix: `page ${number}`, titleSuffix: `page ${number}`, position };
  }
  if (page.id === 'landing') return {};
  const dates = coveredDates(page.items);
  return { headingSuffix: dates, titleSuffix: `${dates} (archive page ${page.id})`, position: `Archive page ${page.id}` };
}

const LABELS: Record<PageLayout, { prev: string; next: string }> = {
  archive: { prev: 'Newer', next: 'Older' },
  'reading-order': { prev: 'Earlier parts', next: 'Later parts' },
};

interface ListingRequest {
  /** What the listing is about: a tag, an author or a verdict, as readers see it. */
  name: string;
  basePath: string;
  /** Newest first, as lib/listings.ts holds them. */
  articles: readonly Article[];
  pagination: string[] | undefined;
  /** A series reads in order; every other listing is numbered from its oldest story. */
  layout?: PageLayout;
}

export interface LoadedListing extends PageNames {
  name: string;
  basePath: string;
  feed: ReturnType<typeof listingFeedLink>;
  page: ListingPageId;
  items: ArticleSummary[];
  nav: ListingNav;
}

/** The page a listing route was asked for, summarised for cards; a 404 for a page that does not exist. */
export function loadListing({ name, basePath, articles, pagination, layout = 'archive' }: ListingRequest): LoadedListing {
  const requested = parsePageSegments(pagination);
  const page = requested === undefined ? undefined : listingPageAt(articles, requested, siteConfig.articlesPerPage, layout);
  if (!page) notFound();
  const { position, ...names } = namesOf(page, layout, articles.length);
  const link = (id: ListingPageId | undefined, label: string) => (id === undefined ? undefined : { href: pagePath(basePath, id), label });
  return {
    name,
    basePath,
    feed: listingFeedLink(name, basePath),
    page: page.id,
    items: page.items.map(summarize),
    nav: { prev: link(page.prev, LABELS[layout].prev), next: link(page.next, LABELS[layout].next), position },
    ...names,
  };
}

export function listingMetadata({ name, basePath, feed, page, titleSuffix }: LoadedListing, description: string, openGraph?: Metadata['openGraph']): Metadata {
  return pageMetadata({
    title: titleSuffix ? `${name}, ${titleSuffix}` : name,
    description,
    // Every page's canonical URL is its own: no story is on two pages of a listing.
    path: pagePath(basePath, page),
    feed,
    openGraph,
  });
}
