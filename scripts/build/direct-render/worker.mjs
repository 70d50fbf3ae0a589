/*
 * A worker of ./render-pages.ts (protocol: lib/worker-pool.ts): writes each page it is sent into
 * its route's shell, from the shells it was started with. Plain JavaScript, because workers do not
 * inherit tsx's loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { writePage } = await tsImport('./render-parts.tsx', import.meta.url);
const { DIRECT_ROUTES } = await tsImport('./routes.ts', import.meta.url);
const modules = new Map();
const moduleOf = async (route) => {
  if (!modules.has(route)) modules.set(route, await DIRECT_ROUTES.find((each) => each.route === route).load());
  return modules.get(route);
};
parentPort.on('message', async ({ id, input }) =>
  parentPort.postMessage({ id, output: await writePage(await moduleOf(input.route), workerData[input.route], input) }),
);
parentPort.postMessage({ ready: true });
