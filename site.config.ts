/**
 * Every site-wide setting lives here, so a newsroom adopting Newsdesk edits one file.
 * The public URL can be overridden per deployment with NEWSDESK_SITE_URL.
 */
const url = (process.env.NEWSDESK_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const siteConfig = {
  name: 'Newsdesk',
  tagline: 'News and analysis, with the analyst’s verdict on every story',
  description:
    'Independent news and analysis on technology, energy, markets and policy. Every story ends with an analyst’s verdict: positive, negative, neutral or mixed.',
  /** The home page's public URL, with the sub-path when the site lives under one: https://example.org/news */
  url,
  /**
   * That sub-path ('' at the root of a host, '/news' for the URL above), taken from the URL so
   * the two cannot disagree. Next.js prefixes it to its links and assets; lib/urls.ts does the rest.
   */
  basePath: new URL(url).pathname.replace(/\/+$/, ''),
  language: 'en',
  locale: 'en_US',
  /** Dates are printed in this zone so a story reads the same date wherever it was built. */
  timeZone: 'UTC',
  /** The author slug that stands for the publisher (feeds, structured data). */
  publisherAuthor: 'maya-okafor',
  articlesPerPage: 10,
  /** How many of the newest articles each feed carries. */
  feedItems: 50,
  relatedArticles: 3,
  /**
   * A WebSub hub (https://www.w3.org/TR/websub/) the feeds advertise, so readers that subscribe
   * through it hear of a new story at once instead of polling; for example
   * 'https://pubsubhubbub.appspot.com/'. Undefined: the feeds name no hub. The build does not ping
   * the hub; the deploy step that publishes out/ should.
   */
  websubHub: undefined as string | undefined,
} as const;

export type SiteConfig = typeof siteConfig;
