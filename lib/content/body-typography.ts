import type { InlineCode, Nodes, Parents, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { typesetMarks, typesetQuotes } from '../typography';

/*
 * Curly quotes, dashes and ellipses in bodies (lib/typography.ts says which and how). Code blocks
 * and `inline code` are left alone, and quotes pair across emphasis and links. Two more kinds of
 * text must stay exactly as written, so they are hidden as inline code while the passes run:
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

/** Where text starts afresh: a quote at the start of one of these opens, whatever came before. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Elements whose text is not prose (the sanitiser removes them later): the passes do not read it. */
const NOT_PROSE = new Set(['style', 'script']);

type Piece = Text | InlineCode | { type: 'block' };

/**
 * The body's text in reading order, as the quotes pass reads it (as remark-smartypants read it,
 * which set bodies until it was replaced for speed: the same 1,020 bodies compile byte for byte):
 * each text node; inline code as a placeholder of its length (a word, so a quote beside it still
 * pairs); a space where a block starts.
 */
function readingOrder(tree: Root): Piece[] {
  const pieces: Piece[] = [];
  visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
    if (!parent) return;
    if (parent.type === 'mdxJsxTextElement' && NOT_PROSE.has(parent.name ?? '')) return;
    if (node.type === 'text' || node.type === 'inlineCode') pieces.push(node);
    else if (BLOCKS.has(node.type)) pieces.push({ type: 'block' });
  });
  return pieces;
}

/** Quotes across the whole body, then dashes and ellipses text by text. */
function typesetBody(tree: Root) {
  const pieces = readingOrder(tree);
  const asRead = pieces.map((piece) => (piece.type === 'block' ? ' ' : piece.type === 'text' ? piece.value : 'A'.repeat(piece.value.length))).join('');
  const quoted = typesetQuotes(asRead);
  let at = 0;
  for (const piece of pieces) {
    const length = piece.type === 'block' ? 1 : piece.value.length;
    if (piece.type === 'text') piece.value = typesetMarks(quoted.slice(at, at + length));
    at += length;
  }
}

/** The remark plugin: smart punctuation in prose, never in code, literal elements or addresses. */
export const remarkBodyTypography: Plugin<[], Root> = function () {
  return (tree) => {
    const shielded = literalTexts(tree);
    for (const node of shielded) node.type = 'inlineCode';
    typesetBody(tree);
    for (const node of shielded) node.type = 'text';
  };
};
