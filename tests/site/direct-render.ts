/**
 * The build renders article and listing pages outside Next (scripts/build/direct-render/): this
 * test holds them to Next's own. For the fixture site, and for the adversarial corpus under a site
 * URL with a base path, it runs the build's steps up to the direct render with Next rendering
 * every page (the templates variable left out of its environment), then the direct render in its
 * --compare mode: every page it would write must be Next's, byte for byte, and it must compare
 * every page of those routes but their templates. Article pages changed by one byte must then
 * fail the comparison, so the test cannot pass by comparing nothing.
 *
 * Usage: tsx tests/site/direct-render.ts   (npm test runs it)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_ONLY_VARIABLE } from '../../lib/build-plan/planned-params';
import { RENDER_DIR } from '../../scripts/build/build-state';
import { buildSteps, describeCommand, type BuildStep } from '../../scripts/build/steps';
import { FIXTURES } from '../support/adversarial-tree';
import { scratchProject, type ScratchProject } from './scratch-project';

const DIRECT_STEP = 'direct render';
/** The exported files of the routes the direct render serves (scripts/build/direct-render/routes.ts): articles and listings. */
const DIRECT_FILE = /^(?:(?:articles|tags|authors|sentiment|series|corrections|page)\/.*|index|corrections)\.html$/;

/** The build's own steps up to the article pages, with Next rendering every article and the article step comparing. */
function comparingSteps(): BuildStep[] {
  const steps = buildSteps('.publish/staging', 'public', { full: true });
  const upTo = steps.slice(0, steps.findIndex((step) => step.name === DIRECT_STEP) + 1);
  return upTo.map((step) => {
    if (step.name === DIRECT_STEP) return { ...step, command: [...step.command, '--compare'] };
    if (!step.env?.[TEMPLATES_ONLY_VARIABLE]) return step;
    const { [TEMPLATES_ONLY_VARIABLE]: _template, ...env } = step.env;
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
      if (step.name === DIRECT_STEP) compared = output;
    }
    const [, count, routes] = (/Direct render: (\d+) pages compared with Next into the shells of (\d+) routes/.exec(compared) ?? []).map(Number);
    const render = join(project.root, RENDER_DIR);
    const files = readdirSync(render, { recursive: true, encoding: 'utf8' }).filter((file) => DIRECT_FILE.test(file));
    // Every page of those routes but each route's template was compared.
    if (!count || count !== files.length - routes!)
      throw new Error(`${label}: compared ${count} pages, expected ${files.length} less ${routes} templates:\n${compared}`);
    console.log(`✓ ${label}: ${count} article and listing pages equal to Next's, byte for byte (${routes} templates)`);

    // Pages whose story differs by one byte must fail the comparison, named (the template's is one of them).
    for (const file of files.filter((name) => name.startsWith('articles/'))) {
      const path = join(render, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('</article>', '</article> '));
    }
    const changed = run(project, comparingSteps().at(-1)!, env);
    if (changed.ok || !changed.output.includes(`${RENDER_DIR}/articles/`))
      throw new Error(`${label}: pages changed by one byte passed the comparison:\n${changed.output.slice(-2000)}`);
    console.log(`✓ ${label}: pages changed by one byte fail the comparison`);
  } finally {
    project.remove();
  }
}

checkCorpus('fixture site', join(FIXTURES, 'site/content'), {});
checkCorpus('adversarial corpus under a base path', join(FIXTURES, 'adversarial/escaped/content'), { NEWSDESK_SITE_URL: 'https://news.example.com/desk' });
