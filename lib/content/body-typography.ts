import type { Nodes, Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Plugin, Transformer } from 'unified';
import { TYPOGRAPHY_OPTIONS } from '../typography';

/*
 * Curly quotes, dashes and ellipses in bodies (lib/typography.ts says which). remark-smartypants
 * already leaves code blocks and `inline code` alone and reads quotes across emphasis and links.
 * Two kinds of text it would change must stay exactly as written, so they are hidden from it as
 * inline code for the moment it runs:
 * - text inside the code-like HTML elements an author may write (<code>, <kbd>, <samp>, <var>,
 *   <pre>): `<kbd>--force</kbd>` is a flag, not a dash;
 * - addresses shown as link text (GFM turns a bare https://… or www.… into a link whose text is
 *   the address): `https://example.com/a--b` must read as the URL it is.
 */

const LITERAL_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'pre']);

/** An address or e-mail as written: no spaces, and a scheme, www. or an @ between names. */
const ADDRESS = /^(?:[a-z][a-z\d+.-]*:\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/i;

function isLiteralElement(node: Nodes): boolean {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && LITERAL_ELEMENTS.has(node.name ?? '');
}

function isLink(node: Nodes): boolean {
  return node.type === 'link' || ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a');
}

/** The text nodes that must stay as written. */
function literalTexts(node: Nodes, inLiteral = false, inLink = false, found: Array<{ type: string }> = []) {
  if (node.type === 'text' && (inLiteral || (inLink && ADDRESS.test(node.value.trim())))) found.push(node);
  if ('children' in node) {
    for (const child of node.children) literalTexts(child, inLiteral || isLiteralElement(node), inLink || isLink(node), found);
  }
  return found;
}

/** The remark plugin: smart punctuation in prose, never in code, literal elements or addresses. */
export const remarkBodyTypography: Plugin<[], Root> = function () {
  const smarten = remarkSmartypants.call(this, TYPOGRAPHY_OPTIONS) as Transformer;
  return (tree, file) => {
    const shielded = literalTexts(tree);
    for (const node of shielded) node.type = 'inlineCode';
    // remark-smartypants works synchronously; it never calls on.
    smarten(tree, file, () => undefined);
    for (const node of shielded) node.type = 'text';
  };
};
