/**
 * The direct render step, after the Next step and the client runtime step: writes every article
 * and listing page this build renders (./routes.ts), except each route's first page, its
 * template, which Next rendered (lib/build-plan/planned-params.ts templateOnly). Each page is its
 * template's shell around the page's own head tags, hoisted preloads and <main> content
 * (./page-shell.ts), rendered from the route module Next uses (./render-parts.tsx), on a worker
 * per core when there are many.
 *
 * Every build checks each template: this step's rendering of its parts must be found in Next's
 * page byte for byte, or the build stops naming the page. `npm run test:direct-render` compares
 * every page of a fixture site both ways.
 *
 * Usage: tsx scripts/build/direct-render/render-pages.ts <render folder>
 *        [--compare]: Next rendered every page (`next build` without NEWSDESK_TEMPLATES_ONLY);
 *        check that this step's page for each is Next's, byte for byte, and write nothing.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mainExportFile } from '../../../lib/build-plan/paths';
import { readBuildPlan } from '../build-state';
import { runInWorkers } from '../../../lib/worker-pool';
import { fillShell, type PageShell, shellOf } from './page-shell';
import { type PageJob, pageParts, writePage } from './render-parts';
import { DIRECT_ROUTES, type DirectPage, type RouteModule } from './routes';

/** Below this many pages a worker would not pay for its start (about a second to load the routes). */
const PAGES_PER_WORKER = 200;
const WORKER_FILE = new URL('./worker.mjs', import.meta.url);

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { compare: { type: 'boolean' } } });
const folder = resolve(positionals[0] ?? '');
const { plan } = readBuildPlan(process.cwd());
const rendered = plan.kind === 'full' ? undefined : new Set(plan.render);
const started = performance.now();
const fileOf = (page: DirectPage) => join(folder, mainExportFile(page.path));
const shown = (file: string) => relative(process.cwd(), file);

const shells: Record<string, PageShell> = {};
const modules = new Map<string, RouteModule>();
const jobs: PageJob[] = [];
for (const route of DIRECT_ROUTES) {
  const [template, ...others] = route.pages();
  if (!template) continue;
  const routeModule = await route.load();
  modules.set(route.route, routeModule);
  shells[route.route] = await shellFrom(routeModule, template);
  for (const page of others) if (!rendered || rendered.has(page.path)) jobs.push({ route: route.route, page, file: fileOf(page) });
}
if (options.compare) await compareWithNext();
else await writePages();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Direct render: ${jobs.length} pages ${options.compare ? 'compared with Next' : 'written'} into the shells of ${Object.keys(shells).length} routes' templates in ${seconds} s.`,
);

/** The shell of Next's page for a route's template; throws naming the page when it cannot be one. */
async function shellFrom(routeModule: RouteModule, template: DirectPage): Promise<PageShell> {
  const file = fileOf(template);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${shown(file)}: Next rendered no page for the template ${template.path} (was the Next step given NEWSDESK_TEMPLATES_ONLY?)`);
  }
  // A page that hydrates carries its own tree as a payload, which would be copied into every page.
  if (html.includes('self.__next_f')) throw new Error(`${shown(file)}: the page hydrates, so it cannot be the shell of other pages`);
  try {
    return shellOf(html, await pageParts(routeModule, template.params));
  } catch (error) {
    throw new Error(`${shown(file)}: ${(error as Error).message}`);
  }
}

async function writePages() {
  const workerCount = Math.min(availableParallelism(), Math.ceil(jobs.length / PAGES_PER_WORKER));
  const outcomes =
    workerCount <= 1
      ? await Promise.all(jobs.map((job) => writePage(modules.get(job.route)!, shells[job.route]!, job)))
      : await runInWorkers<PageJob, { error?: string }>(WORKER_FILE, jobs, workerCount, { workerData: shells });
  const failed = outcomes.find((outcome) => outcome.error);
  if (failed) throw new Error(failed.error);
}

async function compareWithNext() {
  const differing: string[] = [];
  for (const job of jobs) {
    const ours = fillShell(shells[job.route]!, await pageParts(modules.get(job.route)!, job.page.params));
    if (ours !== readFileSync(job.file, 'utf8')) differing.push(shown(job.file));
  }
  if (differing.length > 0) throw new Error(`${differing.length} of ${jobs.length} pages differ from Next's: ${differing.slice(0, 5).join(', ')}`);
}
