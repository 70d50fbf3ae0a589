/**
 * Validates every article and author against docs/content-format.md without building the site.
 * `npm run build` runs the same check (lib/content/check-tree.ts) in its first step, the content
 * compile (scripts/compile-content.ts --check), so a broken file never reaches Next.js.
 *
 * Usage: tsx scripts/check-content.ts [project-root]
 *        tsx scripts/check-content.ts --watch   (npm run dev: checks again after every change and
 *                                                writes the problems for the preview to show)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildTime } from '../lib/build-clock';
import { analyseBodiesCached } from '../lib/content/analysis-cache';
import { bodyDeadlineMs } from '../lib/content/analysis-pool';
import { bodiesOf, printProblems, treeProblems } from '../lib/content/check-tree';
import { contentFolder, publicFolder } from '../lib/content/folders';
import { PREVIEW_PROBLEMS_FILE } from '../lib/content/preview-problems';
import { formatReport } from '../lib/content/report';
import { readSourceFiles } from '../lib/content/source-files';
import { runOnEveryChange } from './preview/watch-content';

const watching = process.argv.includes('--watch');
const root = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.');

async function check() {
  const files = readSourceFiles(root, contentFolder());
  // The cache lives in the project running the check, whichever content root it checks.
  const analyses = await analyseBodiesCached(process.cwd(), bodiesOf(files), bodyDeadlineMs());
  // The build's clock, which no note or verdict may be dated after; the preview's is each check's
  // own time, so a note written while it runs is not "from the future".
  return { files, problems: treeProblems(root, files, analyses, watching ? new Date() : buildTime()) };
}

if (watching) {
  const problemsFile = join(root, PREVIEW_PROBLEMS_FILE);
  const publish = async () => {
    const { problems } = await check();
    mkdirSync(dirname(problemsFile), { recursive: true });
    writeFileSync(problemsFile, JSON.stringify(problems));
    console.log(
      problems.length > 0 ? formatReport(problems).replace(/Nothing was published;.*$/, 'The preview shows them on every page.') : 'Content check passed.',
    );
  };
  await runOnEveryChange(
    [contentFolder(), publicFolder()].map((folder) => join(root, folder)),
    publish,
  );
} else {
  const { files, problems } = await check();
  if (problems.length > 0) {
    printProblems(problems);
    process.exit(1);
  }
  console.log(`${formatReport(problems)} (${files.length} files)`);
}
