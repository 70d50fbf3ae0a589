/**
 * Compiles documents on every core. Starting a worker costs about a second (the body pipeline,
 * React and the components load in each), so a handful of documents (a correction, a new story)
 * is compiled in this process instead, unless each must finish within a deadline: only a worker
 * can be stopped when a body takes too long to parse (lib/content/analysis-pool.ts says why).
 */
import { availableParallelism } from 'node:os';
import type { CompileMany } from '../../lib/content/compile/compile-content';
import { tooSlow } from '../../lib/content/analysis-pool';
import { runInWorkers } from '../../lib/worker-pool';
import { siteCompiler } from './site-compiler';

/** Below this many documents a second worker would not pay for its start. */
const DOCUMENTS_PER_WORKER = 64;

const WORKER_FILE = new URL('./compile-worker.mjs', import.meta.url);

/** A compile of many documents; with `deadlineMs`, a document that takes longer is refused with the body's own message. */
export function compileMany({ deadlineMs }: { deadlineMs?: number } = {}): CompileMany {
  return async (sources) => {
    const workerCount = Math.min(availableParallelism(), Math.ceil(sources.length / DOCUMENTS_PER_WORKER));
    if (deadlineMs === undefined && workerCount <= 1) {
      const compiler = siteCompiler();
      return sources.map((source) => compiler.compile(source));
    }
    const deadline = deadlineMs === undefined ? undefined : { ms: deadlineMs, output: () => refusedAsTooSlow(deadlineMs) };
    return runInWorkers(WORKER_FILE, sources, Math.max(1, workerCount), { deadline, nameOf: (source) => source.contentFile });
  };
}

function refusedAsTooSlow(deadlineMs: number) {
  const analysis = tooSlow(deadlineMs);
  return { problem: analysis.issues[0]!, analysis };
}
