/**
 * The content compile (`npm run build:content`): every content file into lib/content/compile/'s
 * store, recompiling only the files that changed since the last compile.
 *
 * Usage: node --import tsx scripts/compile-content.ts [--check] [--watch]
 *        --check  (the build's first step) runs the content check too, before anything is written:
 *                 the check reads the analyses of the bodies the compile parsed, so each body is
 *                 parsed once, and each is compiled in a worker under the check's per-body deadline.
 *                 Any problem fails the step with the check's full report, and nothing is written.
 *        --watch  (npm run dev) compiles again after every change to the content or its images.
 *
 * In the preview (NEWSDESK_PREVIEW=1, lib/content/folders.ts) a file that fails is left out and
 * the rest compiled, so authors keep seeing every other story; the content check lists the problem.
 * In a build, a failing file fails the step, naming the file and line, and nothing is written.
 */
import { join } from 'node:path';
import { buildTime } from '../lib/build-clock';
import { analyseBodiesCached } from '../lib/content/analysis-cache';
import { bodyDeadlineMs } from '../lib/content/analysis-pool';
import { bodiesOf, printProblems, treeProblems } from '../lib/content/check-tree';
import { compileContent, type CompileOptions } from '../lib/content/compile/compile-content';
import { COMPILED_DIR } from '../lib/content/compiled-store';
import { contentFolder, PREVIEW_VARIABLE, publicFolder } from '../lib/content/folders';
import { formatReport } from '../lib/content/report';
import type { SourceFile } from '../lib/content/rules';
import { readSourceFiles } from '../lib/content/source-files';
import { compileCode } from './build/code-print';
import { compileMany } from './compile/compile-pool';
import { runOnEveryChange } from './preview/watch-content';

const root = process.cwd();
const preview = process.env[PREVIEW_VARIABLE] === '1';
const checking = process.argv.includes('--check');
/*
 * The fingerprint of the code this process loaded, taken once: a watcher keeps running the
 * modules it started with, so catalogs it writes after a code change must not claim the new
 * code (the next build then compiles everything again, with it).
 */
const code = compileCode(root);

if (checking && preview) {
  // The check's promise is that nothing is written when a file fails; the preview's is to write the rest.
  console.error(`--check is the build's step, and ${PREVIEW_VARIABLE}=1 the preview's: run the compile with one of them, not both.`);
  process.exit(2);
}

/** The content check, given the analyses of the bodies the compile parsed; the rest come from the check's cache or its workers. */
function checkAfterCompiling(files: SourceFile[]): CompileOptions['check'] {
  return async (compiled) => {
    const analyses = await analyseBodiesCached(root, bodiesOf(files), bodyDeadlineMs(), compiled);
    return treeProblems(root, files, analyses, buildTime()).map(({ file, line, message }) => ({ file, line, message }));
  };
}

/** Compiles once; false when a file failed. */
async function compile(): Promise<boolean> {
  const started = performance.now();
  const files = readSourceFiles(root, contentFolder());
  const report = await compileContent({
    root,
    files,
    code,
    publicFolder: publicFolder(),
    compileMany: compileMany({ deadlineMs: checking ? bodyDeadlineMs() : undefined }),
    skipFailures: preview,
    check: checking ? checkAfterCompiling(files) : undefined,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (checking && report.problems.length > 0) {
    printProblems(report.problems);
    console.error(`${COMPILED_DIR} was left as it was.`);
    return false;
  }
  for (const { file, line, message } of report.problems) console.error(`${file}${line ? `:${line}` : ''}: ${message}`);
  if (report.problems.length > 0 && !preview) {
    console.error(
      `\nThe content compile failed on ${report.problems.length} file(s); ${COMPILED_DIR} was left as it was. Run npm run check:content for every problem.`,
    );
    return false;
  }
  if (checking) console.log(`${formatReport([])} (${files.length} files)`);
  const left = report.problems.length > 0 ? `, ${report.problems.length} left out of the preview` : '';
  console.log(
    `Content ${checking ? 'checked and compiled' : 'compiled'} in ${seconds} s: ${report.compiled} compiled, ${report.reused} unchanged, ${report.removed} removed${left}.`,
  );
  return true;
}

/** In the watcher, an error (a file gone between listing and reading, say) is reported, and the watching goes on. */
async function compileAndReport() {
  try {
    await compile();
  } catch (error) {
    console.error(`The content compile stopped: ${error instanceof Error ? error.message : String(error)}; it runs again at the next change.`);
  }
}

if (process.argv.includes('--watch')) {
  await runOnEveryChange(
    [contentFolder(), publicFolder()].map((folder) => join(root, folder)),
    compileAndReport,
  );
} else if (!(await compile())) {
  process.exit(1);
}
