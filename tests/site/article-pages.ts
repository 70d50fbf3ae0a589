/**
 * The build renders article pages outside Next (scripts/build/article-pages/): this test holds
 * them to Next's own. For the fixture site, and for the adversarial corpus under a site URL with a
 * base path, it runs the build's steps up to the article pages with Next rendering every article
 * (the template variable left out of its environment), then the article step in its --compare
 * mode: every article page the step would write must be Next's, byte for byte. A page changed by
 * one byte must then fail the comparison, so the test cannot pass by comparing nothing.
 *
 * Usage: tsx tests/site/article-pages.ts   (npm test runs it)
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_TEMPLATE_VARIABLE } from '../../lib/build-plan/planned-params';
import { RENDER_DIR } from '../../scripts/build/build-state';
import { buildSteps, describeCommand, type BuildStep } from '../../scripts/build/steps';
import { FIXTURES } from '../support/adversarial-tree';
import { scratchProject, type ScratchProject } from './scratch-project';

const ARTICLE_STEP = 'article pages';

/** The build's own steps up to the article pages, with Next rendering every article and the article step comparing. */
function comparingSteps(): BuildStep[] {
  const steps = buildSteps('.publish/staging', 'public', { full: true });
  const upTo = steps.slice(0, steps.findIndex((step) => step.name === ARTICLE_STEP) + 1);
  return upTo.map((step) => {
    if (step.name === ARTICLE_STEP) return { ...step, command: [...step.command, '--compare'] };
    if (!step.env?.[ARTICLE_TEMPLATE_VARIABLE]) return step;
    const { [ARTICLE_TEMPLATE_VARIABLE]: _template, ...env } = step.env;
    return { ...step, env };
  });
}

function run(project: ScratchProject, step: BuildStep, env: Record<string, string>) {
  const result = project.run(describeCommand(step), env);
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

function checkCorpus(label: string, content: string, env: Record<string, string>) {
  const project = scratchProject(content, join(FIXTURES, 'site/public'));
  try {
    let compared = '';
    for (const step of comparingSteps()) {
      const { ok, output } = run(project, step, env);
      if (!ok) throw new Error(`${label}: step "${step.name}" failed:\n${output.slice(-3000)}`);
      if (step.name === ARTICLE_STEP) compared = output;
    }
    const count = Number(/Article pages: (\d+) compared with Next/.exec(compared)?.[1] ?? 0);
    const pages = readdirSync(join(project.root, RENDER_DIR, 'articles')).filter((file) => file.endsWith('.html'));
    // Every article but the template was compared.
    if (count === 0 || count !== pages.length - 1) throw new Error(`${label}: compared ${count} article pages, expected ${pages.length - 1}:\n${compared}`);
    console.log(`✓ ${label}: ${count} article pages equal to Next's, byte for byte`);

    // A page that differs must fail the comparison, naming it (the template's page is not compared: change another).
    const template = /into the shell of \S*\/articles\/([^/\s]+\.html)/.exec(compared)?.[1];
    const changedPage = pages.find((page) => page !== template)!;
    appendFileSync(join(project.root, RENDER_DIR, 'articles', changedPage), ' ');
    const changed = run(project, comparingSteps().at(-1)!, env);
    if (changed.ok || !changed.output.includes(`articles/${changedPage}`))
      throw new Error(`${label}: a page changed by one byte passed the comparison:\n${changed.output.slice(-2000)}`);
    console.log(`✓ ${label}: a page changed by one byte fails the comparison`);
  } finally {
    project.remove();
  }
}

checkCorpus('fixture site', join(FIXTURES, 'site/content'), {});
checkCorpus('adversarial corpus under a base path', join(FIXTURES, 'adversarial/escaped/content'), { NEWSDESK_SITE_URL: 'https://news.example.com/desk' });
