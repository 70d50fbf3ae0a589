import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/*
 * The raw HTML an author may write in a body or bio, in one place. The content check refuses
 * anything outside it with the file, the line and what to write instead; the body pipeline then
 * sanitises with rehype-sanitize using a schema built from the same lists, so whatever the check
 * misses is stripped and never rendered.
 *
 * The list is what news prose needs beyond Markdown: figures with captions, abbreviations,
 * subscripts, definition lists, tables with spans. Nothing that runs, loads, styles or frames.
 */

/** Attributes any allowed element may carry (HTML names). */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'id'];

/** Allowed elements and the attributes each may carry beyond the global ones (HTML names). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'align'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

/** The site's own components an article may use, with their attributes. */
export const COMPONENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  AnalystComment: ['sentiment', 'headline', 'analyst', 'date'],
  Masthead: [],
};

/** What to write instead of the elements authors most often reach for. */
const ALTERNATIVES: Readonly<Record<string, string>> = {
  script: 'scripts cannot run in articles; describe the interactive in words or link to it',
  iframe: 'embeds are not allowed; link to the page instead, for example [Watch the video](https://…)',
  object: 'embeds are not allowed; link to the file instead',
  embed: 'embeds are not allowed; link to the file instead',
  style: 'styles come from the site; use Markdown emphasis, headings and tables',
  link: 'write a Markdown link [text](https://…) instead',
  meta: 'metadata belongs in the frontmatter',
  base: 'links are resolved by the site; write full or site-relative links',
  form: 'forms are not allowed in articles; link to the form instead',
  input: 'forms are not allowed; for a checklist write "- [ ] item" or "- [x] item"',
  svg: 'put the graphic in a file under public/images/ and show it with ![description](/images/…)',
  math: 'write the formula as text or as an image',
  video: 'link to the video instead',
  audio: 'link to the recording instead',
  font: 'styles come from the site; use **bold** or *italics*',
  center: 'styles come from the site',
};

/** URL schemes a link may use; images must be files of the site itself (the CSP allows no others). */
const LINK_SCHEMES = ['http', 'https', 'mailto'];

/** Why an element is refused, with the alternative, or undefined when it is allowed. */
export function elementProblem(name: string): string | undefined {
  if (name in ALLOWED_ELEMENTS) return undefined;
  const alternative = ALTERNATIVES[name.toLowerCase()] ?? `allowed HTML elements are ${Object.keys(ALLOWED_ELEMENTS).join(', ')}`;
  return `the HTML element <${name}> is not allowed in articles or bios: ${alternative}`;
}

/** Why an attribute is refused, or undefined when the element may carry it. */
export function attributeProblem(element: string, attribute: string): string | undefined {
  const name = htmlAttributeName(attribute);
  const allowed = COMPONENT_ATTRIBUTES[element] ?? [...GLOBAL_ATTRIBUTES, ...(ALLOWED_ELEMENTS[element] ?? [])];
  if (allowed.includes(name)) return undefined;
  const reason = name.startsWith('on')
    ? 'event handlers run script and are never allowed'
    : name === 'style' || name === 'class'
      ? 'the site styles articles itself; use Markdown emphasis, headings, lists and tables'
      : `<${element}> may carry ${allowed.join(', ') || 'no attributes'}`;
  return `the attribute ${attribute}="…" is not allowed on <${element}>: ${reason}`;
}

/** The HTML spelling of an attribute written in JSX form (className → class, colSpan → colspan). */
function htmlAttributeName(attribute: string): string {
  return find(html, attribute).attribute.toLowerCase();
}

/** A URL stripped of what browsers ignore before its scheme ("java\tscript:", " javascript:"). */
const schemeOf = (url: string) => /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();

/** Why a link or image URL is refused, or undefined when it is safe to publish. */
export function urlProblem(kind: 'link' | 'image', url: string): string | undefined {
  const scheme = schemeOf(url);
  if (kind === 'image') {
    if (scheme === undefined && url.trim().startsWith('/') && !url.trim().startsWith('//')) return undefined;
    return `image ${shorten(url)} is not a file of the site: put it under public/images/ and write its path, for example /images/chart.png`;
  }
  if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return undefined;
  return `link ${shorten(url)} uses the ${scheme}: scheme; links may only be ${LINK_SCHEMES.join(', ')} or site paths such as /articles/…`;
}

const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 60)}…` : url);

const property = (attribute: string) => find(html, attribute).property;

/** What the sanitiser puts before every id and name an author writes, GitHub's convention. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * rehype-sanitize's schema: GitHub's (its default, which also knows the markup GFM produces for
 * footnotes and task lists) narrowed to our elements and attributes, plus the site's components.
 */
export function sanitizeSchema(): Schema {
  const gfmOutput = ['input', 'section'];
  const attributes: Schema['attributes'] = { '*': GLOBAL_ATTRIBUTES.map(property) };
  for (const [element, names] of Object.entries(ALLOWED_ELEMENTS)) {
    attributes[element] = [...(defaultSchema.attributes?.[element] ?? []), ...names.map(property)];
  }
  for (const element of gfmOutput) attributes[element] = [...(defaultSchema.attributes?.[element] ?? [])];
  // A ticked task-list item.
  attributes.input!.push('checked');
  for (const [component, names] of Object.entries(COMPONENT_ATTRIBUTES)) attributes[component] = [...names];
  return {
    ...defaultSchema,
    clobberPrefix: CLOBBER_PREFIX,
    tagNames: [...Object.keys(ALLOWED_ELEMENTS), ...gfmOutput, ...Object.keys(COMPONENT_ATTRIBUTES)],
    attributes,
    // Site paths pass as relative URLs; an empty list would allow every scheme.
    // Every URL attribute the schema admits is listed: one left out would accept any scheme
    // (GitHub's <img longdesc> took javascript: URLs until it was listed here).
    protocols: { href: LINK_SCHEMES, cite: ['http', 'https'], src: ['https'], longDesc: ['http', 'https'] },
  };
}
