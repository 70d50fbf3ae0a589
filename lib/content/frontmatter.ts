import { CST, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, visit } from 'yaml';
import { MAX_FRONTMATTER_NESTING } from './limits';

/*
 * Frontmatter is YAML and only YAML. A reader that picks an engine from the text after the
 * opening dashes, as gray-matter does, evaluates `---js` as JavaScript while the file is being
 * read. So a content file must open with a line of exactly `---`, and this parser is the only
 * one: the content check and the content compile both read frontmatter here, as YAML 1.2 (core
 * schema) without anchors, aliases or explicit tags, which no article needs and which are how
 * YAML bombs and type tricks get in. Dates stay the text the author wrote, so the date rule
 * judges exactly that.
 */

export const FRONTMATTER_FENCE = '---';

export interface FrontmatterText {
  /** Top-level field the text belongs to. */
  field: string;
  value: string;
  line: number;
}

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
  /** File line where the body starts, so body positions can be reported as file lines. */
  bodyStartLine: number;
  /** File line of each top-level field. */
  fieldLines: ReadonlyMap<string, number>;
  /** Every text value and key in the block with its line, for the character rules. */
  texts: FrontmatterText[];
  /**
   * File line of each entry of a top-level list and of each key inside one, as `corrections[0]` and
   * `corrections[0].text`, so a problem in the third correction names its own line.
   */
  entryLines: ReadonlyMap<string, number>;
}

/** A line of the body (1 is its first) as a line of the file, where authors look for it. */
export const fileLineOf = ({ bodyStartLine }: { bodyStartLine: number }, bodyLine: number | undefined) =>
  bodyLine === undefined ? undefined : bodyLine + bodyStartLine - 1;

export interface FrontmatterProblem {
  line: number | undefined;
  message: string;
}

/** Splits a normalised content file (see source-text.ts) into YAML data and body. */
export function parseFrontmatter(source: string): Frontmatter | { problem: FrontmatterProblem } {
  const lines = source.split('\n');
  if (lines[0] !== FRONTMATTER_FENCE) {
    const found = lines[0]!.length > 40 ? `${lines[0]!.slice(0, 40)}…` : lines[0];
    return problem(
      1,
      `a content file must start with a line of exactly --- that opens its YAML frontmatter (found "${found}"); only YAML frontmatter is accepted`,
    );
  }
  const closing = lines.indexOf(FRONTMATTER_FENCE, 1);
  if (closing === -1) return problem(1, 'the frontmatter opened on line 1 is never closed; end it with a line of exactly ---');

  const yamlText = lines.slice(1, closing).join('\n');
  // File lines of the YAML block start at 2, after the opening fence.
  const lineCounter = new LineCounter();
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const tooDeep = deepestNesting(yamlText);
  if (tooDeep) {
    return problem(
      yamlText.slice(0, tooDeep.offset).split('\n').length + 1,
      `the frontmatter nests lists and fields more than ${MAX_FRONTMATTER_NESTING} levels deep here; write "field: value" lines, with lists of at most one level`,
    );
  }
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const [error] = document.errors;
  if (error)
    return problem(
      fileLine(error.pos[0]),
      `the frontmatter is not valid YAML (${error.message.split('\n')[0]}); expected "field: value" lines between two --- lines`,
    );

  const refused: FrontmatterProblem[] = [];
  const texts: FrontmatterText[] = [];
  const fieldLines = new Map<string, number>();
  const entryLines = new Map<string, number>();
  /** `field[index]` of an entry of a top-level list, from its ancestors. */
  const entryName = (path: readonly unknown[], entry: unknown) => {
    const [, , topPair, list] = path;
    if (!isSeq(list) || !topPair || typeof topPair !== 'object' || !('key' in topPair) || !isScalar(topPair.key)) return undefined;
    return `${String(topPair.key.value)}[${list.items.indexOf(entry as never)}]`;
  };
  visit(document, {
    Pair(_, pair, path) {
      if (path.length === 2 && isScalar(pair.key) && pair.key.range) fieldLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
      const entry = path.length === 5 ? entryName(path, path[4]) : undefined;
      if (entry && isScalar(pair.key) && pair.key.range) entryLines.set(`${entry}.${String(pair.key.value)}`, fileLine(pair.key.range[0]));
    },
    Node(_, node, path) {
      const line = node.range ? fileLine(node.range[0]) : undefined;
      const entry = path.length === 4 ? entryName(path, node) : undefined;
      if (entry && line !== undefined) entryLines.set(entry, line);
      if (isAlias(node)) refused.push({ line, message: `YAML aliases (*${node.source}) are not allowed in frontmatter; write the value out` });
      else if (node.anchor) refused.push({ line, message: `YAML anchors (&${node.anchor}) are not allowed in frontmatter; write each value out` });
      else if (node.tag) refused.push({ line, message: `YAML tags (${node.tag}) are not allowed in frontmatter; write plain values` });
      else if (isScalar(node) && typeof node.value === 'string' && line !== undefined) {
        const topPair = path[2];
        const field = topPair && 'key' in topPair && isScalar(topPair.key) ? String(topPair.key.value) : String(node.value);
        texts.push({ field, value: node.value, line });
      }
    },
  });
  if (refused.length > 0) return { problem: refused[0]! };
  if (document.contents !== null && !isMap(document.contents)) {
    return problem(2, 'the frontmatter must be "field: value" lines, not a single value or a list');
  }

  return {
    data: (document.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>,
    body: lines.slice(closing + 1).join('\n'),
    bodyStartLine: closing + 2,
    fieldLines,
    texts,
    entryLines,
  };
}

/**
 * Where the YAML first nests deeper than MAX_FRONTMATTER_NESTING, read from its tokens before it is
 * parsed: the parser recurses once per level, and thousands of `[` would end in whatever stack
 * overflow or memory error the machine runs into, not in a message an author can act on. A level is
 * a flow `[` or `{`, or a block one: a deeper indentation, or a `-` or `?` entry, whose content is
 * indented from where the mark stands.
 */
function deepestNesting(yamlText: string): { offset: number } | undefined {
  let offset = 0;
  let lineOffset = 0;
  let flow = 0;
  let lineStart = true;
  let readingScalar = false;
  /** Columns of the block levels open at this point, outermost first. */
  const blocks: number[] = [];
  const openBlock = (column: number) => {
    while (blocks.length > 0 && blocks.at(-1)! >= column) blocks.pop();
    blocks.push(column);
  };
  for (const token of new Lexer().lex(yamlText)) {
    const type = CST.tokenType(token);
    // Control tokens are the lexer's own marks, not text of the source.
    const start = offset;
    if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar') offset += token.length;
    if (readingScalar || type === 'newline') {
      // A scalar's text is never read for structure; a block scalar's runs to the start of a line.
      readingScalar = false;
      lineStart = token.endsWith('\n');
      if (lineStart) lineOffset = offset;
      continue;
    }
    if (type === 'space' || type === 'comment' || type === 'doc-mode' || type === 'flow-error-end') continue;
    readingScalar = type === 'scalar';
    if (lineStart && flow === 0) openBlock(start - lineOffset);
    lineStart = false;
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow += 1;
    if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow -= 1;
    if ((type === 'seq-item-ind' || type === 'explicit-key-ind') && flow === 0) openBlock(start - lineOffset + 1);
    // The top-level fields are the first block, at level 0.
    if (blocks.length - 1 + flow > MAX_FRONTMATTER_NESTING) return { offset: start };
  }
  return undefined;
}

function problem(line: number | undefined, message: string) {
  return { problem: { line, message } };
}
