/**
 * Draws share cards on worker threads, one per core by default: Satori and sharp keep a thread
 * busy for about 26 ms a card, and the build has nothing else to do meanwhile. Each worker takes
 * the next card as soon as it finishes one, so cards that take longer (CJK titles) do not hold
 * up a whole share of the list. The first failure stops every worker and rejects with the
 * failing card's content file in the message.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob } from '../../lib/social-cards';

/** A card for a worker to draw: its place in the list, the job, and the absolute file to write (none: only into the cache). */
export interface DrawRequest {
  index: number;
  job: CardJob;
  target?: string;
}

/** A worker's answer: the card's place in the list, and what went wrong if it was not drawn. */
export interface DrawResult {
  index: number;
  failure?: string;
}

const WORKER_ENTRY = new URL('./worker-boot.mjs', import.meta.url);

/** Draws every job into the card cache and, given a `siteDir`, into it (each at its `file`), with up to `threads` workers. */
export function drawInWorkers(jobs: CardJob[], siteDir: string | undefined, threads: number): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const workers = Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, () => new Worker(WORKER_ENTRY));
  let next = 0;
  let drawn = 0;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      // Terminating is the pool's own doing: the exits it causes are not failures.
      void Promise.all(workers.map((worker) => worker.terminate())).then(() => (error ? reject(error) : resolve()));
    };
    const inFlight = new Map<Worker, number>();
    const send = (worker: Worker) => {
      if (next >= jobs.length) return;
      const index = next++;
      inFlight.set(worker, index);
      worker.postMessage({ index, job: jobs[index]!, target: siteDir && join(siteDir, jobs[index]!.file) } satisfies DrawRequest);
    };
    // A worker that dies (out of memory, a crash in native code) names the card it was drawing.
    const died = (worker: Worker, reason: string) => {
      const index = inFlight.get(worker);
      const card = index === undefined ? 'a share card worker' : `${jobs[index]!.source}: its share card worker`;
      finish(new Error(`${card} stopped: ${reason}`));
    };

    for (const worker of workers) {
      worker.on('message', ({ failure }: DrawResult) => {
        inFlight.delete(worker);
        if (failure !== undefined) return finish(new Error(failure));
        drawn += 1;
        if (drawn === jobs.length) return finish();
        send(worker);
      });
      worker.on('error', (error) => died(worker, error.message));
      worker.on('exit', (code) => died(worker, `it exited with code ${code}`));
      send(worker);
    }
  });
}
