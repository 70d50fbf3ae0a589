/**
 * The content check of a whole tree: every rule of docs/content-format.md (./rules.ts) over its
 * files, and the image folders' own files. The check (`npm run check:content`, the preview) and the
 * build's content compile (scripts/compile-content.ts --check) both run it; they differ only in
 * where each body's analysis comes from: the analysis pool, or the compile that parsed the body.
 */
import type { BodyToAnalyse } from './analysis-pool';
import { publicFolder } from './folders';
import type { MdxAnalysis } from './mdx-analysis';
import { formatGitHubAnnotations, formatReport } from './report';
import { checkContent, type ContentProblem, frontmatterOf, type SourceFile } from './rules';
import { publicFileProblems, publicFolderContext } from './source-files';

/** The bodies the check reads: those of files whose frontmatter it could read, keyed by file. */
export function bodiesOf(files: readonly SourceFile[]): BodyToAnalyse[] {
  return files.flatMap((file) => {
    const parsed = file.refusal ? undefined : frontmatterOf(file);
    return parsed && !('problem' in parsed) ? [{ key: file.path, body: parsed.body }] : [];
  });
}

/**
 * Every problem of the tree under `root`, given each body's analysis (bodiesOf's keys). `now` is
 * the clock no note or verdict may be dated after: the build's, or the preview's own.
 */
export function treeProblems(root: string, files: SourceFile[], analyses: ReadonlyMap<string, MdxAnalysis>, now: Date): ContentProblem[] {
  const context = { ...publicFolderContext(root, publicFolder()), now, analysisOf: (path: string) => analyses.get(path) };
  // Next.js publishes public/ whatever the setting, so it is checked even when the images come from elsewhere.
  const imageFolders = [...new Set(['public', publicFolder()])];
  return [...checkContent(files, context), ...imageFolders.flatMap((folder) => publicFileProblems(root, folder))];
}

/** A failed check's report on stderr; on GitHub Actions the same problems also become annotations on the pull request's diff. */
export function printProblems(problems: ContentProblem[]): void {
  console.error(formatReport(problems));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatGitHubAnnotations(problems));
}
