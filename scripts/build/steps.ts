/**
 * The production build, step by step: the one list `npm run build` (scripts/build.ts) and the
 * benchmark (scripts/bench.ts) both run. Each step that writes the site is given the staging
 * folder, never out/; scripts/build/publish.ts swaps the staging folder in when all have passed.
 */
import { BUILD_PLAN_VARIABLE } from '../../lib/build-plan/planned-params';
import { CARRIED_FILES, PLAN_FILE, RENDER_DIR } from './build-state';

export interface BuildStep {
  /** What the step does, in a word or two: progress lines, error messages and benchmark columns. */
  name: string;
  /** Program and arguments, run in the project root without a shell. */
  command: string[];
  /** Extra environment for this step only. */
  env?: Record<string, string>;
}

/**
 * Next's static export deletes its output folder before writing it. With `output: 'export'`, a
 * `distDir` other than `.next` names that folder instead (Next 16 keeps its own build files in
 * `.next` then): next.config.ts sets it from this variable, so the export lands in staging.
 */
export const EXPORT_DIR_VARIABLE = 'NEWSDESK_EXPORT_DIR';

/** The step that compiles content: the benchmark times it again after a one-article edit. */
export const CONTENT_COMPILE_STEP = 'content compile';

/**
 * The steps, in order. Single steps go through their package.json scripts, so `npm run build:feeds`
 * and the like stay the one definition of what each step runs; `stagingDir` is relative to the root.
 * `imagesFolder` is where content's images live (lib/content/folders.ts): Next publishes public/
 * by itself, so another folder is copied over the export after it.
 */
export function buildSteps(stagingDir: string, imagesFolder = 'public', { full = false }: { full?: boolean } = {}): BuildStep[] {
  return [
    { name: 'content check', command: ['npm', 'run', '-s', 'check:content'] },
    { name: CONTENT_COMPILE_STEP, command: ['npm', 'run', '-s', 'build:content'] },
    // Incremental builds: which pages to render, keep from out/ or delete (scripts/build/plan-build.ts).
    { name: 'build plan', command: ['tsx', 'scripts/build/plan-build.ts', ...(full ? ['--full'] : [])] },
    // `next build --webpack`, in generate mode when the code Next last compiled is this code (scripts/build/next-build.ts).
    { name: 'Next build', command: ['tsx', 'scripts/build/next-build.ts'], env: { [EXPORT_DIR_VARIABLE]: RENDER_DIR, [BUILD_PLAN_VARIABLE]: PLAN_FILE } },
    // Before the merge and every step that reads the tree (search, hosting files): no page links to these payloads.
    { name: 'navigation payloads', command: ['tsx', 'scripts/build/drop-navigation-payloads.ts', RENDER_DIR] },
    // The export and the pages carried over from out/ become the staging folder.
    { name: 'merge', command: ['tsx', 'scripts/build/merge-export.ts', stagingDir] },
    ...(imagesFolder === 'public' ? [] : [{ name: 'images', command: ['cp', '-R', `${imagesFolder}/.`, stagingDir] }]),
    // Share cards are drawn outside Next's renderer, after the merge (cards carried from out/ stay as they are).
    { name: 'share cards', command: ['tsx', 'scripts/build-cards.ts', stagingDir] },
    { name: 'feeds', command: ['npm', 'run', '-s', 'build:feeds', '--', stagingDir] },
    // `npm run build:search` is `pagefind --site out`; here the same command points at staging.
    { name: 'search index', command: ['pagefind', '--site', stagingDir] },
    // Pages carried over from out/ have their script policy already (the same code wrote it).
    { name: 'hosting files', command: ['npm', 'run', '-s', 'build:hosting', '--', stagingDir, '--carried', CARRIED_FILES] },
  ];
}

/** A step as a person would type it, for logs and error messages. */
export const describeCommand = (step: BuildStep) => [...Object.entries(step.env ?? {}).map(([name, value]) => `${name}=${value}`), ...step.command].join(' ');
