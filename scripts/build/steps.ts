/**
 * The production build, step by step: the one list `npm run build` (scripts/build.ts) and the
 * benchmark (scripts/bench.ts) both run. Each step that writes the site is given the staging
 * folder, never out/; scripts/build/publish.ts swaps the staging folder in when all have passed.
 */
import { BUILD_PLAN_VARIABLE, TEMPLATES_ONLY_VARIABLE } from '../../lib/build-plan/planned-params';
import { FEEDS_DIR, PLAN_FILE, RENDER_DIR } from './build-state';

export interface BuildStep {
  /** What the step does, in a word or two: progress lines, error messages and benchmark columns. */
  name: string;
  /** Program and arguments, run in the project root without a shell. */
  command: string[];
  /** Extra environment for this step only. */
  env?: Record<string, string>;
  /**
   * Starts together with the step before it (on two cores, a second step costs little wall time).
   * Only for steps that read nothing the other writes; a failure stops the steps listed after it.
   */
  withPrevious?: boolean;
}

/**
 * Next's static export deletes its output folder before writing it. With `output: 'export'`, a
 * `distDir` other than `.next` names that folder instead (Next 16 keeps its own build files in
 * `.next` then): next.config.ts sets it from this variable, so the export lands in staging.
 */
export const EXPORT_DIR_VARIABLE = 'NEWSDESK_EXPORT_DIR';

/**
 * How many workers Next renders with, when not one a core. Each worker loads every route and the
 * whole catalog before rendering, which an incremental build's few dozen pages do not repay.
 */
export const RENDER_WORKERS_VARIABLE = 'NEWSDESK_RENDER_WORKERS';

/** The exported pages the search index reads: article pages (lib/urls.ts articlePath), the only ones that mark what to index. */
export const SEARCHED_PAGES_FOLDER = 'articles';

/** How many articles a shard of the search index holds (lib/build-plan/search-shards.ts), when not the default. */
export const SEARCH_SHARD_VARIABLE = 'NEWSDESK_SEARCH_SHARD_ARTICLES';

/** The step that checks and compiles content (the content check and the content compile were two steps before). */
export const CONTENT_COMPILE_STEP = 'content check and compile';

/**
 * A TypeScript step, run by Node with tsx's loader. The `tsx` command would start a second Node
 * process in front of it, and `npm run` a third: 0.2 and 0.3 s a step, a tenth of a correction.
 */
const script = (file: string, ...args: string[]) => ['node', '--import', 'tsx', file, ...args];

/**
 * Every step's libraries run their production builds. They choose by NODE_ENV, and without it React
 * runs its development build, with checks no build reads: at 1,000 articles the direct render took
 * 13.4 s of CPU with it unset against 8.4 s (three alternating runs), and the content compile 8%
 * more. Next sets it for itself, so the pages it renders and those rendered outside it agree.
 */
const PRODUCTION = { NODE_ENV: 'production' };

/**
 * The steps, in order. Those a person may also run alone run exactly what their package.json
 * scripts run (`npm run build:feeds` and the like; a unit test holds the two together), without
 * npm in front; `stagingDir` is relative to the root. `imagesFolder` is where content's images
 * live (lib/content/folders.ts): Next publishes public/ by itself, so another folder is copied
 * over the export after it.
 */
export function buildSteps(stagingDir: string, imagesFolder = 'public', { full = false }: { full?: boolean } = {}): BuildStep[] {
  const steps: BuildStep[] = [
    // The content check, and the compile of the files that changed (lib/content/compile/), each
    // body parsed once for both; the check's full report, or nothing written (scripts/compile-content.ts).
    { name: CONTENT_COMPILE_STEP, command: script('scripts/compile-content.ts', '--check') },
    // Incremental builds: which pages to render, keep from out/ or delete (scripts/build/plan-build.ts).
    { name: 'build plan', command: script('scripts/build/plan-build.ts', ...(full ? ['--full'] : [])) },
    // `next build --webpack`, in generate mode when the code Next last compiled is this code
    // (scripts/build/next-build.ts). Of article and listing routes it renders only each one's template page.
    {
      name: 'Next build',
      command: script('scripts/build/next-build.ts'),
      env: { [EXPORT_DIR_VARIABLE]: RENDER_DIR, [BUILD_PLAN_VARIABLE]: PLAN_FILE, [TEMPLATES_ONLY_VARIABLE]: '1' },
    },
    // Beside Next: the feeds read only content and the plan, and go into a folder of their own
    // that the merge step takes (an incremental plan renders a handful of pages on one core).
    { name: 'feeds', command: script('scripts/build-feeds.ts', FEEDS_DIR, '--plan', PLAN_FILE), withPrevious: true },
    // Beside them: the share cards the plan renders, drawn into their cache (lib/og-cache.ts) for the
    // share cards step to copy after the merge. Next's compile leaves a core idle most of its step.
    { name: 'card drawing', command: script('scripts/build-cards.ts', '--cache-only', '--plan', PLAN_FILE), withPrevious: true },
    // Before the merge and every step that reads the tree (search, hosting files): Next's payloads, and its runtime on pages that hydrate nothing.
    { name: 'client runtime', command: script('scripts/build/drop-client-runtime.ts', RENDER_DIR) },
    // Next's pages, and so the templates' shells, get their script policy: the hashes of their inline scripts.
    { name: 'script policy', command: script('scripts/build/page-policies.ts', RENDER_DIR) },
    // The other article and listing pages, each into the shell of its route's template (without its runtime by now).
    { name: 'direct render', command: script('scripts/build/direct-render/render-pages.ts', RENDER_DIR) },
    // The export, the feeds and the pages carried over from out/ become the staging folder.
    { name: 'merge', command: script('scripts/build/merge-export.ts', stagingDir) },
    ...(imagesFolder === 'public' ? [] : [{ name: 'images', command: ['cp', '-R', `${imagesFolder}/.`, stagingDir] }]),
    // Share cards are drawn outside Next's renderer, after the merge (cards carried from out/ stay as they are).
    { name: 'share cards', command: script('scripts/build-cards.ts', stagingDir, '--plan', PLAN_FILE) },
    // Cards and the search index write files of their own and read only pages: one stage.
    // Pagefind, shard by shard: only the shards holding a page this build renders or deletes.
    // Only article pages hold a data-pagefind-body, so Pagefind reads only them (a unit test keeps it true).
    { name: 'search index', command: script('scripts/build-search.ts', stagingDir, '--plan', PLAN_FILE), withPrevious: true },
    { name: 'hosting files', command: script('scripts/build-hosting.ts', stagingDir) },
  ];
  return steps.map((step) => ({ ...step, env: { ...PRODUCTION, ...step.env } }));
}

/** A step as a person would type it, for logs and error messages. */
export const describeCommand = (step: BuildStep) => [...Object.entries(step.env ?? {}).map(([name, value]) => `${name}=${value}`), ...step.command].join(' ');
