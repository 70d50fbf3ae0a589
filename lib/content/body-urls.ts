import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src'] as const;

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/**
 * Rewrites every link and image URL of a prerendered body. Bodies are compiled without the base
 * path, so that contentlayer's cache stays valid whatever path the site is served from; a site
 * under a sub-path passes its prefixing function here when a page renders.
 */
export function rewriteBodyUrls(html: string, rewrite: (url: string) => string): string {
  const tree = fragmentParser.parse(html) as Root;
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = rewrite(value);
    }
  });
  return toHtml(tree);
}
