/**
 * Gives exported pages their script policy (lib/security/page-policy.ts), on every core: parsing a
 * page takes over a millisecond of CPU (1.3 ms on the benchmark's pages at 1,000 articles, more on
 * a loaded machine), most of a minute for the 32,000 pages of a cold build at 20,000 articles. A handful of pages (an incremental build's) are done in this process, since a worker
 * takes about half a second to load the parser.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { addPagePolicy } from '../../lib/security/page-policy';
import { replaceFile } from './replace-file';
import { runInWorkers } from '../../lib/worker-pool';

/** Below this many pages a second worker would not pay for its start. */
const PAGES_PER_WORKER = 200;

const WORKER_FILE = new URL('./page-policy-worker.mjs', import.meta.url);

export type PolicyOutcome = { scripts: number } | { error: string };

/** One page: its policy written in (by replacing the file), or what is wrong with it, naming it. */
export function givePagePolicy(path: string): PolicyOutcome {
  try {
    const original = readFileSync(path, 'utf8');
    const { html, scriptHashes, strayScripts } = addPagePolicy(original);
    // The sanitiser should have removed it; the browser would refuse it, but the page would
    // then differ from what its author saw, so the build stops and says where.
    if (strayScripts.length > 0)
      throw new Error(`an inline script inside the page's content, which no policy allows: ${strayScripts.map((text) => JSON.stringify(text)).join(', ')}`);
    // Pages an incremental build carried over are hard links into out/: replaced, never edited.
    replaceFile(path, html, original);
    return { scripts: scriptHashes.length };
  } catch (error) {
    return { error: `${relative(process.cwd(), path)}: ${(error as Error).message}` };
  }
}

/** Every page; resolves to the number of inline scripts hashed, or throws naming the first page that failed. */
export async function givePagePolicies(paths: readonly string[]): Promise<number> {
  const workerCount = Math.min(availableParallelism(), Math.ceil(paths.length / PAGES_PER_WORKER));
  const outcomes = workerCount <= 1 ? paths.map(givePagePolicy) : await runInWorkers<string, PolicyOutcome>(WORKER_FILE, paths, workerCount);
  const failed = outcomes.find((outcome) => 'error' in outcome);
  if (failed) throw new Error(failed.error);
  return outcomes.reduce((sum, outcome) => sum + ('scripts' in outcome ? outcome.scripts : 0), 0);
}
