import { create } from 'xmlbuilder2';
import { entryCategories, type FeedChannel } from './types';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:dcterms': 'http://purl.org/dc/terms/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** RSS 2.0 dates are RFC 822; toUTCString() produces exactly that form ("Wed, 25 Nov 2026 09:30:00 GMT"). */
const rfc822 = (date: Date) => date.toUTCString();

/**
 * RSS 2.0 with the modules feed readers rely on: content:encoded for the full text, dc:creator
 * for bylines (RSS's own <author> must be an e-mail address), dcterms:modified for updates and
 * media:content beside the enclosure for the lead image. xmlbuilder2 does all escaping and drops
 * characters XML cannot carry.
 */
export function renderRss(channel: FeedChannel): string {
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('rss', { version: '2.0', ...NAMESPACES });
  const rss = root.ele('channel');
  rss.ele('title').txt(channel.title);
  rss.ele('link').txt(channel.siteUrl);
  rss.ele('description').txt(channel.description);
  rss.ele('language').txt(channel.language);
  rss.ele('lastBuildDate').txt(rfc822(channel.updated));
  rss.ele('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' });
  const image = rss.ele('image');
  image.ele('url').txt(channel.iconUrl);
  image.ele('title').txt(channel.title);
  image.ele('link').txt(channel.siteUrl);

  for (const entry of channel.entries) {
    const item = rss.ele('item');
    item.ele('title').txt(entry.title);
    item.ele('link').txt(entry.url);
    item.ele('guid', { isPermaLink: 'true' }).txt(entry.url);
    item.ele('pubDate').txt(rfc822(entry.published));
    if (entry.updated) item.ele('dcterms:modified').txt(entry.updated.toISOString());
    for (const author of entry.authors) item.ele('dc:creator').txt(author.name);
    for (const category of entryCategories(entry)) item.ele('category', { domain: category.scheme }).txt(category.label);
    item.ele('description').txt(entry.summary);
    item.ele('content:encoded').txt(entry.contentHtml);
    if (entry.image) {
      const { url, type, length } = entry.image;
      item.ele('enclosure', { url, type, length: String(length) });
      item.ele('media:content', { url, type, medium: 'image', fileSize: String(length) });
    }
  }
  return root.end({ prettyPrint: true });
}
