import { withoutNonXmlCharacters } from './feed-text';
import { entryCategories, type FeedChannel } from './types';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). JSON.stringify does the escaping; `title` and
 * `summary` are plain text and `content_html` HTML by the spec, so nothing is escaped by hand. It
 * drops the characters the XML feeds cannot carry, so all three feeds say the same text.
 */
export function renderJsonFeed(channel: FeedChannel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    icon: channel.iconUrl,
    language: channel.language,
    authors: [{ name: channel.publisher.name, url: channel.publisher.url }],
    hubs: channel.hubUrl ? [{ type: 'WebSub', url: channel.hubUrl }] : undefined,
    items: channel.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      image: entry.image?.url,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated?.toISOString(),
      authors: entry.authors.map(({ name, url }) => ({ name, url })),
      tags: entryCategories(entry).map((category) => category.label),
      // Extensions start with an underscore by the spec; readers that do not know them ignore them.
      _newsdesk: entry.sentiment ? { sentiment: entry.sentiment.term } : undefined,
    })),
  };
  const sameTextAsXmlFeeds = (_key: string, value: unknown) => (typeof value === 'string' ? withoutNonXmlCharacters(value) : value);
  return `${JSON.stringify(feed, sameTextAsXmlFeeds, 2)}\n`;
}
