/*
 * A worker of ./compile-pool.ts (protocol: lib/worker-pool.ts): compiles the documents
 * it is sent. Plain JavaScript, because workers do not inherit tsx's loader; the compiler is
 * loaded through tsx's API.
 */
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { siteCompiler } = await tsImport('./site-compiler.ts', import.meta.url);
const compiler = siteCompiler();
parentPort.on('message', ({ id, input }) => parentPort.postMessage({ id, output: compiler.compile(input) }));
parentPort.postMessage({ ready: true });
