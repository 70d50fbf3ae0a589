/**
 * Validates every article and author against docs/content-format.md without building the site.
 * `npm run build` runs it first (beside the content compile), so a broken file never reaches Next.js.
 *
 * Usage: tsx scripts/check-content.ts [project-root]
 *        tsx scripts/check-content.ts --watch   (npm run dev: checks again after every change and
 *                                                writes the problems for the preview to show)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildTime } from '../lib/build-clock';
import { analyseBodiesCached } from '../lib/content/analysis-cache';
import { DEFAULT_BODY_DEADLINE_MS } from '../lib/content/analysis-pool';
import { contentFolder, publicFolder } from '../lib/content/folders';
import { PREVIEW_PROBLEMS_FILE } from '../lib/content/preview-problems';
import { formatGitHubAnnotations, formatReport } from '../lib/content/report';
import { checkContent, frontmatterOf } from '../lib/content/rules';
import { publicFileProblems, publicFolderContext, readSourceFiles } from '../lib/content/source-files';
import { runOnEveryChange } from './preview/watch-content';

const watching = process.argv.includes('--watch');
const root = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '.');

/** NEWSDESK_CHECK_BODY_DEADLINE_MS shortens the per-body deadline, for tests. */
const deadlineMs = Number(process.env.NEWSDESK_CHECK_BODY_DEADLINE_MS) || DEFAULT_BODY_DEADLINE_MS;

async function check() {
  const files = readSourceFiles(root, contentFolder());
  const bodies = files.flatMap((file) => {
    const parsed = file.refusal ? undefined : frontmatterOf(file);
    return parsed && !('problem' in parsed) ? [{ key: file.path, body: parsed.body }] : [];
  });
  // The cache lives in the project running the check, whichever content root it checks.
  const analyses = await analyseBodiesCached(process.cwd(), bodies, deadlineMs);
  // The build's clock, which no note or verdict may be dated after; the preview's is each check's
  // own time, so a note written while it runs is not "from the future".
  const context = { ...publicFolderContext(root, publicFolder()), now: watching ? new Date() : buildTime(), analysisOf: (path: string) => analyses.get(path) };
  // Next.js publishes public/ whatever the setting, so it is checked even when the images come from elsewhere.
  const imageFolders = [...new Set(['public', publicFolder()])];
  return { files, problems: [...checkContent(files, context), ...imageFolders.flatMap((folder) => publicFileProblems(root, folder))] };
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
    console.error(formatReport(problems));
    // On GitHub Actions the same problems also become annotations on the pull request's diff.
    if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGitHubAnnotations(problems));
    process.exit(1);
  }
  console.log(`${formatReport(problems)} (${files.length} files)`);
}
