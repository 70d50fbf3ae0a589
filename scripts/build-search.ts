/**
 * The search index: Pagefind, run once per shard of the article pages (lib/build-plan/search-shards.ts)
 * into <folder>/pagefind/<shard>/, and the list of shards the search page reads (lib/search-index.ts).
 *
 * Given the running build's plan (--plan), an incremental build keeps every shard whose pages and
 * code are unchanged: its files are hard links to out/'s, which no step edits. Only the shards
 * holding a page the build renders, adds or deletes are indexed again. Without a plan, or when the
 * plan is a full build, every shard is indexed.
 *
 * Usage: tsx scripts/build-search.ts [folder] [--plan FILE]   (the exported folder, out by default)
 * NEWSDESK_SEARCH_SHARD_ARTICLES sets the articles a shard holds (tests use a few, for many shards).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pageOfExportFile } from '../lib/build-plan/paths';
import { type PlanFile, readPlanFile } from '../lib/build-plan/planned-params';
import { ARTICLES_PER_SEARCH_SHARD, planSearchShards, type PlannedSearchShard } from '../lib/build-plan/search-shards';
import { isSearchShardList, type SearchShardList } from '../lib/search-index';
import { SEARCH_INDEX_PATH, SEARCH_SHARDS_PATH } from '../lib/urls';
import { writeFileAtomically } from '../lib/write-atomically';
import { linkTree } from './build/link-tree';
import { SEARCH_SHARD_VARIABLE, SEARCHED_PAGES_FOLDER } from './build/steps';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { plan: { type: 'string' } } });
const root = process.cwd();
const site = resolve(positionals[0] ?? 'out');
const out = join(root, 'out');
const indexFolder = (base: string) => join(base, SEARCH_INDEX_PATH.slice(1));
/** Each shard's pages, laid out as hard links for Pagefind to read as a site of their own. */
const inputs = join(root, '.publish/search-input');

function articlePages(): string[] {
  const folder = join(site, SEARCHED_PAGES_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .map((name) => pageOfExportFile(`${SEARCHED_PAGES_FOLDER}/${name}`));
}

/** The shards in out/, when the plan takes unchanged files from out/ (otherwise none is trusted). */
function previousShards(planFile: PlanFile | undefined): SearchShardList | undefined {
  if (!planFile || site === out || planFile.plan.kind !== 'partial') return undefined;
  try {
    const list: unknown = JSON.parse(readFileSync(join(out, SEARCH_SHARDS_PATH), 'utf8'));
    return isSearchShardList(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each Pagefind run is a process group of its own: the npm launcher runs the native binary, and
 * passes on no signal, so stopping a run means stopping its group.
 */
const running = new Set<ChildProcess>();
const stopRunning = () => {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group has ended already.
    }
  }
};
/** A build stopped (or a stage's other step failed): stop Pagefind too, then end as the signal would. */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopRunning();
    rmSync(inputs, { recursive: true, force: true });
    process.kill(process.pid, signal);
  });
}

/** Pagefind over one shard's pages; its output is printed only when it fails. */
function indexShard(shard: PlannedSearchShard): Promise<void> {
  const input = join(inputs, shard.folder);
  for (const page of shard.pages) {
    const file = `${page.slice(1)}.html`;
    mkdirSync(dirname(join(input, file)), { recursive: true });
    linkSync(join(site, file), join(input, file));
  }
  const args = ['--site', input, '--glob', `${SEARCHED_PAGES_FOLDER}/*.html`, '--output-path', join(indexFolder(site), shard.folder)];
  return new Promise((done, fail) => {
    // The project's own Pagefind, whether or not npm put node_modules/.bin on the PATH.
    const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
    const pagefind = spawn('pagefind', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
    running.add(pagefind);
    let log = '';
    pagefind.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    pagefind.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    pagefind.on('error', fail);
    pagefind.on('close', (code, signal) => {
      running.delete(pagefind);
      if (code === 0) return done();
      const ended = signal ? `stopped by ${signal}` : `exit code ${code}`;
      fail(new Error(`Pagefind failed on search shard ${shard.folder} (${shard.articles} articles), ${ended}:\n${log}`));
    });
  });
}

/**
 * Each run is itself multi-threaded and peaks near 600 MB over 2,500 articles: a few at once use
 * a machine's cores without a large one's memory running out.
 */
const MAX_RUNS = 4;

/** Indexes the shards, a few at once; after a failure no shard is started, the running ones are stopped, and the first failure is thrown. */
async function indexAll(shards: PlannedSearchShard[]) {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    for (let shard = shards[next++]; shard && failures.length === 0; shard = shards[next++]) {
      try {
        await indexShard(shard);
      } catch (error) {
        // The first failure is the one to report; the runs it stops fail after it.
        if (failures.push(error) === 1) stopRunning();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), MAX_RUNS, shards.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/** The articles a shard holds, from NEWSDESK_SEARCH_SHARD_ARTICLES when set. */
function articlesPerShard(): number {
  const setting = process.env[SEARCH_SHARD_VARIABLE];
  if (setting === undefined) return ARTICLES_PER_SEARCH_SHARD;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${SEARCH_SHARD_VARIABLE}=${setting}: expected a whole number of articles, at least 1`);
  return value;
}

const started = performance.now();
try {
  const planFile = values.plan ? readPlanFile(values.plan) : undefined;
  const shards = planSearchShards({
    pages: articlePages(),
    perShard: articlesPerShard(),
    // Prints describe this build's pages; out/ itself (no build running) gets none, so no build keeps its shards.
    prints: planFile && site !== out ? { code: planFile.state.code, pages: planFile.state.pages } : undefined,
    previous: previousShards(planFile),
  });
  // A shard the list calls unchanged but whose files are gone from out/ is indexed again.
  const kept = shards.filter((shard) => shard.keep && existsSync(join(indexFolder(out), shard.folder, 'pagefind-entry.json')));
  const indexed = shards.filter((shard) => !kept.includes(shard));
  rmSync(indexFolder(site), { recursive: true, force: true });
  rmSync(inputs, { recursive: true, force: true });
  for (const shard of kept) linkTree(join(indexFolder(out), shard.folder), join(indexFolder(site), shard.folder));
  await indexAll(indexed);
  const list: SearchShardList = { shards: shards.map(({ folder, articles, print }) => ({ folder, articles, print })) };
  writeFileAtomically(join(site, SEARCH_SHARDS_PATH), `${JSON.stringify(list, null, 1)}\n`);
  const articles = indexed.reduce((sum, shard) => sum + shard.articles, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Search index: ${indexed.length} of ${shards.length} shards indexed (${articles} articles), ${kept.length} kept from out/, in ${seconds} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nSearch index step failed${values.plan ? ` (build plan: ${values.plan})` : ''}.`);
  process.exitCode = 1;
} finally {
  rmSync(inputs, { recursive: true, force: true });
}
