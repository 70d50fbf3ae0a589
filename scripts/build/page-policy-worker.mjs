/*
 * A worker of ./page-policies.ts (protocol: lib/worker-pool.ts): gives each page it is sent its
 * script policy. Plain JavaScript, because workers do not inherit tsx's loader.
 */
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { givePagePolicy } = await tsImport('./page-policies.ts', import.meta.url);
parentPort.on('message', ({ id, input }) => parentPort.postMessage({ id, output: givePagePolicy(input) }));
parentPort.postMessage({ ready: true });
