import { siteConfig } from '@/site.config';
import type { Listing, ListingAuthor } from '../listings';
import { SENTIMENT_META } from '../sentiment';
import type { FeedLink } from '../seo/metadata';
import { listingFeedPath, SITE_FEEDS } from '../urls';

/** One listing that has a feed: what it is called, where it lives and which articles it holds. */
export interface FeedSource<T> {
  title: string;
  description: string;
  /** The HTML listing the feed mirrors. */
  listingPath: string;
  /** Site path of its RSS feed. */
  rssPath: string;
  articles: T[];
}

export const SITE_FEED_LINK: FeedLink = { title: `${siteConfig.name} (RSS)`, path: SITE_FEEDS.rss };

/** The RSS feed of a listing, as pages announce and link it; the home page's is the site feed. */
export function listingFeedLink(name: string, listingPath: string): FeedLink {
  if (listingPath === '/') return SITE_FEED_LINK;
  return { title: `${name} | ${siteConfig.name}`, path: listingFeedPath(listingPath) };
}

function feedDescription(listing: Listing<unknown>): string {
  const { subject } = listing;
  switch (subject.kind) {
    case 'home':
      return siteConfig.description;
    case 'tag':
      return `News and analysis tagged ${subject.tag.name}.`;
    case 'author':
      return `Articles by ${subject.author.name}${subject.author.role ? `, ${subject.author.role}` : ''}.`;
    case 'sentiment':
      return SENTIMENT_META[subject.sentiment].description;
    case 'corrections':
      return `Stories ${siteConfig.name} has corrected, newest correction first.`;
    case 'series':
      return `Every part of the series ${subject.series.title}.`;
  }
}

/**
 * The feed of every listing (lib/listings.ts), each with its newest `feedItems` articles. The
 * first is the home page's, the site feed, which also goes out as Atom and JSON Feed.
 */
export function feedSources<T, A extends ListingAuthor>(listings: ReadonlyArray<Listing<T, A>>, feedItems: number): Array<FeedSource<T>> {
  return listings.map((listing) => {
    const link = listingFeedLink(listing.title, listing.path);
    return {
      title: listing.subject.kind === 'home' ? listing.title : link.title,
      description: feedDescription(listing),
      listingPath: listing.path,
      rssPath: link.path,
      articles: listing.articles.slice(0, feedItems),
    };
  });
}

/** A file the feeds step writes: its site path, the feed it holds, and the format. */
export interface FeedFile<T> {
  path: string;
  source: FeedSource<T>;
  format: 'rss' | 'atom' | 'json';
}

/** Every feed file of feedSources: the site feed as RSS, Atom and JSON Feed, every other listing's as RSS. */
export function feedFiles<T>(sources: ReadonlyArray<FeedSource<T>>): Array<FeedFile<T>> {
  const [site, ...listings] = sources;
  const siteFiles: Array<FeedFile<T>> = site
    ? [
        { path: SITE_FEEDS.rss, source: site, format: 'rss' },
        { path: SITE_FEEDS.atom, source: site, format: 'atom' },
        { path: SITE_FEEDS.json, source: site, format: 'json' },
      ]
    : [];
  return [...siteFiles, ...listings.map((source): FeedFile<T> => ({ path: source.rssPath, source, format: 'rss' }))];
}
