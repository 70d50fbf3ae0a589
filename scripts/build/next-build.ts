/**
 * The Next step: `next build --webpack`, rendering the pages the build plan names into the render
 * folder. A partial build whose code is the code Next last compiled skips webpack's compile (about
 * 20 s whatever the archive's size) with Next's generate mode, which renders and exports from the
 * compiled server code in .next. Pages read content from the content compile's output (.newsdesk)
 * when they render, never from the compiled code, so the compile of unchanged code is the same compile.
 *
 * Which code .next holds is written beside the compile (COMPILED_MARKER) once a full `next build`
 * has passed, and removed before one starts: a failed or interrupted compile leaves no marker, and
 * `rm -rf .next` removes both. Anything else (a CI cache that kept .next/cache but not the compile,
 * another code fingerprint) compiles again.
 *
 * Usage: tsx scripts/build/next-build.ts   (run by the build with NEWSDESK_EXPORT_DIR and NEWSDESK_BUILD_PLAN set)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_ONLY_VARIABLE } from '../../lib/build-plan/planned-params';
import { readBuildPlan } from './build-state';
import { RENDER_WORKERS_VARIABLE } from './steps';

const root = process.cwd();
/** The code fingerprint of the compile in .next (outside .next/cache, which CI keeps without the compile). */
const COMPILED_MARKER = join(root, '.next', 'newsdesk-compiled-code');
/** Files of a rendered page in .next/server/app, beside the compiled code (.js, .json). */
const RENDERED_PAGE = /\.(html|rsc|meta|body)$/;
const { plan, state } = readBuildPlan(root);

const compiledCode = () => (existsSync(COMPILED_MARKER) && existsSync(join(root, '.next', 'BUILD_ID')) ? readFileSync(COMPILED_MARKER, 'utf8') : undefined);
const generateOnly = plan.kind === 'partial' && compiledCode() === state.code;

if (generateOnly) {
  console.log('Next build: the code is the code Next last compiled, so it only renders (generate mode).');
  // Next 16.4's generate mode loads the last build's prerender manifest before rendering, and its
  // export then reads that cached copy instead of the one it has just written: the export followed
  // the last build's pages (a deleted article exported, new ones left out; tests/site/
  // incremental-build.ts caught it). Without the old file, the export reads the new one.
  rmSync(join(root, '.next', 'prerender-manifest.json'), { force: true });
  removeRenderedPages(join(root, '.next', 'server', 'app'));
} else rmSync(COMPILED_MARKER, { force: true });

/**
 * Deletes the pages a build rendered into .next/server/app (an HTML file, RSC payloads, metadata
 * and a `.segments` folder a page), leaving the compiled code: the export has copied them, and a
 * static site needs them nowhere else. Generate mode rewrites environment values into the compiled
 * code and finds it by listing everything under .next/server: after a full build at 1,000
 * articles that was 11,000 files and 3.6 s of a 9 s step. So they go once Next has exported them,
 * in the build that made them, not in the next publish; and before generate mode, for whatever a
 * failed build left.
 */
function removeRenderedPages(folder: string) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory() ? entry.name.endsWith('.segments') : RENDERED_PAGE.test(entry.name)) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Below this many pages one worker renders them all: at 1,000 articles a correction's Next step
 * took 7.6–8.5 s with one worker and 9.2–11.9 s with two (alternating runs). With the templates
 * variable (the build's own Next step) Next renders a page a route, about twenty, whatever the
 * plan: the rest are the direct render's. A full build's Next step then took 23.4 s of CPU with one
 * worker against 24.6 s with two, and less time too (three alternating runs at 1,000 articles).
 */
const FEW_PAGES = 200;
const fewPages = Boolean(process.env[TEMPLATES_ONLY_VARIABLE]) || (plan.kind === 'partial' && plan.render.length < FEW_PAGES);
const renderWorkers = fewPages ? { [RENDER_WORKERS_VARIABLE]: '1' } : {};

const args = ['build', '--webpack', ...(generateOnly ? ['--experimental-build-mode=generate'] : [])];
const next = spawn('next', args, { stdio: 'inherit', env: { ...process.env, ...renderWorkers } });
// The build stops a step by signalling it (scripts/build/run-build.ts): pass the signal on to Next.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('error', (error) => {
  console.error(error.message);
  process.exitCode = 1;
});
next.on('close', (code) => {
  if (code === 0) {
    removeRenderedPages(join(root, '.next', 'server', 'app'));
    if (!generateOnly) writeFileSync(COMPILED_MARKER, state.code);
  }
  process.exitCode = code ?? 1;
});
