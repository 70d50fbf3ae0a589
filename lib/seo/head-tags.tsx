import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { absoluteUrl } from '../urls';

/*
 * A page's metadata as <head> tags, for pages the build renders without Next
 * (scripts/build/direct-render/). Next writes the same tags from the same Metadata objects
 * (lib/seo/metadata.ts); this covers exactly the fields the site's pages use, in the order Next
 * writes them, and refuses any other field, so a field added to a page's metadata cannot go
 * missing from the page without the build saying so. Each build checks the result against the
 * page Next rendered as the template (scripts/build/direct-render/page-shell.ts).
 */

/** The fields of a page's and of the root layout's metadata that this module writes. */
const KNOWN = {
  page: ['title', 'description', 'alternates', 'openGraph', 'twitter', 'other', 'metadataBase', 'icons'],
  alternates: ['canonical', 'types'],
  openGraph: ['type', 'siteName', 'locale', 'url', 'title', 'description', 'images', 'publishedTime', 'modifiedTime', 'authors', 'tags'],
  twitter: ['card', 'title', 'description', 'images'],
  icons: ['icon', 'apple'],
  image: ['url', 'width', 'height', 'alt'],
} as const;

function refuseUnknown(where: keyof typeof KNOWN, value: object | null | undefined) {
  const known: readonly string[] = KNOWN[where];
  const unknown = Object.keys(value ?? {}).filter((key) => !known.includes(key));
  if (unknown.length > 0)
    throw new Error(
      `metadata field ${unknown.map((key) => `${where}.${key}`).join(', ')} is not written by lib/seo/head-tags.tsx: add it there, in Next's order`,
    );
}

type Image = { url: string | URL; width?: number | string; height?: number | string; alt?: string };
const list = <T,>(value: T | readonly T[] | null | undefined): T[] => (value == null ? [] : Array.isArray(value) ? [...value] : [value as T]);
/** A URL as Next resolves it: site paths against the site's URL (its base path included), absolute ones as given. */
const resolved = (url: string | URL) => (typeof url === 'string' && url.startsWith('/') ? absoluteUrl(url) : new URL(url).toString());
/** A page's own URL (canonical, alternates, og:url) as Next writes it: the site's root without its trailing slash. */
function pageUrl(url: string | URL) {
  const href = new URL(resolved(url));
  return href.pathname === '/' && !href.search ? href.origin : href.toString();
}
const text = (value: unknown) => (value == null || value === '' ? undefined : String(value));
const defined = (attributes: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined));

function pageTitle(page: Metadata, site: Metadata): string | undefined {
  const template = typeof site.title === 'object' && site.title && 'template' in site.title ? site.title.template : undefined;
  const title = page.title ?? site.title;
  if (typeof title === 'string') return template ? template.replace('%s', title) : title;
  if (title && 'absolute' in title) return title.absolute;
  return title && 'default' in title ? title.default : undefined;
}

/** The page's tags (title to icons), merged over the root layout's metadata the way Next merges them: a field the page sets replaces the layout's. */
export function headTags(page: Metadata, site: Metadata): ReactElement[] {
  const merged: Metadata = { ...site, ...page };
  refuseUnknown('page', merged);
  refuseUnknown('alternates', merged.alternates);
  refuseUnknown('openGraph', merged.openGraph);
  refuseUnknown('twitter', merged.twitter);
  refuseUnknown('icons', merged.icons as object);
  const tags: Array<['title', string] | ['meta' | 'link', Record<string, string>]> = [];
  const link = (attributes: Record<string, string | undefined>) => tags.push(['link', defined(attributes)]);
  /** A <meta> whose content is present: Next leaves out a tag with no value. */
  const meta = (key: 'name' | 'property', name: string, value: unknown) => {
    const content = text(value);
    if (content !== undefined) tags.push(['meta', { [key]: name, content }]);
  };

  const title = pageTitle(page, site);
  if (title) tags.push(['title', title]);
  meta('name', 'description', merged.description);
  for (const [name, values] of Object.entries(merged.other ?? {})) for (const value of list(values)) meta('name', name, value);

  const { canonical, types } = merged.alternates ?? {};
  if (canonical) link({ rel: 'canonical', href: pageUrl(typeof canonical === 'object' && 'url' in canonical ? canonical.url : canonical) });
  for (const [type, feeds] of Object.entries(types ?? {}))
    for (const feed of list<string | URL | { url: string | URL; title?: string }>(feeds))
      link({
        rel: 'alternate',
        type,
        href: resolved(typeof feed === 'object' && 'url' in feed ? feed.url : feed),
        title: typeof feed === 'object' && 'title' in feed ? feed.title : undefined,
      });

  const og = (merged.openGraph ?? {}) as Record<string, unknown>;
  const property = (name: string, value: unknown) => meta('property', name, value);
  property('og:title', og.title);
  property('og:description', og.description);
  if (og.url) property('og:url', pageUrl(og.url as string));
  property('og:site_name', og.siteName);
  property('og:locale', og.locale);
  for (const image of list(og.images as Image | Image[])) {
    refuseUnknown('image', image);
    property('og:image', resolved(image.url));
    property('og:image:width', image.width);
    property('og:image:height', image.height);
    property('og:image:alt', image.alt);
  }
  property('og:type', og.type);
  if (og.type === 'article') {
    property('article:published_time', og.publishedTime);
    property('article:modified_time', og.modifiedTime);
    for (const author of list(og.authors as string[])) property('article:author', author);
    for (const tag of list(og.tags as string[])) property('article:tag', tag);
  }

  const twitter = (merged.twitter ?? {}) as Record<string, unknown>;
  const named = (name: string, value: unknown) => meta('name', name, value);
  named('twitter:card', twitter.card);
  named('twitter:title', twitter.title);
  named('twitter:description', twitter.description);
  for (const image of list(twitter.images as string | Image | Array<string | Image>))
    named('twitter:image', resolved(typeof image === 'object' && 'url' in image ? image.url : image));

  const icons = (merged.icons ?? {}) as { icon?: unknown; apple?: unknown };
  for (const [rel, icon] of [
    ['icon', icons.icon],
    ['apple-touch-icon', icons.apple],
  ] as const)
    for (const url of list(icon as string | string[])) link({ rel, href: String(url) });

  return tags.map(([tag, content], index) =>
    tag === 'title' ? <title key={index}>{content}</title> : tag === 'meta' ? <meta key={index} {...content} /> : <link key={index} {...content} />,
  );
}
