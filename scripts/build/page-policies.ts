/**
 * The script policy step, right after the client runtime step: gives every page Next exported its
 * own Content-Security-Policy (lib/security/page-policy.ts: the hashes of its inline scripts in a
 * meta before its first script), or stops the build naming a page with a script inside its content.
 *
 * Only Next's pages need it, about twenty whatever the archive: the direct render then puts every
 * other article and listing page into the shell of its route's template, policy included. A page's
 * own inline scripts are the layout's (the theme and behaviour scripts), the same on every page,
 * and what the direct render puts into a shell carries none: its head tags hold JSON-LD only, a data
 * block no policy governs, and a compiled body never holds a script (lib/content/compile/
 * compile-document.ts refuses one). `npm run test:policies` holds every page of a built site to its
 * policy. Parsing every page instead, in the hosting step, took 2.5 s at 1,000 articles and 34 s
 * at 20,000.
 *
 * Usage: tsx scripts/build/page-policies.ts <folder>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPagePolicy } from '../../lib/security/page-policy';

/** One page: its policy written in; throws naming the page when a script stands inside its content. */
export function givePagePolicy(path: string): number {
  const original = readFileSync(path, 'utf8');
  const { html, scriptHashes, strayScripts } = addPagePolicy(original);
  // The sanitiser should have removed it; the browser would refuse it, but the page would
  // then differ from what its author saw, so the build stops and says where.
  if (strayScripts.length > 0) {
    const found = strayScripts.map((text) => JSON.stringify(text)).join(', ');
    throw new Error(`${relative(process.cwd(), path)}: an inline script inside the page's content, which no policy allows: ${found}`);
  }
  // The render folder holds Next's fresh export: no file here is a link into out/.
  writeFileSync(path, html);
  return scriptHashes.length;
}

/** Every HTML page of the folder; returns how many pages and inline scripts it gave a policy to. */
export function givePagePolicies(folder: string): { pages: number; scripts: number } {
  const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const scripts = pages.reduce((sum, page) => sum + givePagePolicy(join(folder, page)), 0);
  return { pages: pages.length, scripts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: tsx scripts/build/page-policies.ts <folder>');
  const { pages, scripts } = givePagePolicies(folder);
  console.log(`Script policy: ${pages} pages of ${folder} given theirs (${scripts} inline script hashes).`);
}
