/**
 * Compiles documents on every core. Starting a worker costs about a second (the body pipeline,
 * React and the components load in each), so a handful of documents (a correction, a new story)
 * is compiled in this process instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompileMany } from '../../lib/content/compile/compile-content';
import type { CompileProblem, SourceDocument } from '../../lib/content/compile/compile-document';
import type { CompiledDocument } from '../../lib/content/compiled-store';
import { siteCompiler } from './site-compiler';

type Result = CompiledDocument | { problem: CompileProblem };

/** Below this many documents, workers would not pay for their start. */
const WORKER_THRESHOLD = 64;

const WORKER_FILE = new URL('./compile-worker.mjs', import.meta.url);

export const compileMany: CompileMany = async (sources) => {
  const workerCount = Math.min(availableParallelism(), Math.ceil(sources.length / WORKER_THRESHOLD));
  if (workerCount <= 1) {
    const compiler = siteCompiler();
    return sources.map((source) => compiler.compile(source));
  }
  const results: Result[] = new Array(sources.length);
  let next = 0;
  const runWorker = async () => {
    const worker = await startWorker();
    try {
      for (let index = next++; index < sources.length; index = next++) results[index] = await compileIn(worker, index, sources[index]!);
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results;
};

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function compileIn(worker: Worker, id: number, source: SourceDocument): Promise<Result> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; result: Result }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(message.result);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, source });
  });
}
