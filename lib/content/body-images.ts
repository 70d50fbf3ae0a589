import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/*
 * Images in a body load when the reader scrolls near them, and decode off the main thread. React
 * 19 writes a <link rel="preload"> for every eager <img> it renders (the body is rendered with
 * React when the content is compiled: lib/content/body-html.ts), which would fetch every chart of
 * a long story before the first paragraph is read and would land in feed items too; a lazy image
 * gets none.
 *
 * The one exception is the first image of the page: when an article has no lead image, its first
 * body image may be what the reader sees first, so it loads at once (React's preload for it sits
 * just before the body; feeds drop it with the rest of the page's hints: lib/feeds/article-html.ts).
 */

const LEAD_IMAGE = 'newsdeskHasLeadImage' as const;

/**
 * A body as the pipeline reads it (lib/content/body-html.ts), noting whether its frontmatter names
 * a lead image, which then comes first on the page: the compile has read the frontmatter already.
 */
export const bodyFile = (body: string, { hasLeadImage }: { hasLeadImage: boolean }) => new VFile({ value: body, data: { [LEAD_IMAGE]: hasLeadImage } });

/** Sets loading and decoding on every body image: lazy but for the page's first. */
export const rehypeLazyImages: Plugin<[], Root> = () => (tree, file) => {
  let eagerLeft = file.data[LEAD_IMAGE] === true ? 0 : 1;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'img') return;
    node.properties.decoding = 'async';
    if (eagerLeft > 0) eagerLeft -= 1;
    else node.properties.loading = 'lazy';
  });
};

declare module 'vfile' {
  interface DataMap {
    /** Set by bodyFile: the article's frontmatter names a lead image. */
    newsdeskHasLeadImage: boolean;
  }
}
