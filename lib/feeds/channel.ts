import mime from 'mime';
import { siteConfig } from '@/site.config';
import { getArticleAuthors, getArticleTags, getAuthor, type Article } from '../content/queries';
import { isSentiment, SENTIMENT_META } from '../sentiment';
import { absoluteUrl, articlePath, authorPath, BRAND_ICON_PATH } from '../urls';
import { articleHtmlForFeed, parsePage } from './article-html';
import { contentFileOf } from '../content/content-file-error';
import { inContentFile } from './entry-step';
import type { FeedSource } from './catalog';
import type { FeedChannel, FeedEntry, FeedPerson } from './types';

export interface FeedInputs {
  /** The exported HTML page of an article, whose body becomes the entry's content. */
  readArticlePage: (slug: string) => string;
  /** Size in bytes of a file under public/, for enclosures. */
  publicFileSize: (sitePath: string) => number;
  /** The build time, used as the update time of an empty feed. */
  now: Date;
}

const person = (name: string, path: string): FeedPerson => ({ name, url: absoluteUrl(path) });

const step = <T>(article: Article, what: string, run: () => T): T => inContentFile(contentFileOf(article), what, run);

/**
 * Returns a function that turns a feed source into a channel. Entries are built once per
 * article and shared: the same story appears in the site feed and in each of its tag, author
 * and sentiment feeds.
 */
export function createChannelBuilder(inputs: FeedInputs) {
  const entries = new Map<string, FeedEntry>();
  const entryFor = (article: Article): FeedEntry => {
    const cached = entries.get(article.slug);
    if (cached) return cached;
    const entry = step(article, 'building its feed entry', () => buildEntry(article, inputs));
    entries.set(article.slug, entry);
    return entry;
  };
  const publisherAuthor = getAuthor(siteConfig.publisherAuthor);
  const publisher = publisherAuthor ? person(publisherAuthor.name, authorPath(publisherAuthor.slug)) : person(siteConfig.name, '/');

  return (source: FeedSource, feedPath: string): FeedChannel => {
    const channelEntries = source.articles.map(entryFor);
    const newest = channelEntries.map((entry) => (entry.updated ?? entry.published).getTime());
    return {
      title: source.title,
      description: source.description,
      language: siteConfig.language,
      siteUrl: absoluteUrl(source.listingPath),
      feedUrl: absoluteUrl(feedPath),
      iconUrl: absoluteUrl(BRAND_ICON_PATH),
      updated: newest.length > 0 ? new Date(Math.max(...newest)) : inputs.now,
      publisher,
      entries: channelEntries,
    };
  };
}

function buildEntry(article: Article, inputs: FeedInputs): FeedEntry {
  const url = absoluteUrl(articlePath(article.slug));
  const sentiment = isSentiment(article.sentiment) ? article.sentiment : undefined;
  const image = article.image;
  const pageHtml = step(article, 'reading its exported page', () => inputs.readArticlePage(article.slug));
  const page = step(article, 'parsing its exported page', () => parsePage(pageHtml));
  return {
    url,
    title: article.title,
    summary: article.dek,
    contentHtml: step(article, 'taking its body out of the page', () => articleHtmlForFeed(page, url)),
    published: new Date(article.date),
    updated: article.updated ? new Date(article.updated) : undefined,
    authors: getArticleAuthors(article).map((author) => person(author.name, authorPath(author.slug))),
    tags: getArticleTags(article).map((tag) => ({ label: tag.name, term: tag.slug, scheme: absoluteUrl('/tags') })),
    sentiment: sentiment && {
      label: SENTIMENT_META[sentiment].verdict,
      term: sentiment,
      scheme: absoluteUrl('/sentiment'),
    },
    image: image
      ? {
          url: absoluteUrl(image),
          type: mime.getType(image) ?? 'application/octet-stream',
          length: step(article, `measuring its lead image ${image}`, () => inputs.publicFileSize(image)),
        }
      : undefined,
  };
}
