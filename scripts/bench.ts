/**
 * Builds synthetic archives of several sizes in scratch copies of the project and prints what
 * each build cost: time per build step, peak memory, the size of out/, pages, and what the
 * article and home pages weigh; then how long publishing one story takes, as incremental builds
 * after a correction to one article and after a new article. With --against, it also times cold
 * builds of the same corpus by an earlier commit and by this tree, taking turns. The figures go
 * to docs/benchmark-results.json and into the tables of docs/performance.md.
 *
 * Usage: tsx scripts/bench.ts [--no-rebuild] [--keep] [--against COMMIT [--runs N]] [articles ...]   (default: 200 1000 5000)
 *        --no-rebuild skips the incremental builds after the cold one.
 *        --against COMMIT: N cold builds each (default 3) of this tree and of COMMIT, alternating.
 *        --keep leaves each size's scratch project (content, .next, out/ and build state) for profiling.
 *        BENCH_DIR=/path to build somewhere other than the system's temporary folder.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { compareColdBuilds } from './bench/cold-comparison';
import { pageWeight } from './bench/page-weight';
import { type BenchRecord, type BenchResult, type ColdComparison, mergeResults, renderTables, replaceTables } from './bench/results';
import { runMeasured } from './bench/run-measured';
import { BUILD_TIME_VARIABLE } from '../lib/build-clock';
import { buildAndPublish, stagesOf, stepEnvironment } from './build/run-build';
import { buildSteps } from './build/steps';

const root = process.cwd();
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-rebuild': { type: 'boolean' }, keep: { type: 'boolean' }, against: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const measurePublish = !options['no-rebuild'];
const comparisonRuns = Number(options.runs);
const sizes = positionals.map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(comparisonRuns) || comparisonRuns < 1) {
  console.error('Usage: tsx scripts/bench.ts [--no-rebuild] [--keep] [--against COMMIT [--runs N]] [articles ...]');
  process.exit(1);
}
const corpusSizes = sizes.length > 0 ? sizes : [200, 1000, 5000];
const resultsFile = join(root, 'docs', 'benchmark-results.json');
const performanceDoc = join(root, 'docs', 'performance.md');

const env = { NEXT_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` };

/** What is copied into a scratch project: everything but content, dependencies and build output. */
const LEFT_OUT = new Set(['node_modules', '.git', 'content', 'out', '.publish', '.next', '.newsdesk', 'test-results', 'playwright-report', 'screenshots']);

function scratchProject(articles: number): string {
  const dir = join(process.env.BENCH_DIR ?? tmpdir(), `newsdesk-bench-${articles}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(root, dir, { recursive: true, filter: (source) => !LEFT_OUT.has(relative(root, source).split('/')[0]!) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function folderMegabytes(dir: string): number {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0) / 2 ** 20;
}

const countFiles = (outDir: string, suffix = '') =>
  readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).length;

/** The build exactly as `npm run build` runs it (the same steps, staging and publish), each step measured. */
async function build(dir: string) {
  const steps: Record<string, number> = {};
  // Steps of one stage run at once (scripts/build/run-build.ts): their peaks are added up, an upper
  // bound of what they held together.
  const stageOf = new Map(stagesOf(buildSteps('staging')).flatMap((stage, index) => stage.map((step) => [step.name, index] as const)));
  const stagePeaks = new Map<number | string, number>();
  let peakMegabytes = 0;
  const started = performance.now();
  // Each build publishes at its own time, as a newsroom's would: the new article, dated a minute
  // ago, is published by the build after it, not scheduled by the clock of the benchmark's start.
  process.env[BUILD_TIME_VARIABLE] = new Date().toISOString();
  const { publishedSeconds } = await buildAndPublish({
    root: dir,
    steps: buildSteps,
    run: async (step, cwd) => {
      const measurement = await runMeasured(step.command, cwd, { ...stepEnvironment(step, cwd), ...env });
      steps[step.name] = measurement.seconds;
      console.log(`✓ ${step.name}: ${measurement.seconds.toFixed(1)} s, peak ${Math.round(measurement.peakMegabytes)} MB`);
      const stage = stageOf.get(step.name) ?? step.name;
      stagePeaks.set(stage, (stagePeaks.get(stage) ?? 0) + measurement.peakMegabytes);
      peakMegabytes = Math.max(peakMegabytes, stagePeaks.get(stage)!);
    },
  });
  return { steps, peakMegabytes, publishedSeconds, totalSeconds: (performance.now() - started) / 1000 };
}

/** A typical correction: one sentence added to one published article. */
function editOneArticle(dir: string) {
  const folder = join(dir, 'content', 'articles');
  const file = readdirSync(folder, { recursive: true })
    .map(String)
    .find((name) => name.endsWith('.mdx'))!;
  appendFileSync(join(folder, file), '\nCorrection: an earlier version of this article misstated a figure.\n');
}

/** A new story, dated a minute ago so that it is the newest and published: one of the corpus's, retitled. */
function addNewArticle(dir: string) {
  const folder = join(dir, 'content', 'articles');
  const model = readdirSync(folder, { recursive: true })
    .map(String)
    .find((name) => name.endsWith('.mdx'))!;
  const date = new Date(Date.now() - 60_000).toISOString();
  const story = readFileSync(join(folder, model), 'utf8')
    .replace(/^title: .*$/m, 'title: A story the benchmark publishes')
    .replace(/^date: .*$/m, `date: '${date}'`);
  mkdirSync(join(folder, date.slice(0, 4)), { recursive: true });
  writeFileSync(join(folder, date.slice(0, 4), 'benchmark-new-story.mdx'), story);
}

const comparisons: ColdComparison[] = [];

async function benchmark(articles: number): Promise<BenchResult> {
  console.log(`\n=== ${articles.toLocaleString('en')} articles ===`);
  const dir = scratchProject(articles);
  await runMeasured(['tsx', 'scripts/generate-corpus.ts', '.', String(articles)], dir, env);
  const cold = await build(dir);
  const outDir = join(dir, 'out');
  const firstArticle = readdirSync(join(outDir, 'articles')).find((name) => name.endsWith('.html'))!;
  const result: BenchResult = {
    articles,
    ...cold,
    outMegabytes: folderMegabytes(outDir),
    outFiles: countFiles(outDir),
    pages: countFiles(outDir, '.html'),
    article: pageWeight(outDir, join('articles', firstArticle)),
    home: pageWeight(outDir, 'index.html'),
  };
  if (measurePublish) {
    console.log('\nPublishing a correction to one article:');
    editOneArticle(dir);
    const correction = await build(dir);
    console.log('\nPublishing a new article:');
    addNewArticle(dir);
    const newArticle = await build(dir);
    // In out/ at the swap; the build then deletes the previous site (its finishing time is shown beside).
    result.publish = {
      correctionSeconds: correction.publishedSeconds,
      newArticleSeconds: newArticle.publishedSeconds,
      correctionFinishedSeconds: correction.totalSeconds,
      newArticleFinishedSeconds: newArticle.totalSeconds,
    };
  }
  if (options.against) {
    comparisons.push(await compareColdBuilds({ root, current: dir, against: options.against, articles, runs: comparisonRuns, env }));
  }
  if (options.keep) console.log(`Kept ${dir}: a further npm run build there is an incremental build of this corpus.`);
  else rmSync(dir, { recursive: true, force: true });
  return result;
}

const latest: BenchResult[] = [];
for (const articles of corpusSizes) latest.push(await benchmark(articles));

const previous: BenchRecord | undefined = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
const record: BenchRecord = {
  machine: {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGigabytes: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    os: `${type()} ${release()}`,
    date: new Date().toISOString().slice(0, 10),
  },
  results: mergeResults(previous?.results ?? [], latest),
  comparisons: mergeResults(previous?.comparisons ?? [], comparisons),
};
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(record, null, 2)}\n`);
const tables = renderTables(record);
writeFileSync(performanceDoc, replaceTables(existsSync(performanceDoc) ? readFileSync(performanceDoc, 'utf8') : '# Performance\n', tables));
console.log(`\n${tables}\n\nWritten to ${relative(root, resultsFile)} and ${relative(root, performanceDoc)}.`);
