/*
 * The exported site served exactly as a static host serves it: `serve` maps /articles/x to
 * out/articles/x.html and answers 404.html for unknown paths. The browser tests and the site
 * checks use the same server on the same port.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const testPort = Number(process.env.E2E_PORT ?? 4173);
export const staticServerArgs = (port: number) => ['serve', 'out', '--listen', String(port), '--no-clipboard', '--no-port-switching'];
export const staticServerCommand = (port: number) => `npx ${staticServerArgs(port).join(' ')}`;

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(origin)).ok;
  } catch {
    return false;
  }
}

/** Serves out/ on the test port for the length of `run`, which gets the server's origin. */
export async function withStaticServer<T>(run: (origin: string) => Promise<T>): Promise<T> {
  const origin = `http://127.0.0.1:${testPort}`;
  if (await answers(origin)) throw new Error(`Something already answers on ${origin}; stop it or set E2E_PORT to a free port.`);
  // Its own process group, so stopping it also stops the node process that npx starts.
  const server = spawn('npx', staticServerArgs(testPort), { cwd: PROJECT_ROOT, detached: true, stdio: 'ignore' });
  try {
    for (let waited = 0; !(await answers(origin)); waited += 250) {
      if (waited > 30_000 || server.exitCode !== null) throw new Error(`npx serve out did not answer on ${origin} within 30 s`);
      await sleep(250);
    }
    return await run(origin);
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!);
  }
}
