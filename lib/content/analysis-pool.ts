import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MdxAnalysis } from './mdx-analysis';

/*
 * Markdown parsing time can grow much faster than a file: the text scan before parsing
 * (body-prescan.ts) refuses the shapes we know, but a red-team found others (2,400 lines of
 * "- > a" took 7 s, twice that 64 s; emphasis runs exhaust the stack after minutes). So the
 * content check reads bodies in worker threads, one per core, each body against a deadline: a body
 * that takes longer is refused, naming its file, and its worker is replaced. A file can no longer
 * hold the check, or the build behind it, for hours. It also spreads the check over every core.
 */

/** Ordinary bodies take milliseconds; this leaves room for a slow, shared machine. */
export const DEFAULT_BODY_DEADLINE_MS = 20_000;

export interface BodyToAnalyse {
  key: string;
  body: string;
}

const WORKER_FILE = new URL('./analysis-worker.mjs', import.meta.url);

const tooSlow = (deadlineMs: number): MdxAnalysis => ({
  analystComments: [],
  mastheads: [],
  references: [],
  leadParagraph: '',
  issues: [
    {
      line: undefined,
      message: `the body took more than ${deadlineMs / 1000} s to read, so its formatting is too complex to publish safely; simplify nested lists, quotes and emphasis`,
    },
  ],
});

/** Analyses every body in parallel; resolves to one analysis per key. */
export async function analyseBodies(bodies: readonly BodyToAnalyse[], deadlineMs = DEFAULT_BODY_DEADLINE_MS): Promise<Map<string, MdxAnalysis>> {
  const results = new Map<string, MdxAnalysis>();
  // No worker to start (each costs a second of loading) when there is nothing to read.
  if (bodies.length === 0) return results;
  const queue = [...bodies.keys()];
  const workerCount = Math.min(availableParallelism(), bodies.length);

  const runWorker = async (): Promise<void> => {
    let worker = await startWorker();
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const { key, body } = bodies[index]!;
      const analysis = await analyseOne(worker, index, body, deadlineMs);
      if (analysis) {
        results.set(key, analysis);
      } else {
        results.set(key, tooSlow(deadlineMs));
        await worker.terminate();
        worker = await startWorker();
      }
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results;
}

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

/** The analysis, or undefined when the deadline passed first. */
function analyseOne(worker: Worker, id: number, body: string, deadlineMs: number): Promise<MdxAnalysis | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(undefined), deadlineMs);
    const onMessage = (message: { id: number; analysis: MdxAnalysis }) => {
      if (message.id === id) finish(message.analysis);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    function cleanUp() {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    }
    function finish(analysis: MdxAnalysis | undefined) {
      cleanUp();
      resolve(analysis);
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, body });
  });
}
