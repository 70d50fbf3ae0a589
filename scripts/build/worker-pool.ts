/**
 * Runs many small jobs on worker threads, one per core: each worker takes the next job as soon as
 * it has finished one, so a slow job does not hold the others back. A worker file loads what it
 * needs, posts `{ ready: true }`, then answers each `{ id, input }` with `{ id, output }`; a job
 * that can fail should answer with its failure as output (naming its file), not throw. What every
 * worker needs alike (`workerData`) is given once, when it starts.
 */
import { Worker } from 'node:worker_threads';

export async function runInWorkers<Input, Output>(workerFile: URL, inputs: readonly Input[], workerCount: number, workerData?: unknown): Promise<Output[]> {
  const outputs: Output[] = new Array(inputs.length);
  let next = 0;
  const runWorker = async () => {
    const worker = await startWorker(workerFile, workerData);
    try {
      for (let id = next++; id < inputs.length; id = next++) outputs[id] = await ask<Input, Output>(worker, id, inputs[id]!);
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workerCount, inputs.length) }, runWorker));
  return outputs;
}

function startWorker(file: URL, workerData: unknown): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function ask<Input, Output>(worker: Worker, id: number, input: Input): Promise<Output> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; output: Output }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(message.output);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, input });
  });
}
