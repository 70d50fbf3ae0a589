import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { parseHtmlFragment } from '../html-fragment';

/** The attributes of a body's elements that hold a URL: links, images and video posters. */
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/** Rewrites the URL attributes of one element, for every step that moves a body somewhere else. */
export function rewriteUrlAttributes(element: Element, rewrite: (url: string) => string): void {
  for (const attribute of URL_ATTRIBUTES) {
    const value = element.properties[attribute];
    if (typeof value === 'string') element.properties[attribute] = rewrite(value);
  }
}

/**
 * Rewrites every URL of a prerendered body. Bodies are compiled without the base path, so that
 * compiled content stays valid whatever path the site is served from; a site under a
 * sub-path passes its prefixing function here when a page renders.
 */
export function rewriteBodyUrls(html: string, rewrite: (url: string) => string): string {
  const tree = parseHtmlFragment(html);
  visit(tree, 'element', (element: Element) => rewriteUrlAttributes(element, rewrite));
  return toHtml(tree);
}
