import mime from 'mime';
import { contentFileOf } from '../content/content-file-error';
import { isSentiment, SENTIMENT_META } from '../sentiment';
import type { Tag } from '../tags';
import { absoluteUrl, articlePath, authorPath, BRAND_ICON_PATH, bodyUrl } from '../urls';
import { bodyHtmlForFeed, parseBody } from './article-html';
import type { FeedSource } from './catalog';
import { inContentFile } from './entry-step';
import type { FeedChannel, FeedEntry, FeedPerson } from './types';

/** What a feed entry reads of an article: its fields, never its body (that comes from `readBodyHtml`). */
export interface FeedArticle {
  /** The content file it came from, for error messages: content/articles/2026/x.mdx. */
  contentFile: string;
  slug: string;
  title: string;
  dek: string;
  date: string;
  updated?: string;
  sentiment?: string;
  image?: string;
}

interface Byline {
  slug: string;
  name: string;
}

export interface FeedInputs<T extends FeedArticle> {
  site: { name: string; language: string; websubHub?: string };
  /** The author who stands for the publisher; the site itself when there is none. */
  publisher: Byline | undefined;
  /** An article's authors in byline order. */
  authorsOf: (article: T) => Byline[];
  /** An article's tags under their site-wide spelling. */
  tagsOf: (article: T) => Tag[];
  /** An article's compiled body HTML (lib/content/body-html.ts), before any base path is added. */
  readBodyHtml: (article: T) => string;
  /** Size in bytes of a file under public/, for enclosures. */
  publicFileSize: (sitePath: string) => number;
  /** The build time (lib/build-clock.ts), used as the update time of an empty feed. */
  now: Date;
}

const person = (name: string, path: string): FeedPerson => ({ name, url: absoluteUrl(path) });

const step = <R>(article: FeedArticle, what: string, run: () => R): R => inContentFile(contentFileOf(article), what, run);

/**
 * Returns a function that turns a feed source into a channel. Entries are built once per
 * article and shared: the same story appears in the site feed and in each of its tag, author
 * and sentiment feeds.
 */
export function createChannelBuilder<T extends FeedArticle>(inputs: FeedInputs<T>) {
  const entries = new Map<string, FeedEntry>();
  const entryFor = (article: T): FeedEntry => {
    const cached = entries.get(article.slug);
    if (cached) return cached;
    const entry = step(article, 'building its feed entry', () => buildEntry(article, inputs));
    entries.set(article.slug, entry);
    return entry;
  };
  const publisher = inputs.publisher ? person(inputs.publisher.name, authorPath(inputs.publisher.slug)) : person(inputs.site.name, '/');

  return (source: FeedSource<T>, feedPath: string): FeedChannel => {
    const channelEntries = source.articles.map(entryFor);
    const newest = channelEntries.map((entry) => (entry.updated ?? entry.published).getTime());
    return {
      title: source.title,
      description: source.description,
      language: inputs.site.language,
      siteUrl: absoluteUrl(source.listingPath),
      feedUrl: absoluteUrl(feedPath),
      iconUrl: absoluteUrl(BRAND_ICON_PATH),
      updated: newest.length > 0 ? new Date(Math.max(...newest)) : inputs.now,
      publisher,
      hubUrl: inputs.site.websubHub,
      entries: channelEntries,
    };
  };
}

function buildEntry<T extends FeedArticle>(article: T, inputs: FeedInputs<T>): FeedEntry {
  const url = absoluteUrl(articlePath(article.slug));
  const sentiment = isSentiment(article.sentiment) ? article.sentiment : undefined;
  const image = article.image;
  const bodyHtml = step(article, 'reading its compiled body', () => inputs.readBodyHtml(article));
  const body = step(article, 'parsing its compiled body', () => parseBody(bodyHtml));
  // The page resolves the body's site paths under the base path; a feed needs them absolute.
  const absoluteBodyUrl = (bodyLink: string) => new URL(bodyUrl(bodyLink), url).toString();
  return {
    url,
    title: article.title,
    summary: article.dek,
    contentHtml: step(article, 'making its body URLs absolute', () => bodyHtmlForFeed(body, absoluteBodyUrl)),
    published: new Date(article.date),
    updated: article.updated ? new Date(article.updated) : undefined,
    authors: inputs.authorsOf(article).map((author) => person(author.name, authorPath(author.slug))),
    tags: inputs.tagsOf(article).map((tag) => ({ label: tag.name, term: tag.slug, scheme: absoluteUrl('/tags') })),
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
