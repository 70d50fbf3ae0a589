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
   * Which colours the verdicts get (app/sentiment-colors.css): 'western' (green for good news, red
   * for bad), 'east-asian' (red for good news, green for bad, as markets in China, Japan and Korea
   * read them) or 'neutral' (blue, amber, grey and violet: no red or green at all). Every chart also
   * gives each verdict its own texture, and every badge its label and icon, so no reader depends on colour.
   */
  sentimentColors: 'western' as 'western' | 'east-asian' | 'neutral',
  /** The first page of the home page (docs/content-format.md, "The front page"). */
  frontPage: {
    /**
     * Topic sections under the latest stories, in this order, as tag names or slugs
     * (['Energy', 'markets']). Empty: the `busiestSections` most-used tags. A tag no published
     * story carries is left out.
     */
    sections: [] as string[],
    busiestSections: 4,
    storiesPerSection: 3,
    /** Stories in the row under the lead, with thumbnails. */
    secondaryStories: 3,
    /** Most stories in Editor's picks (marked `featured` in their frontmatter). */
    picks: 4,
  },
  /**
   * A WebSub hub (https://www.w3.org/TR/websub/) the feeds advertise, so readers that subscribe
   * through it hear of a new story at once instead of polling; for example
   * 'https://pubsubhubbub.appspot.com/'. Undefined: the feeds name no hub. The build does not ping
   * the hub; the deploy step that publishes out/ should.
   */
  websubHub: undefined as string | undefined,
} as const;

export type SiteConfig = typeof siteConfig;
