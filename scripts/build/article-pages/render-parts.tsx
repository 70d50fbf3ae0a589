/**
 * One article's own parts of its page (./page-shell.ts), rendered from the same route module Next
 * renders, outside Next: its metadata as head tags (lib/seo/head-tags.tsx) and the story through
 * React's server renderer. Next renders each page twice (its server component payload, then HTML
 * from that payload) and streams both through its export: about 27 ms of CPU a page at 1,000
 * articles, where this takes about 2.5 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderToString } from 'react-dom/server';
import ArticlePage, { generateMetadata } from '../../../app/articles/[slug]/page';
import { headTags } from '../../../lib/seo/head-tags';
import { siteMetadata } from '../../../lib/seo/site-metadata';
import { fillShell, type PageParts, type PageShell } from './page-shell';

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

export async function articlePageParts(slug: string): Promise<PageParts> {
  const props = { params: Promise.resolve({ slug }) };
  const [metadata, story] = await Promise.all([generateMetadata(props), ArticlePage(props)]);
  const main = renderToString(story);
  const preloads = LEADING_PRELOADS.exec(main)?.[0] ?? '';
  return {
    preloads: (preloads.match(/<link [^>]*\/>/g) ?? []).map(asNextWritesIt).join(''),
    head: renderToString(<>{headTags(metadata, siteMetadata)}</>),
    main: main.slice(preloads.length),
  };
}

/** One page to write: the article, its content file (for messages) and where its page goes. */
export interface ArticleJob {
  slug: string;
  contentFile: string;
  file: string;
}

/** Writes one article's page into the shell; answers the failure, naming the article's file, instead of throwing. */
export async function writeArticlePage(shell: PageShell, job: ArticleJob): Promise<{ error?: string }> {
  try {
    const html = fillShell(shell, await articlePageParts(job.slug));
    mkdirSync(dirname(job.file), { recursive: true });
    // The render folder holds this build's fresh export: no file here is a link into out/.
    writeFileSync(job.file, html);
    return {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The route's own errors already name the content file (lib/content/content-file-error.ts).
    return { error: message.startsWith(`${job.contentFile}:`) ? message : `${job.contentFile}: its page could not be written: ${message}` };
  }
}
