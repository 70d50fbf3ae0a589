/**
 * The merge step, after the Next step exported this build's pages into .publish/render: makes the
 * staging folder the site the share-card, search and hosting steps then work on.
 *
 *   full build   the export and the feeds are the site.
 *   incremental  the export (changed and new pages, unmodelled pages, chunks, public files) and the
 *                feeds this build wrote (the feeds step writes them beside the Next step) plus,
 *                from out/, the files of every page, card and feed the plan carries over
 *                unchanged. Pages the plan deletes are simply not carried; nor is anything later
 *                steps write again (the search index, host files, images).
 *
 * Carried files are hard links into out/, so taking 20,000 pages costs no copying. That is safe
 * because no later step edits a carried file: what they write are files no page owns. out/ itself
 * is only read.
 *
 * Usage: tsx scripts/build/merge-export.ts <staging folder>
 */
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pageOfExportFile } from '../../lib/build-plan/paths';
import { FEEDS_DIR, forgetBuildState, readBuildPlan, RENDER_DIR } from './build-state';

const root = process.cwd();
const staging = resolve(process.argv[2] ?? '.publish/staging');
const render = join(root, RENDER_DIR);
const out = join(root, 'out');
const { plan } = readBuildPlan(root);

if (!existsSync(render)) throw new Error(`${RENDER_DIR} is missing: the Next step exported nothing to merge.`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(staging), { recursive: true });
renameSync(render, staging);
let linkedFiles = 0;

if (plan.kind === 'full') {
  console.log('Merge: full build, the export is the whole site.');
} else {
  refuseChangedCompiledCode();
  const carry = new Set(plan.carry);
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(out, join(entry.parentPath, entry.name));
    if (!carry.has(pageOfExportFile(file))) continue;
    const target = join(staging, file);
    // This build's own render of a page wins (a route with nothing to render renders one page anyway).
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    linkSync(join(out, file), target);
    linkedFiles += 1;
  }
  console.log(
    `Merge: ${plan.render.length} pages rendered, ${plan.carry.length} carried over from out/ (${linkedFiles} files linked), ${plan.remove.length} deleted.`,
  );
}
const feeds = takeFeeds();
if (feeds > 0) console.log(`Merge: ${feeds} feed files written by this build.`);

/**
 * Moves the feeds this build wrote (FEEDS_DIR, the feeds step's folder) into staging. They are the
 * feeds the plan renders, never one it carries; a rename replaces a file, never writes into it.
 */
function takeFeeds(): number {
  const folder = join(root, FEEDS_DIR);
  if (!existsSync(folder)) return 0;
  let moved = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(folder, join(entry.parentPath, entry.name));
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    renameSync(join(folder, file), join(staging, file));
    moved += 1;
  }
  rmSync(folder, { recursive: true, force: true });
  return moved;
}

/**
 * Pages kept from out/ load the scripts and styles out/ has. If this build compiled them under
 * other names (something the code fingerprint missed), those pages would point at files that are
 * gone: stop, and make the next build a full one.
 */
function refuseChangedCompiledCode() {
  const compiled = (site: string) => {
    const folder = join(site, '_next', 'static');
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .sort();
  };
  const before = compiled(out);
  const now = new Set(compiled(staging));
  const missing = before.filter((file) => !now.has(file));
  if (missing.length === 0 && before.length === now.size) return;
  forgetBuildState(root);
  throw new Error(
    `the compiled scripts and styles differ from out/'s (${missing.slice(0, 3).join(', ') || 'new files'}…), so pages kept from out/ would load files this build does not publish. ` +
      'The next build will be full (or run `npm run build -- --full`).',
  );
}
