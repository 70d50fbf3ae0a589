import { readFileSync } from 'node:fs';
import type { BuildPlan, BuildState } from './plan';
import { pageKey } from './paths';

/*
 * The one place generateStaticParams consults the build plan. scripts/build names the plan file in
 * NEWSDESK_BUILD_PLAN for the Next step; a page the plan takes unchanged from out/ is left out of
 * its route's params, and every other page (new, changed, or not modelled at all) is rendered. With
 * no plan named (`next build` run by hand, `npm run dev`) every page is rendered.
 */

export const BUILD_PLAN_VARIABLE = 'NEWSDESK_BUILD_PLAN';

/**
 * Set for the Next step of `npm run build`, which renders article and listing pages in a step of
 * its own (scripts/build/direct-render/): of each such route Next renders one page, the template
 * the others are rendered into. Without it (`npm run dev`, `next build` run by hand) Next renders
 * every page.
 */
export const TEMPLATES_ONLY_VARIABLE = 'NEWSDESK_TEMPLATES_ONLY';

/** The template page among a route's params (the first), when the build renders the rest; undefined otherwise. */
export const templateOnly = <P>(params: readonly P[]): P[] | undefined => (process.env[TEMPLATES_ONLY_VARIABLE] ? params.slice(0, 1) : undefined);

/** The plan file: the plan, and the state to keep once the build it plans is published. */
export interface PlanFile {
  plan: BuildPlan;
  state: BuildState;
}

/** The plan file a build step is given (NEWSDESK_BUILD_PLAN, or a --plan argument). */
export const readPlanFile = (file: string): PlanFile => JSON.parse(readFileSync(file, 'utf8')) as PlanFile;

let carried: { file: string; pages: ReadonlySet<string> } | undefined;

function carriedPages(): ReadonlySet<string> {
  const file = process.env[BUILD_PLAN_VARIABLE];
  if (!file) return new Set();
  if (carried?.file !== file) {
    const { plan } = readPlanFile(file);
    carried = { file, pages: new Set(plan.kind === 'partial' ? plan.carry : []) };
  }
  return carried.pages;
}

/** A route's params without the pages the plan carries over; `pathOf` gives each one's site path. */
export function plannedParams<P>(params: readonly P[], pathOf: (params: P) => string): P[] {
  const skip = carriedPages();
  if (skip.size === 0) return [...params];
  const chosen = params.filter((each) => !skip.has(pageKey(pathOf(each))));
  // A static export refuses a dynamic route with no params at all, so a route with nothing to
  // render renders its first page again: the same bytes as the copy in out/.
  return chosen.length > 0 || params.length === 0 ? chosen : params.slice(0, 1);
}
