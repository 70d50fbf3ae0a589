import { buildSteps, CONTENT_COMPILE_STEP } from '../build/steps';

/** What one benchmark run measured for one corpus size. */
export interface BenchResult {
  articles: number;
  /** Seconds per build step, keyed by the step's name (scripts/build/steps.ts; older results: its command). */
  steps: Record<string, number>;
  totalSeconds: number;
  peakMegabytes: number;
  outMegabytes: number;
  /** Files in out/ (older results: not counted). */
  outFiles?: number;
  pages: number;
  article: { htmlGzipBytes: number; scriptGzipBytes: number };
  home: { htmlGzipBytes: number; scriptGzipBytes: number };
  /** After one article is edited: the content compile step alone, and the whole build (results older than incremental builds). */
  rebuild?: { contentSeconds: number; totalSeconds: number };
  /** Incremental builds after the cold one, from the start of `npm run build` to out/ replaced (not always measured). */
  /**
   * Seconds from the start of each build to the swap that puts its site in out/, and (recorded
   * since the build deletes the previous site after the swap) to the build's end.
   */
  publish?: { correctionSeconds: number; newArticleSeconds: number; correctionFinishedSeconds?: number; newArticleFinishedSeconds?: number };
}

/** Cold builds of one corpus by this tree and by an earlier commit, alternating (npm run bench -- --against). */
export interface ColdComparison {
  articles: number;
  /** The earlier commit, abbreviated. */
  against: string;
  /** Every run's seconds, in the order they ran. */
  currentSeconds: number[];
  againstSeconds: number[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGigabytes: number;
  node: string;
  os: string;
  date: string;
}

export interface BenchRecord {
  machine: Machine;
  results: BenchResult[];
  comparisons?: ColdComparison[];
}

/** The targets of issue 6, checked against each result; sizes without a build-time target have none. */
const BUILD_SECONDS_TARGET: Record<number, number> = { 1000: 40, 5000: 180, 20000: 720 };
/** Issue 6's limits, and issue 15's 4 GB for a cold build of 20,000 articles. */
const PEAK_MEGABYTES_TARGET: Record<number, number> = { 5000: 2048, 20000: 4096 };
/** Issue 15: seconds from the start of a build to a correction, and a new article, being in out/. */
export const PUBLISH_SECONDS_TARGET: Record<number, { correction: number; newArticle: number }> = {
  1000: { correction: 30, newArticle: 30 },
  20000: { correction: 60, newArticle: 120 },
};
/** Issue 15: a cold build takes at most half the time of the commit it is compared with. */
export const COLD_RATIO_TARGET = 0.5;
/** The bare framework runtime (133 kB gzip, measured with `next build --webpack`) plus 10 kB of our own. */
export const ARTICLE_SCRIPT_BUDGET_BYTES = 143_000;
export const HOME_HTML_BUDGET_BYTES = 60_000;
/** Issue 15: all of out/ divided by the articles, in kB (1,000 bytes). */
export const OUT_KILOBYTES_PER_ARTICLE_TARGET = 150;

/** All of out/ (pages, cards, listings, search index, scripts) divided by the articles. */
export const outKilobytesPerArticle = (result: BenchResult) => (result.outMegabytes * 2 ** 20) / 1000 / result.articles;

/** A new run replaces earlier results for the same corpus sizes and keeps the others. */
export function mergeResults<R extends { articles: number }>(previous: readonly R[], latest: readonly R[]): R[] {
  const sizes = new Set(latest.map((result) => result.articles));
  return [...previous.filter((result) => !sizes.has(result.articles)), ...latest].sort((a, b) => a.articles - b.articles);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** This tree's median cold build over the earlier commit's. */
export const coldRatio = ({ currentSeconds, againstSeconds }: ColdComparison) => median(currentSeconds) / median(againstSeconds);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (value: number) => (value >= 120 ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s` : `${value.toFixed(1)} s`);
const megabytes = (value: number) => (value >= 1024 ? `${(value / 1024).toFixed(2)} GB` : `${Math.round(value)} MB`);
const verdict = (value: number, limit: number | undefined) => (limit === undefined ? '' : value <= limit ? ' ✓' : ` ✗ (target ${limit})`);

/**
 * The column a step's time goes in. Results recorded before the build had named steps are keyed
 * by command (`npm run build:feeds`); they share the column of the step that runs that command now.
 */
export function stepColumn(key: string): string {
  const commands: Array<[RegExp, string]> = [
    [/check:content/, 'content check'],
    [/build:content|compile-content|contentlayer2? build/, 'content compile'],
    [/next build|next-build/, 'Next build'],
    [/build:feeds/, 'feeds'],
    [/build:search|pagefind/, 'search index'],
    [/build:hosting/, 'hosting files'],
  ];
  return commands.find(([pattern]) => pattern.test(key))?.[1] ?? key;
}

/** When the build ended, after deleting the previous site, if recorded. */
const finished = (totalSeconds: number | undefined) => (totalSeconds === undefined ? '' : ` (build ends at ${seconds(totalSeconds)})`);

const stepSeconds = (result: BenchResult, column: string) => Object.entries(result.steps).find(([key]) => stepColumn(key) === column)?.[1];

export function renderTables({ machine, results, comparisons }: BenchRecord): string {
  // In the order the build runs its steps; a column only older results have goes last.
  const order = buildSteps('staging').map((step) => step.name);
  // The check and the compile were two steps side by side before they became one: their columns stand where it does.
  const current = (column: string) => (column === 'content check' || column === 'content compile' ? CONTENT_COMPILE_STEP : column);
  const position = (column: string) => (order.includes(current(column)) ? order.indexOf(current(column)) : order.length);
  const columns = [...new Set(results.flatMap((result) => Object.keys(result.steps).map(stepColumn)))].sort((a, b) => position(a) - position(b));
  const header = ['articles', ...columns, 'total build', 'peak memory', '`out/`', '`out/` per article', 'pages'];
  const rows = results.map((result) => [
    result.articles.toLocaleString('en'),
    ...columns.map((column) => {
      const value = stepSeconds(result, column);
      return value === undefined ? '–' : seconds(value);
    }),
    seconds(result.totalSeconds) + verdict(result.totalSeconds, BUILD_SECONDS_TARGET[result.articles]),
    megabytes(result.peakMegabytes) + (PEAK_MEGABYTES_TARGET[result.articles] ? verdict(result.peakMegabytes, PEAK_MEGABYTES_TARGET[result.articles]) : ''),
    megabytes(result.outMegabytes) + (result.outFiles === undefined ? '' : `, ${result.outFiles.toLocaleString('en')} files`),
    `${Math.round(outKilobytesPerArticle(result))} kB${verdict(outKilobytesPerArticle(result), OUT_KILOBYTES_PER_ARTICLE_TARGET)}`,
    result.pages.toLocaleString('en'),
  ]);
  const publishHeader = ['articles', 'a correction in `out/`', 'a new article in `out/`', 'full rebuild after one edit (content / total)'];
  const publishRows = results.map(({ articles, publish, rebuild }) => {
    const target = PUBLISH_SECONDS_TARGET[articles];
    return [
      articles.toLocaleString('en'),
      publish
        ? seconds(publish.correctionSeconds) + verdict(publish.correctionSeconds, target?.correction) + finished(publish.correctionFinishedSeconds)
        : 'not measured',
      publish
        ? seconds(publish.newArticleSeconds) + verdict(publish.newArticleSeconds, target?.newArticle) + finished(publish.newArticleFinishedSeconds)
        : 'not measured',
      rebuild ? `${seconds(rebuild.contentSeconds)} / ${seconds(rebuild.totalSeconds)}` : '–',
    ];
  });
  const weightHeader = ['articles', 'article HTML (gzip)', 'article JS (gzip)', 'home HTML (gzip)', 'home JS (gzip)'];
  const weightRows = results.map((result) => [
    result.articles.toLocaleString('en'),
    kB(result.article.htmlGzipBytes),
    kB(result.article.scriptGzipBytes) + (result.article.scriptGzipBytes <= ARTICLE_SCRIPT_BUDGET_BYTES ? ' ✓' : ' ✗'),
    kB(result.home.htmlGzipBytes) + (result.home.htmlGzipBytes <= HOME_HTML_BUDGET_BYTES ? ' ✓' : ' ✗'),
    kB(result.home.scriptGzipBytes),
  ]);
  const table = (head: string[], body: string[][]) => [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  return [
    `Measured ${machine.date} on ${machine.cores} × ${machine.cpu}, ${machine.memoryGigabytes} GB RAM, ${machine.os}, Node ${machine.node}.`,
    '',
    '### Build',
    '',
    table(header, rows),
    '',
    '### Publishing one story (incremental builds)',
    '',
    table(publishHeader, publishRows),
    '',
    '### Page weight',
    '',
    table(weightHeader, weightRows),
    ...comparisonTable(comparisons ?? []),
  ].join('\n');
}

/** Cold builds side by side with an earlier commit: medians, the ratio, and every run. */
function comparisonTable(comparisons: readonly ColdComparison[]): string[] {
  if (comparisons.length === 0) return [];
  const rows = comparisons.map((comparison) => {
    const ratio = coldRatio(comparison);
    const runs = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
    return `| ${comparison.articles.toLocaleString('en')} | ${comparison.against} | ${seconds(median(comparison.currentSeconds))} (${runs(comparison.currentSeconds)}) | ${seconds(median(comparison.againstSeconds))} (${runs(comparison.againstSeconds)}) | ${ratio.toFixed(2)}${verdict(ratio, COLD_RATIO_TARGET)} |`;
  });
  return [
    '',
    '### Cold build against an earlier commit (alternating runs, medians)',
    '',
    '| articles | earlier commit | this tree (every run, s) | earlier commit (every run, s) | ratio |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

export const TABLES_START = '<!-- bench:start (written by npm run bench; edit the text around it) -->';
export const TABLES_END = '<!-- bench:end -->';

/** Puts fresh tables between the markers of docs/performance.md, keeping the prose around them. */
export function replaceTables(document: string, tables: string): string {
  const start = document.indexOf(TABLES_START);
  const end = document.indexOf(TABLES_END);
  if (start === -1 || end < start) return `${document.trimEnd()}\n\n${TABLES_START}\n${tables}\n${TABLES_END}\n`;
  return `${document.slice(0, start + TABLES_START.length)}\n${tables}\n${document.slice(end)}`;
}
