import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { remove } from 'unist-util-remove';
import { visit } from 'unist-util-visit';
import { rewriteUrlAttributes } from '../content/body-urls';

/** The element of an article page that holds the body, analyst comment included. */
export const ARTICLE_BODY_SELECTOR = '[data-article-body]';

const parser = unified().use(rehypeParse);

/** An exported page as a tree. Kept apart so a failure here is reported as the parse it is. */
export function parsePage(pageHtml: string): Root {
  return parser.parse(pageHtml) as Root;
}

/**
 * Takes an article's body out of its exported page, so a feed carries exactly what the page
 * shows, and makes every link and image URL absolute: feed readers have no page to resolve
 * relative URLs against. Decorative icons and styling hooks are dropped; readers restyle anyway.
 * The page tree is changed in place.
 */
export function articleHtmlForFeed(page: Root, pageUrl: string): string {
  const body = select(ARTICLE_BODY_SELECTOR, page);
  if (!body) throw new Error(`No ${ARTICLE_BODY_SELECTOR} element in the page for ${pageUrl}`);

  const isDecorativeIcon = (node: Element) => node.tagName === 'svg' && node.properties.ariaHidden === 'true';
  remove(body, (node) => node.type === 'element' && isDecorativeIcon(node as Element));
  visit(body, 'element', (node: Element) => {
    rewriteUrlAttributes(node, (url) => new URL(url, pageUrl).toString());
    delete node.properties.className;
    delete node.properties.style;
  });
  return toHtml(body.children);
}
