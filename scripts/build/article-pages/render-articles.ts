/**
 * The article pages step, after the Next step and the client runtime step: writes the page of
 * every article this build renders, except the one Next rendered as the template (the newest;
 * lib/build-plan/planned-params.ts templateOnly). Each page is the template's shell around the
 * article's own head tags and story (./page-shell.ts), rendered from the route module Next uses
 * (./render-parts.tsx), on a worker per core when there are many.
 *
 * Next renders a page in about 27 ms of CPU; this in about 2.5 ms. The template is checked on every
 * build: this step's rendering of its parts must be found in Next's page byte for byte, or the
 * build stops. `npm run test:article-pages` compares every article of a fixture site both ways.
 *
 * Usage: tsx scripts/build/article-pages/render-articles.ts <render folder>
 *        [--compare]: Next rendered every article (`next build` without the template variable);
 *        check that this step's page for each is Next's, byte for byte, and write nothing.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mainExportFile, pageKey } from '../../../lib/build-plan/paths';
import { contentFileOf } from '../../../lib/content/content-file-error';
import { getArticles } from '../../../lib/content/queries';
import { articlePath } from '../../../lib/urls';
import { readBuildPlan } from '../build-state';
import { runInWorkers } from '../worker-pool';
import { fillShell, type PageShell, shellOf } from './page-shell';
import { articlePageParts, type ArticleJob, writeArticlePage } from './render-parts';

/** Below this many pages a worker would not pay for its start (about a second to load the routes). */
const PAGES_PER_WORKER = 200;
const WORKER_FILE = new URL('./worker.mjs', import.meta.url);

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { compare: { type: 'boolean' } } });
const folder = resolve(positionals[0] ?? '');
const { plan } = readBuildPlan(process.cwd());
const started = performance.now();
const pageFile = (slug: string) => join(folder, mainExportFile(pageKey(articlePath(slug))));

const [template, ...others] = getArticles();
if (!template) {
  console.log('Article pages: no articles.');
} else {
  const templateFile = pageFile(template.slug);
  const shell = await shellFrom(templateFile, template.slug);
  const rendered = new Set(plan.kind === 'full' ? [] : plan.render);
  const planned = plan.kind === 'full' ? others : others.filter((article) => rendered.has(pageKey(articlePath(article.slug))));
  const jobs: ArticleJob[] = planned.map((article) => ({ slug: article.slug, contentFile: contentFileOf(article), file: pageFile(article.slug) }));
  if (options.compare) await compareWithNext(shell, jobs);
  else await writePages(shell, jobs);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Article pages: ${jobs.length} ${options.compare ? 'compared with Next' : 'written'} into the shell of ${relative(process.cwd(), templateFile)} in ${seconds} s.`,
  );
}

/** The shell of Next's page for the template article; throws naming it when the page cannot be one. */
async function shellFrom(file: string, slug: string): Promise<PageShell> {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${relative(process.cwd(), file)}: Next rendered no page for the template article ${slug} (was the Next step given NEWSDESK_ARTICLE_TEMPLATE_ONLY?)`,
    );
  }
  // A page that hydrates carries its own tree as a payload, which would be copied into every article.
  if (html.includes('self.__next_f'))
    throw new Error(`${relative(process.cwd(), file)}: the article page hydrates, so it cannot be the shell of other articles' pages`);
  const parts = await articlePageParts(slug);
  try {
    return shellOf(html, parts);
  } catch (error) {
    throw new Error(`${relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
}

async function writePages(shell: PageShell, jobs: ArticleJob[]) {
  const workerCount = Math.min(availableParallelism(), Math.ceil(jobs.length / PAGES_PER_WORKER));
  const outcomes =
    workerCount <= 1
      ? await Promise.all(jobs.map((job) => writeArticlePage(shell, job)))
      : await runInWorkers<ArticleJob, { error?: string }>(WORKER_FILE, jobs, workerCount, shell);
  const failed = outcomes.find((outcome) => outcome.error);
  if (failed) throw new Error(failed.error);
}

async function compareWithNext(shell: PageShell, jobs: ArticleJob[]) {
  const differing: string[] = [];
  for (const job of jobs)
    if (fillShell(shell, await articlePageParts(job.slug)) !== readFileSync(job.file, 'utf8')) differing.push(relative(process.cwd(), job.file));
  if (differing.length > 0) throw new Error(`${differing.length} of ${jobs.length} article pages differ from Next's: ${differing.slice(0, 5).join(', ')}`);
}
