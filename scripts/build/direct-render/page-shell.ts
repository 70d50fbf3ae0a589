/**
 * An article page is its site-wide shell (what Next writes around every page: stylesheet, theme
 * script, header, footer, behaviour script) around two parts of its own: its head tags and its
 * story. The shell is taken from the one article Next rendered, by finding in it the two parts
 * this build renders for that same article: so every build checks, on a real page, that its own
 * rendering of both parts is byte for byte what Next wrote.
 */

/**
 * What one article's page adds to the shell: the preloads React hoists into <head> from its story
 * (its lead image's), its head tags (title to icons) and its story (<article>).
 */
export interface PageParts {
  preloads: string;
  head: string;
  main: string;
}

/** The template's markup around its parts. */
export interface PageShell {
  beforePreloads: string;
  beforeHead: string;
  beforeMain: string;
  afterMain: string;
}

/** Where React puts the preloads it hoists: right before the stylesheet Next links first in <head>. */
const STYLESHEET = '<link rel="stylesheet"';

/** Where `part` appears in `html`, which must be exactly once after `from`, or an error saying what was expected. */
function onlyPlaceOf(html: string, part: string, from: number, name: string): number {
  const at = html.indexOf(part, from);
  if (at === -1 || html.indexOf(part, at + 1) !== -1) {
    const found = at === -1 ? 'not found' : 'found more than once';
    throw new Error(
      `the ${name} this build renders for the template page was ${found} in the page Next rendered for it, so the two renderers disagree. This build's rendering starts ${JSON.stringify(part.slice(0, 200))}`,
    );
  }
  return at;
}

/** The shell of `template`, Next's page for the article whose parts are `parts`; throws when they are not in it as rendered. */
export function shellOf(template: string, parts: PageParts): PageShell {
  const stylesheet = template.indexOf(STYLESHEET);
  const preloads = stylesheet - parts.preloads.length;
  if (stylesheet === -1 || template.slice(preloads, stylesheet) !== parts.preloads)
    throw new Error(
      `the preloads this build renders for the template page (${JSON.stringify(parts.preloads)}) are not right before the first ${STYLESHEET} of the page Next rendered for it`,
    );
  const head = onlyPlaceOf(template, parts.head, stylesheet, 'head tags');
  const main = onlyPlaceOf(template, parts.main, head + parts.head.length, 'story markup');
  return {
    beforePreloads: template.slice(0, preloads),
    beforeHead: template.slice(stylesheet, head),
    beforeMain: template.slice(head + parts.head.length, main),
    afterMain: template.slice(main + parts.main.length),
  };
}

/** An article's page: the shell around its parts. */
export const fillShell = (shell: PageShell, parts: PageParts) =>
  shell.beforePreloads + parts.preloads + shell.beforeHead + parts.head + shell.beforeMain + parts.main + shell.afterMain;
