/**
 * Runs many small jobs on worker threads, one per core: each worker takes the next job as soon as
 * it has finished one, so a slow job does not hold the others back. A worker file loads what it
 * needs, posts `{ ready: true }`, then answers each `{ id, input }` with `{ id, output }`; a job
 * that can fail should answer with its failure as output (naming its file), not throw. What every
 * worker needs alike (`workerData`) is given once, when it starts.
 *
 * With a deadline, a job that takes longer is given the deadline's output instead and its worker is
 * replaced: a job can then never hold the run for longer than that, whatever its input.
 */
import { Worker } from 'node:worker_threads';

export interface Deadline<Input, Output> {
  ms: number;
  /** What a job that ran out of time answers. */
  output: (input: Input) => Output;
}

export interface WorkerOptions<Input, Output> {
  workerData?: unknown;
  deadline?: Deadline<Input, Output>;
  /** Names a job's input (its content file) in the error when its worker dies on it. */
  nameOf?: (input: Input) => string;
}

export async function runInWorkers<Input, Output>(
  workerFile: URL,
  inputs: readonly Input[],
  workerCount: number,
  { workerData, deadline, nameOf }: WorkerOptions<Input, Output> = {},
): Promise<Output[]> {
  const outputs: Output[] = new Array(inputs.length);
  let next = 0;
  const runWorker = async () => {
    let worker = await startWorker(workerFile, workerData);
    try {
      for (let id = next++; id < inputs.length; id = next++) {
        const output = await ask<Input, Output>(worker, id, inputs[id]!, deadline?.ms).catch((error: unknown) => {
          throw nameOf ? new Error(`${nameOf(inputs[id]!)}: its worker stopped: ${(error as Error).message}`, { cause: error }) : error;
        });
        if (output.inTime) {
          outputs[id] = output.value;
        } else {
          outputs[id] = deadline!.output(inputs[id]!);
          await worker.terminate();
          worker = await startWorker(workerFile, workerData);
        }
      }
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

type Answer<Output> = { inTime: true; value: Output } | { inTime: false };

function ask<Input, Output>(worker: Worker, id: number, input: Input, deadlineMs: number | undefined): Promise<Answer<Output>> {
  return new Promise((resolve, reject) => {
    const timer = deadlineMs === undefined ? undefined : setTimeout(() => finish({ inTime: false }), deadlineMs);
    const onMessage = (message: { id: number; output: Output }) => {
      if (message.id === id) finish({ inTime: true, value: message.output });
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
    function finish(answer: Answer<Output>) {
      cleanUp();
      resolve(answer);
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, input });
  });
}
