import type { Element, ElementContent, Properties, Root } from 'hast';
import { type Components, toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import type { Plugin, Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/*
 * Article and author bodies are rendered to HTML once, when the content is compiled, with the
 * same React components the pages use. The pages then insert that HTML as it is: no MDX is
 * bundled into JavaScript (a quarter of contentlayer's compile in its MDX mode), and none is
 * evaluated, rendered or hydrated again on each page.
 *
 * The content rules (lib/content/rules.ts) run before this and reject what MDX could do beyond
 * Markdown and tags: imports, exports, {expressions} and unknown components. So every tag here has
 * quoted attributes, and an expression that is left can only be a {/* comment *\/}.
 */

const toHast: RemarkRehypeOptions = {
  passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'],
};

/** `<AnalystComment sentiment="mixed">` becomes an element that the components map renders. */
function toElement(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    // A bare attribute (<input disabled>) is `true`, as in JSX.
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
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

/** The unified compiler step: renders the tree with React to static markup, escaping included. */
const rehypeStaticMarkup: Plugin<[{ components: Components }], Root, string> = function (this: Processor, { components }) {
  this.compiler = (tree) => renderToStaticMarkup(toJsxRuntime(toPlainHast(tree as Root), { Fragment, jsx, jsxs, components }));
};

/**
 * The pipeline from a content file to body HTML, for contentlayer's `markdown` option: it is given
 * the whole file, frontmatter included. GitHub-flavoured Markdown as CONTENT.md promises.
 */
export function bodyHtmlPipeline(components: Components, { inspect }: { inspect?: Plugin<[], MdastRoot> } = {}) {
  return (builder: Processor) => {
    builder.use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);
    // Lets the caller read the Markdown tree without parsing the file a second time.
    if (inspect) builder.use(inspect);
    builder
      .use(remarkRehype, toHast)
      .use(rehypeStaticMarkup, { components });
  };
}
