import { addElement as add, createXmlDocument, plainTextAsHtml } from './feed-text';
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
 * media:content beside the enclosure for the lead image.
 *
 * What is HTML and what is plain text: readers treat an item's <description> as HTML, so the
 * plain-text summary is HTML-escaped before the XML escaping. Everything else stays plain text,
 * as RSS 2.0 and the W3C validator define it: titles, bylines, categories and the channel's
 * <description> (a template around a tag or author name). Escaping those as HTML too would show
 * "AT&amp;T" to every reader that follows the spec, and draw a validator warning for every tag
 * such as "R&D", to spare the readers that guess only on the rare name that contains text looking
 * like a tag; those draw a validator warning, not an error.
 */
export function renderRss(channel: FeedChannel): string {
  const root = createXmlDocument('rss', { version: '2.0', ...NAMESPACES });
  const rss = add(root, 'channel');
  add(rss, 'title', {}, channel.title);
  add(rss, 'link', {}, channel.siteUrl);
  add(rss, 'description', {}, channel.description);
  add(rss, 'language', {}, channel.language);
  add(rss, 'lastBuildDate', {}, rfc822(channel.updated));
  add(rss, 'atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' });
  if (channel.hubUrl) add(rss, 'atom:link', { href: channel.hubUrl, rel: 'hub' });
  const image = add(rss, 'image');
  add(image, 'url', {}, channel.iconUrl);
  add(image, 'title', {}, channel.title);
  add(image, 'link', {}, channel.siteUrl);

  for (const entry of channel.entries) {
    const item = add(rss, 'item');
    add(item, 'title', {}, entry.title);
    add(item, 'link', {}, entry.url);
    add(item, 'guid', { isPermaLink: 'true' }, entry.url);
    add(item, 'pubDate', {}, rfc822(entry.published));
    if (entry.updated) add(item, 'dcterms:modified', {}, entry.updated.toISOString());
    for (const author of entry.authors) add(item, 'dc:creator', {}, author.name);
    for (const category of entryCategories(entry)) add(item, 'category', { domain: category.scheme }, category.label);
    add(item, 'description', {}, plainTextAsHtml(entry.summary));
    add(item, 'content:encoded', {}, entry.contentHtml);
    if (entry.image) {
      const { url, type, length } = entry.image;
      add(item, 'enclosure', { url, type, length: String(length) });
      add(item, 'media:content', { url, type, medium: 'image', fileSize: String(length) });
    }
  }
  return root.end({ prettyPrint: true });
}
