/**
 * Validates every article and author against ../shared/CONTENT.md without building the site.
 * `npm run build` runs it first, so a broken file never reaches contentlayer or Next.js.
 *
 * Usage: tsx scripts/check-content.ts [project-root]
 */
import { resolve } from 'node:path';
import { formatGitHubAnnotations, formatReport } from '../lib/content/report';
import { checkContent } from '../lib/content/rules';
import { publicFolderContext, readSourceFiles } from '../lib/content/source-files';

const root = resolve(process.argv[2] ?? '.');
const files = readSourceFiles(root);
const problems = checkContent(files, publicFolderContext(root));

if (problems.length > 0) {
  console.error(formatReport(problems));
  // On GitHub Actions the same problems also become annotations on the pull request's diff.
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGitHubAnnotations(problems));
  process.exit(1);
}
console.log(`${formatReport(problems)} (${files.length} files)`);
