import type { Element, ElementContent, Properties, Root } from 'hast';
import { type Components, toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { find, html as htmlSchema } from 'property-information';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import type { Plugin, Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { rehypeLazyImages } from './body-images';
import { remarkBodyTypography } from './body-typography';
import { CLOBBER_PREFIX, sanitizeSchema } from './html-allowlist';

/*
 * Article and author bodies are rendered to HTML once, when the content is compiled, with the
 * same React components the pages use. The pages then insert that HTML as it is: no MDX is
 * bundled into JavaScript (which took a quarter of the compile in contentlayer2's MDX mode), and
 * none is evaluated, rendered or hydrated again on each page.
 *
 * The content rules (lib/content/rules.ts) run before this and reject what MDX could do beyond
 * Markdown and tags: imports, exports, {expressions}, unknown components and any HTML outside the
 * allowlist (lib/content/html-allowlist.ts). This pipeline does not rely on that: it sanitises
 * every body with rehype-sanitize against the same allowlist, so anything the check missed is
 * stripped here and never rendered.
 */

const toHast: RemarkRehypeOptions = {
  passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'],
  // The sanitiser prefixes every id (footnotes' too) once; see rehypeFragmentLinks.
  clobberPrefix: '',
};

/** `<AnalystComment sentiment="mixed">` becomes an element that the components map renders. */
function toElement(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    // A bare attribute (<input disabled>) is `true`, as in JSX.
    // hast names properties as the DOM does (colspan → colSpan), which is what the sanitiser checks.
    const name = find(htmlSchema, attribute.name).property;
    if (attribute.value === null || attribute.value === undefined) properties[name] = true;
    else if (typeof attribute.value === 'string') properties[name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'div', properties, children: node.children, position: node.position };
}

function toPlainHast(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      parent.children[index] = toElement(node) as ElementContent;
      return undefined;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return tree;
}

/** MDX's JSX nodes become plain elements, so the sanitiser judges them like any other HTML. */
const rehypeMdxToElements: Plugin<[], Root> = () => (tree) => toPlainHast(tree);

/**
 * GFM writes a column's alignment as `align`, which React would turn into a style attribute that
 * the site's CSP (style-src-attr 'none') blocks. A class keeps numbers right-aligned.
 */
const rehypeAlignmentClasses: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    const { align } = node.properties;
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof align === 'string' && ['left', 'center', 'right'].includes(align)) {
      node.properties.className = [`align-${align}`];
    }
    delete node.properties.align;
  });
};

/**
 * The sanitiser prefixes every id with "user-content-", so an author's id can never shadow a
 * global the page's scripts use (DOM clobbering). Links to a fragment of the same body, the
 * footnotes' among them, are pointed at the prefixed id.
 */
const rehypeFragmentLinks: Plugin<[], Root> = () => (tree) => {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  visit(tree, 'element', (node) => {
    const { href } = node.properties;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(`${CLOBBER_PREFIX}${href.slice(1)}`)) {
      node.properties.href = `#${CLOBBER_PREFIX}${href.slice(1)}`;
    }
  });
};

/** The unified compiler step: renders the tree with React to static markup, escaping included. */
const rehypeStaticMarkup: Plugin<[{ components: Components }], Root, string> = function (this: Processor, { components }) {
  this.compiler = (tree) => renderToStaticMarkup(toJsxRuntime(tree as Root, { Fragment, jsx, jsxs, components, tableCellAlignToStyle: false }));
};

/**
 * The pipeline from a body to its HTML, run once per file by the content compile
 * (lib/content/compile/compile-document.ts). It is given the body that lib/content/frontmatter.ts
 * found, the one the content check reads, never the whole file: a second parser deciding where
 * frontmatter ends could disagree with the first (remark-frontmatter closes it at "--- " too),
 * and then render and check different texts. Positions are the body's lines. GitHub-flavoured
 * Markdown as CONTENT.md promises.
 */
export function bodyHtmlPipeline(components: Components, { inspect }: { inspect?: Plugin<[], MdastRoot> } = {}) {
  return (builder: Processor) => {
    builder.use(remarkParse).use(remarkMdx).use(remarkGfm);
    // Lets the caller read the Markdown tree without parsing the file a second time.
    if (inspect) builder.use(inspect);
    builder
      // After the inspection: the content rules read what the author wrote.
      .use(remarkBodyTypography)
      .use(remarkRehype, toHast)
      .use(rehypeMdxToElements)
      .use(rehypeSanitize, sanitizeSchema())
      .use(rehypeFragmentLinks)
      .use(rehypeAlignmentClasses)
      // After the sanitiser, whose allowlist is for what authors write.
      .use(rehypeLazyImages)
      .use(rehypeStaticMarkup, { components });
  };
}
