import { create } from 'xmlbuilder2';
import { entryCategories, type FeedChannel, type FeedPerson } from './types';

/**
 * Atom 1.0 (RFC 4287). Every entry carries an author, an updated time and full content, which
 * the grammar alone does not enforce but feed readers need.
 */
export function renderAtom(channel: FeedChannel): string {
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('feed', {
    xmlns: 'http://www.w3.org/2005/Atom',
    'xml:lang': channel.language,
  });
  root.ele('id').txt(channel.siteUrl);
  root.ele('title').txt(channel.title);
  root.ele('subtitle').txt(channel.description);
  root.ele('updated').txt(channel.updated.toISOString());
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: channel.feedUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: channel.siteUrl });
  addPerson(root, 'author', channel.publisher);
  root.ele('icon').txt(channel.iconUrl);

  for (const entry of channel.entries) {
    const item = root.ele('entry');
    item.ele('id').txt(entry.url);
    item.ele('title', { type: 'text' }).txt(entry.title);
    item.ele('link', { rel: 'alternate', type: 'text/html', href: entry.url });
    item.ele('published').txt(entry.published.toISOString());
    item.ele('updated').txt((entry.updated ?? entry.published).toISOString());
    for (const author of entry.authors) addPerson(item, 'author', author);
    for (const category of entryCategories(entry)) {
      item.ele('category', { term: category.term, scheme: category.scheme, label: category.label });
    }
    item.ele('summary', { type: 'text' }).txt(entry.summary);
    item.ele('content', { type: 'html' }).txt(entry.contentHtml);
    if (entry.image) {
      const { url, type, length } = entry.image;
      item.ele('link', { rel: 'enclosure', type, length: String(length), href: url });
    }
  }
  return root.end({ prettyPrint: true });
}

function addPerson(parent: ReturnType<ReturnType<typeof create>['ele']>, element: string, person: FeedPerson) {
  const node = parent.ele(element);
  node.ele('name').txt(person.name);
  node.ele('uri').txt(person.url);
}
