import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { remove } from 'unist-util-remove';
import { visit } from 'unist-util-visit';
import { parseHtmlFragment } from '../html-fragment';
import { rewriteUrlAttributes } from '../content/body-urls';

/** A compiled article body as a tree. Kept apart so a failure here is reported as the parse it is. */
export function parseBody(bodyHtml: string): Root {
  return parseHtmlFragment(bodyHtml);
}

/** Hints for the browser showing the page (React's <link rel="preload">, lazy loading) that mean nothing in a feed item. */
const PAGE_HINTS = ['loading', 'decoding', 'fetchPriority'] as const;

/**
 * An article's compiled body (the same HTML its page inserts, analyst comment included) as a
 * feed carries it: every link and image URL made absolute by `absoluteUrl`, because feed readers
 * have no page to resolve relative URLs against. Decorative icons, styling hooks and the page's
 * loading hints (preload links, lazy loading) are dropped: readers restyle and load images their
 * own way, and a <link> in an item is markup some readers show or refuse. The tree is changed in place.
 */
export function bodyHtmlForFeed(body: Root, absoluteUrl: (url: string) => string): string {
  const isDecorativeIcon = (node: Element) => node.tagName === 'svg' && node.properties.ariaHidden === 'true';
  remove(body, (node) => node.type === 'element' && (isDecorativeIcon(node as Element) || (node as Element).tagName === 'link'));
  visit(body, 'element', (node: Element) => {
    rewriteUrlAttributes(node, absoluteUrl);
    delete node.properties.className;
    delete node.properties.style;
    if (node.tagName === 'img') for (const hint of PAGE_HINTS) delete node.properties[hint];
  });
  return toHtml(body);
}
