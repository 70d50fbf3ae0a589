/**
 * A build step on the exported folder, right after `next build`: drops what Next writes for React
 * in the browser, which the site's pages do not use.
 *
 * - The React Server Component payloads beside every page (`<page>.txt`, plus `__next.*.txt`
 *   segment files in a folder named after the page; five files an article). The browser's router
 *   fetches them only for client-side navigation, and the site has none: every internal link is a
 *   plain <a> (components/link.tsx) and no code calls the router. Next 16 has no setting to leave
 *   them out. At 1,000 articles they were 8,336 of 12,226 files in out/.
 * - On every page that renders no client component (lib/client-runtime.ts), the framework's
 *   runtime scripts and the hydration payload inlined at the end of <body> (`self.__next_f`, the
 *   page's tree a second time: 43 of an article's 76 kB). The site's controls are worked by one
 *   small script of its own (components/site-behaviours.tsx), so such a page runs nothing else.
 *
 * Usage: tsx scripts/build/drop-client-runtime.ts <folder>
 */
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEHAVIOUR_SCRIPT_ID, HYDRATED_MARKUP } from '../../lib/client-runtime';
import { withBasePath } from '../../lib/urls';

/** Next's file name for one segment's prefetch payload (`__next._tree.txt`, `__next.articles.$d$slug.__PAGE__.txt`). */
const SEGMENT_PAYLOAD = /^__next\..*\.txt$/;

/**
 * Which of the exported files (paths relative to the folder) are navigation payloads: segment
 * files, and `<name>.txt` beside a `<name>.html`. Other .txt files (robots.txt, an author's
 * public/notes.txt) have no page of the same name and stay.
 */
export function navigationPayloads(files: string[]): string[] {
  const present = new Set(files);
  return files.filter((file) => {
    const name = file.split(sep).pop()!;
    return SEGMENT_PAYLOAD.test(name) || (file.endsWith('.txt') && present.has(`${file.slice(0, -'.txt'.length)}.html`));
  });
}

/** Deletes the payloads and the folders they leave empty; returns how many files went. */
export function dropNavigationPayloads(folder: string): number {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  const payloads = navigationPayloads(files);
  const emptied = new Set<string>();
  for (const file of payloads) {
    rmSync(join(folder, file));
    emptied.add(dirname(file));
  }
  // Deepest first, so a folder whose only child was an emptied folder goes too. rmdir refuses a
  // folder that still holds something, which ends the climb at once: listing the parent instead
  // (articles/ holds two entries an article) made this step grow with the square of the archive.
  const kept = new Set<string>();
  for (const dir of [...emptied].filter((dir) => dir !== '.').sort((a, b) => b.length - a.length)) {
    for (let current = dir; current !== '.' && !kept.has(current); current = dirname(current)) {
      if (!removeIfEmpty(join(folder, current))) {
        kept.add(current);
        break;
      }
    }
  }
  return payloads.length;
}

/** Removes a folder if it is empty (or already gone, taken with an emptied child); false when it still holds something. */
function removeIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}

/*
 * Next's markup is cut only where no content can be: in <head>, whose every value React escapes,
 * and after the behaviour script, the last element the layout renders, where Next appends its own
 * scripts. The body between is never read, so nothing an author writes can be taken for Next's
 * scripts or make the build cut into the page.
 */
const BEHAVIOUR_SCRIPT_START = `<script id="${BEHAVIOUR_SCRIPT_ID}">`;
/**
 * The mark of a page that hydrates, as a real tag's attribute: text never holds a bare `<` and no
 * attribute value a bare `"` (React and the body's serialiser escape both), so content cannot
 * forge it and keep the runtime on a page.
 */
const HYDRATED_TAG = new RegExp(`<[a-z][a-z0-9-]*(?: [^<>]*)?${HYDRATED_MARKUP}`);
/** The hydration payload, one chunk a script. */
const HYDRATION_PAYLOAD = /<script>\(?self\.__next_f\b[\s\S]*?<\/script>/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Next's tags for its runtime, by where their URL starts: its static folder, under the site's base path. */
function runtimeTags(staticFolder: string) {
  const url = `"${escapeRegExp(staticFolder)}[^"]*"`;
  return {
    /** A script from Next's static folder (the runtime, the page's chunks, the polyfills). */
    script: new RegExp(`<script [^>]*\\bsrc=${url}[^>]*></script>`, 'g'),
    /** Next's hint to preload one. */
    preload: new RegExp(`<link (?=[^>]*\\bas="script")(?=[^>]*\\bhref=${url})[^>]*/?>`, 'g'),
    /**
     * What would remain of them were Next's markup to change: any script or script preload of its
     * folder, or an inline script of its payload (<head> holds no content's markup, so a lead
     * image under a folder named _next is not taken for one).
     */
    leftover: new RegExp(`<script [^>]*\\bsrc=${url}|<link [^>]*\\b(?:as="script"|rel="modulepreload")[^>]*>|<script[^>]*>[^<]*__next_f`),
  };
}

/**
 * The page without Next's runtime and hydration payload; a page that hydrates a client component
 * comes back as it was. Throws when the page is not shaped as Next 16 writes it, saying what it
 * found, so that a new Next release cannot publish pages that half load the runtime.
 */
export function withoutClientRuntime(html: string, staticFolder = withBasePath('/_next/static/')): string {
  if (HYDRATED_TAG.test(html)) return html;
  const headEnd = html.indexOf('</head>');
  const behaviours = html.lastIndexOf(BEHAVIOUR_SCRIPT_START);
  const tailStart = behaviours === -1 ? -1 : html.indexOf('</script>', behaviours) + '</script>'.length;
  if (headEnd === -1 || behaviours === -1 || tailStart < behaviours || behaviours < headEnd)
    throw new Error(`expected a <head> and, later, the behaviour script (${BEHAVIOUR_SCRIPT_START}): is the page rendered by app/layout.tsx?`);
  const runtime = runtimeTags(staticFolder);
  const head = html.slice(0, headEnd).replace(runtime.script, '').replace(runtime.preload, '');
  const tail = html.slice(tailStart).replace(runtime.script, '').replace(HYDRATION_PAYLOAD, '');
  const leftover = runtime.leftover.exec(head)?.[0] ?? (tail.trim() === '</body></html>' ? undefined : tail.slice(0, 120));
  if (leftover !== undefined)
    throw new Error(`Next's runtime is shaped as this step does not expect, after dropping what it knows of it: ${JSON.stringify(leftover)}`);
  return head + html.slice(headEnd, tailStart) + tail;
}

/** Every HTML page of the folder without the client runtime (withoutClientRuntime); returns how many changed, or throws naming the page. */
export function dropRuntimeFromPages(folder: string, files: string[], staticFolder?: string): number {
  let dropped = 0;
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const path = join(folder, file);
    const html = readFileSync(path, 'utf8');
    let stripped: string;
    try {
      stripped = withoutClientRuntime(html, staticFolder);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    if (stripped === html) continue;
    // The render folder holds Next's fresh export: no file here is a link into out/.
    writeFileSync(path, stripped);
    dropped += 1;
  }
  return dropped;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: tsx scripts/build/drop-client-runtime.ts <folder>');
  console.log(`Dropped ${dropNavigationPayloads(folder)} client-navigation payloads (.txt) from ${folder}.`);
  const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  console.log(`Dropped the framework's runtime from ${dropRuntimeFromPages(folder, pages)} of ${pages.filter((name) => name.endsWith('.html')).length} pages.`);
}
