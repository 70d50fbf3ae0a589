import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { BRAND_CARD_PATH, SITE_FEEDS } from '../urls';

export interface FeedLink {
  title: string;
  path: string;
}

interface PageSeo {
  title: string | { absolute: string };
  description: string;
  /** Canonical path of the page; absent only for the site-wide defaults in the root layout. */
  path?: string;
  /** The listing's own RSS feed, announced beside the site feeds. */
  feed?: FeedLink;
  openGraph?: Metadata['openGraph'];
  /** Absolute or site path of the share image; the site card when absent. */
  image?: { url: string; width: number; height: number; alt: string };
}

/**
 * Metadata every page shares: canonical URL, feed autodiscovery, Open Graph and Twitter card.
 * Next.js replaces (not merges) `alternates` and `openGraph` per page, so each page states
 * them in full through this one function.
 */
export function pageMetadata({ title, description, path, feed, openGraph, image }: PageSeo): Metadata {
  const shareImage = image ?? { url: BRAND_CARD_PATH, width: 1200, height: 630, alt: siteConfig.name };
  const plainTitle = typeof title === 'string' ? title : title.absolute;
  return {
    title,
    description,
    alternates: {
      ...(path ? { canonical: path } : {}),
      types: {
        'application/rss+xml': [{ url: SITE_FEEDS.rss, title: `${siteConfig.name} (RSS)` }, ...(feed ? [{ url: feed.path, title: feed.title }] : [])],
        'application/atom+xml': [{ url: SITE_FEEDS.atom, title: `${siteConfig.name} (Atom)` }],
        'application/feed+json': [{ url: SITE_FEEDS.json, title: `${siteConfig.name} (JSON Feed)` }],
      },
    },
    openGraph: {
      type: 'website',
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      ...(path ? { url: path } : {}),
      title: plainTitle,
      description,
      images: [shareImage],
      ...openGraph,
    },
    twitter: { card: 'summary_large_image', title: plainTitle, description, images: [shareImage.url] },
  };
}
