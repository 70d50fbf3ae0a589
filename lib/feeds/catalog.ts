import { siteConfig } from '@/site.config';
import {
  getArticlesByAuthor,
  getArticles,
  getArticlesWithSentiment,
  getArticlesWithTag,
  getAuthors,
  getTags,
  type Article,
} from '../content/queries';
import { SENTIMENT_META, SENTIMENTS } from '../sentiment';
import type { FeedLink } from '../seo/metadata';
import { authorPath, listingFeedPath, sentimentPath, SITE_FEEDS, tagPath } from '../urls';

/** One listing that has a feed: what it is called, where it lives and which articles it holds. */
export interface FeedSource {
  title: string;
  description: string;
  /** The HTML listing the feed mirrors. */
  listingPath: string;
  /** Site path of its RSS feed. */
  rssPath: string;
  articles: Article[];
}

const latest = (articles: Article[]) => articles.slice(0, siteConfig.feedItems);

export const SITE_FEED_LINK: FeedLink = { title: `${siteConfig.name} (RSS)`, path: SITE_FEEDS.rss };

/** The RSS feed of a listing, as pages announce and link it; the home page's is the site feed. */
export function listingFeedLink(name: string, listingPath: string): FeedLink {
  if (listingPath === '/') return SITE_FEED_LINK;
  return { title: `${name} | ${siteConfig.name}`, path: listingFeedPath(listingPath) };
}

export function siteFeedSource(): FeedSource {
  return {
    title: siteConfig.name,
    description: siteConfig.description,
    listingPath: '/',
    rssPath: SITE_FEED_LINK.path,
    articles: latest(getArticles()),
  };
}

/** Every per-tag, per-author and per-sentiment feed. */
export function listingFeedSources(): FeedSource[] {
  const listing = (name: string, description: string, listingPath: string, articles: Article[]): FeedSource => {
    const { title, path } = listingFeedLink(name, listingPath);
    return { title, description, listingPath, rssPath: path, articles: latest(articles) };
  };
  return [
    ...getTags().map((tag) => listing(tag.name, `News and analysis tagged ${tag.name}.`, tagPath(tag.slug), getArticlesWithTag(tag.slug))),
    ...getAuthors().map((author) =>
      listing(author.name, `Articles by ${author.name}${author.role ? `, ${author.role}` : ''}.`, authorPath(author.slug), getArticlesByAuthor(author.slug)),
    ),
    ...SENTIMENTS.map((sentiment) =>
      listing(SENTIMENT_META[sentiment].verdict, SENTIMENT_META[sentiment].description, sentimentPath(sentiment), getArticlesWithSentiment(sentiment)),
    ),
  ];
}
