/*
 * Real nginx serving the exported site with the committed snippet (deploy/nginx/newsdesk.conf),
 * the way docs/deploy.md tells an operator to set it up, on a free port of this machine and with
 * every file it writes in a scratch folder, so it runs without root and leaves nothing behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SNIPPET = join(PROJECT_ROOT, 'deploy/nginx/newsdesk.conf');

/** The nginx binary, or undefined when it is not installed (Debian keeps it in /usr/sbin, off a user's PATH). */
export function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/** The mime.types file beside the installed nginx's own configuration, so files get their usual types. */
function mimeTypesOf(nginx: string): string | undefined {
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1];
  const mimeTypes = confPath && join(dirname(confPath), 'mime.types');
  return mimeTypes && existsSync(mimeTypes) ? mimeTypes : undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The whole configuration: a bare http block with one server whose root holds the site. */
function nginxConfig({ scratch, root, port, mimeTypes }: { scratch: string; root: string; port: number; mimeTypes?: string }): string {
  const temp = join(scratch, 'temp');
  // Started as root, nginx would hand requests to a worker running as an unprivileged user, which
  // cannot read a checkout in a private folder (a mktemp clone is 0700) and answers 403 for
  // everything. The test's workers run as whoever runs the test.
  const worker = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  return `${worker}daemon off;
worker_processes 1;
pid ${join(scratch, 'nginx.pid')};
events { worker_connections 64; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : ''}
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${SNIPPET};
  }
}
`;
}

/**
 * Serves `outDir` under `basePath` with nginx for the length of `run`, which gets the origin.
 * A site with a base path is published in a folder of that name inside the server's root.
 */
export async function withNginx<T>(nginx: string, outDir: string, basePath: string, run: (origin: string) => Promise<T>): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), 'newsdesk-nginx-'));
  // nginx started as root serves as "nobody", which must be able to reach the scratch root.
  chmodSync(scratch, 0o755);
  mkdirSync(join(scratch, 'temp'));
  let root = resolve(outDir);
  if (basePath) {
    root = join(scratch, 'root');
    mkdirSync(join(root, ...basePath.split('/').slice(1, -1)), { recursive: true });
    symlinkSync(resolve(outDir), join(root, basePath));
  }
  const port = await freePort();
  const config = join(scratch, 'nginx.conf');
  const errorLog = join(scratch, 'error.log');
  writeFileSync(config, nginxConfig({ scratch, root, port, mimeTypes: mimeTypesOf(nginx) }));
  const server = spawn(nginx, ['-p', scratch, '-c', config, '-e', errorLog], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let waited = 0; ; waited += 100) {
      if (server.exitCode !== null || waited > 10_000) {
        const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '(no error log)';
        throw new Error(`nginx did not start on ${origin}:\n${log}`);
      }
      if (
        await fetch(origin, { redirect: 'manual' }).then(
          () => true,
          () => false,
        )
      )
        break;
      await sleep(100);
    }
    return await run(origin);
  } finally {
    if (server.exitCode === null) {
      const stopped = new Promise((done) => server.once('exit', done));
      server.kill('SIGQUIT');
      await stopped;
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}
