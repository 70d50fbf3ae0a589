/*
 * The build plan: which pages this build renders, which it takes unchanged from out/, and which it
 * deletes, from the fingerprints of this build's pages and those of the last published build.
 * Anything that could make an unchanged fingerprint a wrong answer forces a full build.
 */

/** What the last published build left: its code fingerprint and every modelled page's fingerprint. */
export interface BuildState {
  /** Bumped when the state's meaning changes; another version is no state at all. */
  version: typeof BUILD_STATE_VERSION;
  code: string;
  pages: Record<string, string>;
  /**
   * Which folder out/ was when the build published it (scripts/build/build-state.ts outIdentity).
   * Anything else that writes out/ (a `next build` run by hand) replaces the folder, and the state
   * no longer describes it.
   */
  out?: string;
}

export const BUILD_STATE_VERSION = 2;

export type BuildPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'partial';
      /** Modelled pages that are new or changed: rendered by this build. */
      render: string[];
      /** Modelled pages unchanged since the last build: their files are taken from out/. */
      carry: string[];
      /** Pages of the last build that no longer exist: their files are left out. */
      remove: string[];
    };

export interface PlanInputs {
  /** This build's page fingerprints (lib/build-plan/page-prints.ts). */
  pages: ReadonlyMap<string, string>;
  /** This build's code fingerprint. */
  code: string;
  /** The last published build's state, if one was kept and could be read. */
  previous: BuildState | undefined;
  /** Whether each page's main file is in out/ (a full build when out/ is gone). */
  inOut: (page: string) => boolean;
  /** out/'s identity now; undefined when there is no out/. */
  outIdentity: string | undefined;
  /** `npm run build -- --full`. */
  forceFull: boolean;
}

export function planBuild({ pages, code, previous, inOut, outIdentity, forceFull }: PlanInputs): BuildPlan {
  if (forceFull) return { kind: 'full', reason: 'asked for (--full)' };
  if (!previous) return { kind: 'full', reason: 'no state of a previous build' };
  if (previous.version !== BUILD_STATE_VERSION) return { kind: 'full', reason: 'the previous build state has another format' };
  if (outIdentity === undefined) return { kind: 'full', reason: 'no out/ to build on' };
  if (previous.out !== outIdentity) return { kind: 'full', reason: 'out/ is not the folder the last build published' };
  if (previous.code !== code) return { kind: 'full', reason: 'the code or configuration changed' };

  const render: string[] = [];
  const carry: string[] = [];
  for (const [page, print] of pages) {
    // A page missing from out/ (deleted by hand, say) is rendered again rather than trusted.
    if (previous.pages[page] === print && inOut(page)) carry.push(page);
    else render.push(page);
  }
  const remove = Object.keys(previous.pages).filter((page) => !pages.has(page));
  return { kind: 'partial', render, carry, remove };
}

export function stateOf(pages: ReadonlyMap<string, string>, code: string): BuildState {
  return { version: BUILD_STATE_VERSION, code, pages: Object.fromEntries([...pages].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
