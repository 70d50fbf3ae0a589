/**
 * Where the incremental build keeps its files, and the state's life cycle. The state (page and
 * code fingerprints of the last published build) lives in .next/cache, which `next build` keeps
 * and CI caches; the plan of the running build sits in .publish/ beside its staging folder.
 *
 * The state always describes out/: it is removed just before a build swaps its tree in and written
 * just after, so a build killed between the two leaves no state, and the next build is full.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STATE_VERSION, type BuildState } from '../../lib/build-plan/plan';
import { type PlanFile, readPlanFile } from '../../lib/build-plan/planned-params';
import { writeFileAtomically } from '../../lib/write-atomically';

export const BUILD_STATE_FILE = '.next/cache/newsdesk/build-state.json';
export const PLAN_FILE = '.publish/plan.json';
/** Where the Next step exports: the merge step makes the staging folder from it and out/. */
export const RENDER_DIR = '.publish/render';
/** Where the feeds step, running beside the Next step, writes this build's feeds for the merge step to take. */
export const FEEDS_DIR = '.publish/feeds';

export function readBuildState(root: string): BuildState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(root, BUILD_STATE_FILE), 'utf8')) as BuildState;
    return state.version === BUILD_STATE_VERSION && typeof state.code === 'string' && state.pages ? state : undefined;
  } catch {
    return undefined;
  }
}

/** The running build's plan file, in the project at `root`. */
export const readBuildPlan = (root: string): PlanFile => readPlanFile(join(root, PLAN_FILE));

/**
 * Which folder out/ is: its inode and creation time. The swap renames staging to out/, which keeps
 * the folder; `next build` run by hand, or anything else that deletes and writes out/ again, makes
 * a new one, and the next build is then full rather than trusting pages the state never described.
 */
export function outIdentity(root: string): string | undefined {
  try {
    const folder = statSync(join(root, 'out'));
    return folder.isDirectory() ? `${folder.ino}:${folder.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** Just before the swap: out/ is about to stop matching the kept state. */
export function forgetBuildState(root: string) {
  rmSync(join(root, BUILD_STATE_FILE), { force: true });
}

/** Just after the swap: out/ is what this build's plan describes. */
export function keepBuildState(root: string) {
  if (!existsSync(join(root, PLAN_FILE))) return;
  writeFileAtomically(join(root, BUILD_STATE_FILE), JSON.stringify({ ...readBuildPlan(root).state, out: outIdentity(root) }));
  rmSync(join(root, PLAN_FILE), { force: true });
}
