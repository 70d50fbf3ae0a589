/**
 * Compiles documents on every core. Starting a worker costs about a second (the body pipeline,
 * React and the components load in each), so a handful of documents (a correction, a new story)
 * is compiled in this process instead.
 */
import { availableParallelism } from 'node:os';
import type { CompileMany } from '../../lib/content/compile/compile-content';
import { runInWorkers } from '../../lib/worker-pool';
import { siteCompiler } from './site-compiler';

/** Below this many documents a second worker would not pay for its start. */
const DOCUMENTS_PER_WORKER = 64;

const WORKER_FILE = new URL('./compile-worker.mjs', import.meta.url);

export const compileMany: CompileMany = async (sources) => {
  const workerCount = Math.min(availableParallelism(), Math.ceil(sources.length / DOCUMENTS_PER_WORKER));
  if (workerCount <= 1) {
    const compiler = siteCompiler();
    return sources.map((source) => compiler.compile(source));
  }
  return runInWorkers(WORKER_FILE, sources, workerCount);
};
