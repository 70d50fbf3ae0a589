/*
 * A worker of ./render-articles.ts (protocol: ../worker-pool.ts): writes the article page of each
 * job it is sent into the shell it was started with. Plain JavaScript, because workers do not
 * inherit tsx's loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { writeArticlePage } = await tsImport('./render-parts.tsx', import.meta.url);
parentPort.on('message', async ({ id, input }) => parentPort.postMessage({ id, output: await writeArticlePage(workerData, input) }));
parentPort.postMessage({ ready: true });
