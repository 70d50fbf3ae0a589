import { siteConfig } from '@/site.config';
import type { Sentiment } from './sentiment';

/*
 * Every internal URL is built here, following the layout in docs/content-format.md, so links
 * use one form throughout the site (no trailing slash). The path builders return site paths
 * without the base path, the form components/link.tsx and Next's metadata expect: both add it.
 */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const authorPath = (slug: string) => `/authors/${encodeURIComponent(slug)}`;
export const tagPath = (tagSlug: string) => `/tags/${encodeURIComponent(tagSlug)}`;
export const sentimentPath = (sentiment: Sentiment) => `/sentiment/${sentiment}`;
/** Every corrected story, newest correction first. */
export const CORRECTIONS_PATH = '/corrections';
export const seriesPath = (seriesSlug: string) => `/series/${encodeURIComponent(seriesSlug)}`;

/*
 * Trust pages (content/pages/<slug>.mdx) live under /about, where no other route can collide with
 * them: about.mdx is /about itself, every other page /about/<slug>.
 */
export const ABOUT_PATH = '/about';
/** The page /about is made from. */
export const ABOUT_PAGE_SLUG = 'about';
/** The verdict methodology that every analyst comment links to as "How we rate the news". */
export const METHODOLOGY_PAGE_SLUG = 'how-we-rate-the-news';
export const pagePath = (slug: string) => (slug === ABOUT_PAGE_SLUG ? ABOUT_PATH : `${ABOUT_PATH}/${encodeURIComponent(slug)}`);

/**
 * A site path as the browser must request it, under the base path the site is served from.
 * For every URL Next.js does not write itself: plain <a> and <img>, form actions, scripts.
 */
export const withBasePath = (sitePath: string) => `${siteConfig.basePath}${sitePath}`;

/** Article bodies link and embed site paths (/articles/…); other URLs (https:, mailto:, #note) stay as written. */
export const bodyUrl = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? withBasePath(url) : url);

export function absoluteUrl(sitePath: string): string {
  return new URL(withBasePath(sitePath), siteConfig.url).toString();
}

/** The whole site's feeds; every listing (tag, author, sentiment) also has RSS at `<listing>/feed.xml`. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;
export const listingFeedPath = (listingPath: string) => `${listingPath}/feed.xml`;

/** Square icon, wide logo and default share card, drawn at build time (app/brand/). */
export const BRAND_ICON_PATH = '/brand/icon.png';
export const BRAND_LOGO_PATH = '/brand/logo.png';
export const BRAND_CARD_PATH = '/brand/card.png';
/** Every article's generated share card, used when it has no raster lead image. */
/** The file name of an article's share card, in its page's folder. */
export const SOCIAL_CARD_FILE = 'social-card.png';
export const socialCardPath = (slug: string) => `${articlePath(slug)}/${SOCIAL_CARD_FILE}`;

export const SEARCH_PATH = '/search';
/** The search page's script (components/search/search-client.ts), bundled by its route. */
export const SEARCH_SCRIPT_FILE = 'search.js';
export const SEARCH_SCRIPT_PATH = `${SEARCH_PATH}/${SEARCH_SCRIPT_FILE}`;
/** The search index's shards and their list, written after the export (`npm run build:search`, lib/search-index.ts). */
export const SEARCH_INDEX_PATH = '/pagefind';
export const SEARCH_SHARDS_PATH = `${SEARCH_INDEX_PATH}/shards.json`;
/** A shard's folder: the base path Pagefind's mergeIndex takes, with its final slash. */
export const searchShardPath = (folder: string) => `${SEARCH_INDEX_PATH}/${folder}/`;

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
