import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { prescanBody } from './body-prescan';
import { attributeProblem, COMPONENT_ATTRIBUTES, elementProblem, urlProblem } from './html-allowlist';
import { MAX_BODY_NESTING } from './limits';

/** The only component an article body may use; everything else is Markdown or plain HTML. */
export const ANALYST_COMMENT = 'AnalystComment';
/** The only component a trust page may use: the staff list, built from the author files when the page renders. */
export const MASTHEAD = 'Masthead';

export interface AnalystCommentTag {
  /** The raw attribute value: validated by the content rules, not here. */
  sentiment: string | undefined;
  headline: string | undefined;
  /** Author slug of whoever signs the verdict, when it is not the first author. */
  analyst: string | undefined;
  /** The verdict's own date, when it is not the article's. */
  date: string | undefined;
  /** Attributes given as `{expressions}` rather than quoted strings, which we cannot read statically. */
  expressionAttributes: string[];
  line: number | undefined;
}

/** Where a body writes <Masthead />: the page fills it in at the top level, so it must stand there, empty. */
export interface MastheadTag {
  line: number | undefined;
  /** A direct child of the body, not inside a list, quote or element. */
  topLevel: boolean;
  hasChildren: boolean;
}

export interface MdxIssue {
  message: string;
  line: number | undefined;
}

/** A URL the body points to: a Markdown link or image, or an href/src of an HTML element. */
export interface BodyReference {
  kind: 'link' | 'image';
  url: string;
  line: number | undefined;
}

export interface MdxAnalysis {
  analystComments: AnalystCommentTag[];
  mastheads: MastheadTag[];
  references: BodyReference[];
  /** Text of the first paragraph outside any component, used as the fallback summary. */
  leadParagraph: string;
  /** Syntax errors, unknown components, imports and expressions: anything that would break or escape the page. */
  issues: MdxIssue[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Reads an article body as MDX (never with regular expressions) and reports what the site needs
 * from it: the content check, once per file. The content compile analyses the tree its body
 * pipeline has already parsed from the same body instead (analyzeMdxTree,
 * lib/content/compile/compile-document.ts), and the build's check reads that analysis.
 */
export function analyzeMdx(source: string): MdxAnalysis {
  const tooComplex = prescanBody(source);
  if (tooComplex) return refusedBody(tooComplex);
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(source)) as Root;
  } catch (error) {
    return refusedBody(syntaxIssue(error));
  }
  return analyzeMdxTree(tree);
}

/** The analysis of a body refused before it could be read: the one issue says why. */
export const refusedBody = (issue: MdxIssue): MdxAnalysis => ({ analystComments: [], mastheads: [], references: [], leadParagraph: '', issues: [issue] });

/** Node types that nest a body's structure: what MAX_BODY_NESTING counts. */
const NESTING_TYPES = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Any deeper tree is refused before a recursive step (ours or a library's) can overflow the stack. */
const MAX_TREE_DEPTH = 8 * MAX_BODY_NESTING;

/** The first place a body nests deeper than the limits, measured without recursion. */
function nestingIssue(tree: Root): MdxIssue | undefined {
  const stack: Array<[node: Node, nesting: number, depth: number]> = [[tree, 0, 0]];
  while (stack.length > 0) {
    const [node, nesting, depth] = stack.pop()!;
    const line = node.position?.start.line;
    if (nesting > MAX_BODY_NESTING) {
      return {
        line,
        message: `lists, quotes and HTML elements are nested ${MAX_BODY_NESTING + 1} or more deep here; at most ${MAX_BODY_NESTING} levels are allowed`,
      };
    }
    if (depth > MAX_TREE_DEPTH) return { line, message: `the body nests formatting more than ${MAX_TREE_DEPTH} levels deep here; simplify it` };
    for (const child of (node as Parent).children ?? []) stack.push([child, nesting + (NESTING_TYPES.has(child.type) ? 1 : 0), depth + 1]);
  }
  return undefined;
}

/** The same analysis of a body another pipeline has already parsed (with remark-mdx and remark-gfm). */
export function analyzeMdxTree(tree: Root): MdxAnalysis {
  const analystComments: AnalystCommentTag[] = [];
  const mastheads: MastheadTag[] = [];
  const references: BodyReference[] = [];
  const definitions: Definition[] = [];
  const labelsUsedAs = { link: new Set<string>(), image: new Set<string>() };
  const issues: MdxIssue[] = [];
  const tooDeep = nestingIssue(tree);
  if (tooDeep) return { analystComments, mastheads, references, leadParagraph: '', issues: [tooDeep] };
  // The lead is the first paragraph of the body itself, never one inside a component.
  const lead = tree.children.find((node) => node.type === 'paragraph');
  const leadParagraph = lead ? toString(lead).replace(/\s+/g, ' ').trim() : '';

  visit(tree, (node, _index, parent) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({
          line,
          message: 'import and export statements are not allowed in articles; remove the line',
        });
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name === ANALYST_COMMENT) analystComments.push(readAnalystComment(node.attributes, line));
        if (node.name === MASTHEAD) {
          mastheads.push({
            line,
            topLevel: parent === tree && node.type === 'mdxJsxFlowElement',
            hasChildren: node.children.length > 0,
          });
        }
        if (!node.name) {
          issues.push({ line, message: 'fragments (<>…</>) are not allowed; write the text without them' });
          return undefined;
        }
        if (/^[A-Z]/.test(node.name) && !(node.name in COMPONENT_ATTRIBUTES)) {
          issues.push({
            line,
            message: `unknown component <${node.name}>; the only component articles may use is <${ANALYST_COMMENT}>, and pages <${MASTHEAD} />`,
          });
          return undefined;
        }
        const refusedElement = elementProblem(node.name);
        if (refusedElement && !(node.name in COMPONENT_ATTRIBUTES)) {
          issues.push({ line, message: refusedElement });
          return undefined;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            issues.push({ line, message: `JavaScript {…spread} attributes are not allowed on <${node.name}>; write name="value" attributes` });
            continue;
          }
          const refusedAttribute = attributeProblem(node.name, attribute.name);
          if (refusedAttribute) issues.push({ line, message: refusedAttribute });
          else if (typeof attribute.value === 'string') {
            const name = attribute.name.toLowerCase();
            if (name === 'href' || name === 'cite') references.push({ kind: 'link', url: attribute.value, line });
            if (name === 'src') references.push({ kind: 'image', url: attribute.value, line });
          } else if (attribute.value !== null && attribute.value !== undefined && node.name !== ANALYST_COMMENT) {
            issues.push({ line, message: `${attribute.name} on <${node.name}> must be a quoted text such as ${attribute.name}="…", not an {expression}` });
          }
        }
        return undefined;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A {/* comment */} is a program with no statements; anything else would be code.
        if (node.data?.estree?.body.length !== 0) {
          issues.push({
            line,
            message: 'JavaScript {expressions} are not allowed in articles; write the text itself, or escape a literal brace as \\{',
          });
        }
        return SKIP;
      case 'link':
        references.push({ kind: 'link', url: node.url, line });
        return undefined;
      case 'definition':
        definitions.push({ label: node.identifier, url: node.url, line });
        return undefined;
      case 'linkReference':
        labelsUsedAs.link.add(node.identifier);
        return undefined;
      case 'image':
        references.push({ kind: 'image', url: node.url, line });
        return undefined;
      case 'imageReference':
        labelsUsedAs.image.add(node.identifier);
        return undefined;
      default:
        return undefined;
    }
  });
  references.push(...definitionReferences(definitions, labelsUsedAs));

  for (const reference of references) {
    const message = urlProblem(reference.kind, reference.url);
    if (message) issues.push({ line: reference.line, message });
  }
  return { analystComments, mastheads, references, leadParagraph, issues };
}

interface Definition {
  /** The normalised label that references match. */
  label: string;
  url: string;
  line: number | undefined;
}

/**
 * What each `[label]: url` definition is, for the URL rules: `![alt][label]` renders an <img> of
 * the first definition of its label (CommonMark), so that URL is held to the image rules, on the
 * definition's line where the author wrote it. Every other definition is held to the link rules,
 * including ones nothing uses.
 */
function definitionReferences(definitions: Definition[], labelsUsedAs: { link: Set<string>; image: Set<string> }): BodyReference[] {
  const seen = new Set<string>();
  const references: BodyReference[] = [];
  for (const { label, url, line } of definitions) {
    const first = !seen.has(label);
    seen.add(label);
    const image = first && labelsUsedAs.image.has(label);
    if (image) references.push({ kind: 'image', url, line });
    if (!image || labelsUsedAs.link.has(label)) references.push({ kind: 'link', url, line });
  }
  return references;
}

function readAnalystComment(attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>, line: number | undefined): AnalystCommentTag {
  const tag: AnalystCommentTag = {
    sentiment: undefined,
    headline: undefined,
    analyst: undefined,
    date: undefined,
    expressionAttributes: [],
    line,
  };
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value !== null && typeof attribute.value === 'object') {
      tag.expressionAttributes.push(attribute.name);
      continue;
    }
    if (attribute.name === 'sentiment') tag.sentiment = attribute.value ?? '';
    if (attribute.name === 'headline') tag.headline = attribute.value ?? '';
    if (attribute.name === 'analyst') tag.analyst = attribute.value ?? '';
    if (attribute.name === 'date') tag.date = attribute.value ?? '';
  }
  return tag;
}

/** A parser's error as an issue on the body's line. */
export function syntaxIssue(error: unknown): MdxIssue {
  const { reason, line, message } = error as { reason?: string; line?: number; message?: string };
  const text = reason ?? message ?? String(error);
  // An unclosed tag is only noticed at the end of the file; the message then names the
  // opening tag's position as "(line:column-line:column)", which is the line an author needs.
  const openedAt = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text);
  return {
    line: line ?? (openedAt ? Number(openedAt[1]) : undefined),
    message: `the MDX body cannot be parsed: ${text}`,
  };
}
