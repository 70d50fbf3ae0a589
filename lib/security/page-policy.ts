/*
 * Gives an exported page its own Content-Security-Policy: the hashes of the inline scripts it
 * carries, in a <meta http-equiv="Content-Security-Policy"> before its first script (why a meta
 * and not a header: lib/security/headers.ts). The build runs it on the pages Next renders
 * (scripts/build/page-policies.ts), whose shells every other page is built in, and
 * `npm run test:policies` on every page of a built site.
 *
 * The page is read with a spec-compliant HTML parser (parse5), so a script is what a browser would
 * take for one and its text is exactly what the browser hashes (the parser normalises line endings
 * the same way). Its own tree is read, not a hast tree made from it: converting took a third of
 * the time of a page, at 32,000 pages a cold build at 20,000 articles. The page is not
 * re-serialised: the meta is spliced into the original text, so every other byte, the hashed
 * scripts' above all, stays put. Source positions, which the splice needs, double the cost of
 * parsing a page (1.97 against 0.94 ms of CPU on the benchmark's pages), so the page is parsed
 * without them and only its opening again with them, for where the meta goes.
 */
import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { CONTENT_SECURITY_POLICY } from './headers';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const isTemplate = (node: Element): node is DefaultTreeAdapterMap['template'] => node.tagName === 'template' && 'content' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * A script of a JSON type (JSON-LD) is a data block: the browser never runs it, so the policy
 * does not govern it. Every other inline script is hashed (import maps and speculation rules
 * are checked like scripts), even one of a type the browser would not run: an extra hash
 * allows nothing, a missing one breaks the page.
 */
const isDataBlock = (script: Element) => /json$/i.test((attribute(script, 'type') ?? '').trim());

/** The CSP source of a script's text: its SHA-256 over UTF-8, as a browser computes it. */
export const scriptHashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const isInlineScript = (node: Element) => node.tagName === 'script' && attribute(node, 'src') === undefined && !isDataBlock(node);
const textOf = (script: Element) => script.childNodes.map((text) => (text.nodeName === '#text' && 'value' in text ? text.value : '')).join('');

/**
 * The inline scripts the build writes: the theme script, the behaviour script and, on a page
 * that hydrates, Next's payload scripts are children of <head> and <body> themselves. Rendered content (article bodies, bios) sits deeper, inside
 * <main>, so a script there is not ours, whatever put it there: it gets no hash, and the browser
 * refuses it.
 */
const ownScripts = (head: Element, body: Element | undefined) =>
  [...head.childNodes, ...(body?.childNodes ?? [])].filter((child): child is Element => isElement(child) && isInlineScript(child));

/** Every inline script (or other `wanted` element) inside an element or fragment, <template> contents included (a clone of one runs). */
function scriptsWithin(node: Element | DefaultTreeAdapterMap['documentFragment'], wanted = isInlineScript, found: Element[] = []): Element[] {
  const children = 'tagName' in node && isTemplate(node) ? [...node.childNodes, ...node.content.childNodes] : node.childNodes;
  for (const child of children) {
    if (!isElement(child)) continue;
    if (wanted(child)) found.push(child);
    scriptsWithin(child, wanted, found);
  }
  return found;
}

/** The one way the site writes a data block (components/json-ld.tsx). */
const JSON_LD_START = '<script type="application/ld+json">';

/**
 * Every script element of an HTML fragment, <template> contents included, by the start of its text
 * or its src: a compiled body may carry none, and what the direct render puts into a page's shell
 * none but JSON-LD (`exceptDataBlocks`). A parser makes a script element only from a `<script`
 * start tag, in any case, so a fragment without one, or whose every one opens the site's JSON-LD,
 * is not parsed at all: nearly every body and page.
 */
export function scriptsInFragment(html: string, { exceptDataBlocks = false } = {}): string[] {
  const starts = html.match(/<script/gi)?.length ?? 0;
  if (starts === 0 || (exceptDataBlocks && starts === html.split(JSON_LD_START).length - 1)) return [];
  const wanted = (node: Element) => node.tagName === 'script' && !(exceptDataBlocks && isDataBlock(node));
  return scriptsWithin(parseFragment(html), wanted).map((script) => attribute(script, 'src') ?? textOf(script).slice(0, 80));
}

const isPolicyMeta = (node: Element) => node.tagName === 'meta' && (attribute(node, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy';

const headOf = (tree: DefaultTreeAdapterMap['document']) => {
  const root = tree.childNodes.find(isElement);
  const head = root?.childNodes.find((child): child is Element => isElement(child) && child.tagName === 'head');
  return root?.tagName === 'html' ? head : undefined;
};

/** The children of <head> that can place the meta: comments and blank text left out. */
const placingChildren = (head: Element) =>
  head.childNodes.filter((child) => child.nodeName !== '#comment' && !(child.nodeName === '#text' && 'value' in child && !child.value.trim()));

/** How much of the page is parsed again with source positions at first: the charset and our meta come first. */
const OPENING_LENGTH = 2048;

/**
 * Where the head's child at `position` (of placingChildren) starts, and where its start tag ends:
 * the end of a <meta>, the only element the meta goes after or replaces. A parser reads left to
 * right, and a start tag cut short at the end of a page is dropped, so in a parse of the page's
 * opening every start tag it holds is the page's own, at the same place among the head's
 * children; the opening doubles until it holds the one asked for.
 */
function offsetsOf(html: string, position: number, expected: Node): { start: number; end: number } {
  for (let length = OPENING_LENGTH; ; length *= 2) {
    const opening = html.slice(0, length);
    const head = headOf(parse(opening, { sourceCodeLocationInfo: true }));
    const node = head && placingChildren(head)[position];
    const startTag = node && isElement(node) ? node.sourceCodeLocation?.startTag : undefined;
    if (node && startTag && node.nodeName === expected.nodeName && startTag.endOffset <= opening.length)
      return { start: startTag.startOffset, end: startTag.endOffset };
    if (opening.length === html.length)
      throw new Error(`cannot place the policy: <${isElement(expected) ? expected.tagName : expected.nodeName}> has no source position`);
  }
}

export interface PagePolicy {
  /** The page with its policy meta, before any script and after a leading <meta charset>. */
  html: string;
  /** The hash sources of its own inline scripts, each once, in document order. */
  scriptHashes: string[];
  /** The start of each inline script found deeper in the page, which gets no hash. */
  strayScripts: string[];
}

/**
 * Adds the page's policy to an exported HTML page. Run again on its own output, it replaces the
 * meta it wrote; a page that already carries another CSP meta is refused, since two policies
 * would both be enforced and the site's could not be reasoned about alone.
 */
export function addPagePolicy(html: string): PagePolicy {
  const tree = parse(html);
  const head = headOf(tree);
  if (!head) throw new Error('cannot place the policy: the page has no <head>');

  const body = head.parentNode?.childNodes.find((child): child is Element => isElement(child) && child.tagName === 'body');
  const scriptHashes = [...new Set(ownScripts(head, body).map((script) => scriptHashSource(textOf(script))))];
  const topLevel = [...head.childNodes, ...(body?.childNodes ?? [])].filter(isElement);
  const strayScripts = topLevel.flatMap((element) => scriptsWithin(element)).map((script) => textOf(script).slice(0, 80));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.pageMeta(scriptHashes)}"/>`;

  const children = placingChildren(head);
  // A charset declaration must lie within the first 1024 bytes, so it stays in front.
  const first = children[0];
  const charset = first && isElement(first) && first.tagName === 'meta' && attribute(first, 'charset') !== undefined ? first : undefined;
  const rest = charset ? children.slice(1) : children;
  const previous = children.filter((child): child is Element => isElement(child) && isPolicyMeta(child));
  const ours = previous.length === 1 && rest[0] === previous[0] ? previous[0] : undefined;
  if (previous.length > 0 && !ours) throw new Error('the page already has a Content-Security-Policy meta of its own');
  if (!charset && !rest[0]) throw new Error('cannot place the policy: the page has an empty <head>');

  if (ours) {
    const { start, end } = offsetsOf(html, children.indexOf(ours), ours);
    // Our meta sits first, or right after the charset; either way in the same place again.
    return { html: html.slice(0, start) + meta + html.slice(end), scriptHashes, strayScripts };
  }
  const at = charset ? offsetsOf(html, 0, charset).end : offsetsOf(html, 0, rest[0]!).start;
  return { html: html.slice(0, at) + meta + html.slice(at), scriptHashes, strayScripts };
}
