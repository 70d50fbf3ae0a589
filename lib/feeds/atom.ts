import { addElement as add, createXmlDocument, type XmlElement } from './feed-text';
import { entryCategories, type FeedChannel, type FeedPerson } from './types';

/**
 * Atom 1.0 (RFC 4287). Every entry carries an author, an updated time and full content, which
 * the grammar alone does not enforce but feed readers need. Atom says what each text is, so
 * titles, subtitle and summary are declared plain text (`type="text"`, the default) and only the
 * content is HTML: no reader has to guess.
 */
export function renderAtom(channel: FeedChannel): string {
  const root = createXmlDocument('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': channel.language });
  add(root, 'id', {}, channel.siteUrl);
  add(root, 'title', { type: 'text' }, channel.title);
  add(root, 'subtitle', { type: 'text' }, channel.description);
  add(root, 'updated', {}, channel.updated.toISOString());
  add(root, 'link', { rel: 'self', type: 'application/atom+xml', href: channel.feedUrl });
  add(root, 'link', { rel: 'alternate', type: 'text/html', href: channel.siteUrl });
  if (channel.hubUrl) add(root, 'link', { rel: 'hub', href: channel.hubUrl });
  addPerson(root, 'author', channel.publisher);
  add(root, 'icon', {}, channel.iconUrl);

  for (const entry of channel.entries) {
    const item = add(root, 'entry');
    add(item, 'id', {}, entry.url);
    add(item, 'title', { type: 'text' }, entry.title);
    add(item, 'link', { rel: 'alternate', type: 'text/html', href: entry.url });
    add(item, 'published', {}, entry.published.toISOString());
    add(item, 'updated', {}, (entry.updated ?? entry.published).toISOString());
    for (const author of entry.authors) addPerson(item, 'author', author);
    for (const category of entryCategories(entry)) {
      add(item, 'category', { term: category.term, scheme: category.scheme, label: category.label });
    }
    add(item, 'summary', { type: 'text' }, entry.summary);
    add(item, 'content', { type: 'html' }, entry.contentHtml);
    if (entry.image) {
      const { url, type, length } = entry.image;
      add(item, 'link', { rel: 'enclosure', type, length: String(length), href: url });
    }
  }
  return root.end({ prettyPrint: true });
}

function addPerson(parent: XmlElement, element: string, person: FeedPerson) {
  const node = add(parent, element);
  add(node, 'name', {}, person.name);
  add(node, 'uri', {}, person.url);
}
