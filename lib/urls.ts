import { siteConfig } from '@/site.config';
import type { Sentiment } from './sentiment';

/*
 * Every internal URL is built here, following the layout in ../shared/CONTENT.md, so links
 * use one form throughout the site (no trailing slash).
 */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const authorPath = (slug: string) => `/authors/${encodeURIComponent(slug)}`;
export const tagPath = (tagSlug: string) => `/tags/${encodeURIComponent(tagSlug)}`;
export const sentimentPath = (sentiment: Sentiment) => `/sentiment/${sentiment}`;

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).toString();
}

/** The whole site's feeds; every listing (tag, author, sentiment) also has RSS at `<listing>/feed.xml`. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;
export const listingFeedPath = (listingPath: string) => `${listingPath}/feed.xml`;

/** Square icon, wide logo and default share card, drawn at build time (app/brand/). */
export const BRAND_ICON_PATH = '/brand/icon.png';
export const BRAND_LOGO_PATH = '/brand/logo.png';
export const BRAND_CARD_PATH = '/brand/card.png';
/** Every article's generated share card, used when it has no raster lead image. */
export const socialCardPath = (slug: string) => `${articlePath(slug)}/social-card.png`;

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
