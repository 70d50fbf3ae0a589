/**
 * A page's own parts (./page-shell.ts), rendered from the same route module Next renders, outside
 * Next: its metadata as head tags (lib/seo/head-tags.tsx) and its <main> content through React's
 * server renderer. Next renders each page twice (its server component payload, then HTML from
 * that payload) and streams both through its export: about 27 ms of CPU an article page at 1,000
 * articles, where this takes about 2.5 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderToString } from 'react-dom/server';
import { headTags } from '../../../lib/seo/head-tags';
import { scriptsInFragment } from '../../../lib/security/page-policy';
import { siteMetadata } from '../../../lib/seo/site-metadata';
import { fillShell, type PageParts, type PageShell } from './page-shell';
import type { DirectPage, RouteModule } from './routes';

/**
 * Rendered without a document, React writes the preloads it would hoist into <head> (a lead image
 * with fetchPriority="high") ahead of the story.
 */
const LEADING_PRELOADS = /^(?:<link rel="preload"[^>]*\/>)+/;
/** The attributes of an image preload, in the order Next's React writes them. */
const PRELOAD_ATTRIBUTES = ['rel', 'href', 'as', 'fetchPriority'];

/** A hoisted preload as Next's page has it; throws on an attribute whose place is not known, so the page cannot differ unnoticed. */
function asNextWritesIt(link: string): string {
  const attributes = new Map([...link.matchAll(/ ([A-Za-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
  const unknown = [...attributes.keys()].filter((name) => !PRELOAD_ATTRIBUTES.includes(name));
  if (unknown.length > 0) throw new Error(`a preload React hoists has attributes this renderer does not place (${unknown.join(', ')}): ${link}`);
  return `<link${PRELOAD_ATTRIBUTES.filter((name) => attributes.has(name))
    .map((name) => ` ${name}="${attributes.get(name)}"`)
    .join('')}/>`;
}

export async function pageParts(route: RouteModule, params: object): Promise<PageParts> {
  const props = { params: Promise.resolve(params) };
  const [metadata, content] = await Promise.all([route.generateMetadata(props), route.default(props)]);
  const main = renderToString(content);
  const preloads = LEADING_PRELOADS.exec(main)?.[0] ?? '';
  return {
    preloads: (preloads.match(/<link [^>]*\/>/g) ?? []).map(asNextWritesIt).join(''),
    head: renderToString(<>{headTags(metadata, siteMetadata)}</>),
    main: main.slice(preloads.length),
  };
}

/** One page to write: its route (by its folder under app/), the page, and the file it goes to. */
export interface PageJob {
  route: string;
  page: DirectPage;
  file: string;
}

/** Writes one page into its route's shell; answers the failure, naming the page's source, instead of throwing. */
export async function writePage(route: RouteModule, shell: PageShell, { page, file }: PageJob): Promise<{ error?: string }> {
  try {
    const parts = await pageParts(route, page.params);
    // The shell's policy hashes the template's scripts, the layout's; a script in this page's own
    // parts (a component that starts writing one) would be blocked by it, so the build stops here.
    const [script] = scriptsInFragment(parts.preloads + parts.head + parts.main, { exceptDataBlocks: true });
    if (script !== undefined) throw new Error(`a script its template's policy does not allow: ${JSON.stringify(script)}`);
    const html = fillShell(shell, parts);
    mkdirSync(dirname(file), { recursive: true });
    // The render folder holds this build's fresh export: no file here is a link into out/.
    writeFileSync(file, html);
    return {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // An article route's own errors already name the content file (lib/content/content-file-error.ts).
    return { error: message.startsWith(`${page.source}:`) ? message : `${page.source}: its page could not be written: ${message}` };
  }
}
