/*
 * Preloaded into contentlayer2's CLI (`node --import`, package.json's `contentlayer` script): two
 * fixes for archives of thousands of articles, each found by profiling and each harmless should
 * a later contentlayer2 no longer need it.
 */
import { promises as fs } from 'node:fs';

/*
 * 1. Effect-TS execution tracing off. contentlayer2's first import switches it on, and it records
 * a stack of trace entries for every fiber, one fiber per document and more. Profiled at 5,000
 * articles, copying those traces was the largest single cost of the content compile and grew
 * faster than the archive: 43 of 234 CPU seconds. Content errors never reach contentlayer (the
 * content check runs first), so its internal traces buy us nothing. The switch is read once,
 * when Effect's runtime module loads: loading it here first and turning it off means the CLI's
 * own import of it changes nothing.
 */
try {
  await import('@effect-ts/system/Tracing/Enable');
  const { disableTracing } = await import('@effect-ts/system/Tracing/Global');
  disableTracing();
} catch {
  // Not installed: contentlayer2 no longer uses Effect-TS.
}

/*
 * 2. At most a few hundred files open at once. contentlayer2 writes every generated document
 * file at the same time. Once an archive has more documents than the process may open files
 * (`ulimit -n`: 20,000 on our machines, often 1,024 on a laptop), every write past the limit
 * fails with EMFILE and the compile degrades into minutes of retries and gigabytes of memory:
 * 10,000 articles took 58 s in 1.1 GB with room to open them all, and crashed out of memory
 * after 188 s with a limit of 8,000. Queueing the writes keeps it linear.
 */
const MAX_OPEN_FILES = 256;
let open = 0;
const waiting = [];

async function withFileSlot(task) {
  while (open >= MAX_OPEN_FILES) await new Promise((resolve) => waiting.push(resolve));
  open += 1;
  try {
    return await task();
  } finally {
    open -= 1;
    waiting.shift()?.();
  }
}

for (const name of ['readFile', 'writeFile']) {
  const original = fs[name];
  fs[name] = (...args) => withFileSlot(() => original.apply(fs, args));
}
