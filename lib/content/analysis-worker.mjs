/*
 * A worker of lib/content/analysis-pool.ts (protocol: lib/worker-pool.ts): reads one body at a
 * time with the same analysis the check uses in-process. Plain JavaScript, because workers do not
 * inherit tsx's loader; the analysis itself is TypeScript, loaded through tsx's API.
 */
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { analyzeMdx } = await tsImport('./mdx-analysis.ts', import.meta.url);
parentPort.on('message', ({ id, input }) => parentPort.postMessage({ id, output: analyzeMdx(input.body) }));
parentPort.postMessage({ ready: true });
