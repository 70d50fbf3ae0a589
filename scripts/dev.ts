/**
 * `npm run dev`: the authors' preview, with the content check and the content compile watching
 * beside Next's development server.
 *
 * The order is chosen for a two-core laptop. The check's first pass and the content compile run
 * before Next starts, so the first page Next compiles has the processor to itself: measured with
 * the three started together, the watchers' start-up work added about four seconds to the first
 * article. The compile's watcher loads the body pipeline when it starts, so it is started at the
 * first change to the content, not before; the check reruns on every change from the start.
 *
 * Next says "Ready" before it has compiled any page, and compiling the first one (its runtime, our
 * layout and the page) takes several seconds on two cores. So the preview asks for the home page
 * and one article itself, and says it is ready only then: the author's first page is not the slow one.
 *
 * A content file that fails the check does not stop the preview: every page lists the problems.
 *
 * Usage: tsx scripts/dev.ts [any further arguments go to `next dev`]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { watch } from 'chokidar';
import { contentFolder, PREVIEW_VARIABLE, publicFolder } from '../lib/content/folders';
import { PREVIEW_PROBLEMS_FILE } from '../lib/content/preview-problems';

// Every step below runs as the preview: see lib/content/folders.ts.
process.env[PREVIEW_VARIABLE] = '1';

const children: ChildProcess[] = [];

/** Starts a command in the project root; `background` ones run at low priority. */
function start(command: string[], { background = false, onOutput }: { background?: boolean; onOutput?: (text: string) => void } = {}): ChildProcess {
  const [program = '', ...args] = background ? ['nice', '-n', '15', ...command] : command;
  // Each in its own process group, so stopping it stops what it started (npm's node, for one).
  const child = spawn(program, args, { stdio: ['inherit', onOutput ? 'pipe' : 'inherit', 'inherit'], detached: true });
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    onOutput?.(chunk.toString());
  });
  children.push(child);
  // A watcher that dies would leave the preview silently stale: stop everything and say which.
  child.on('exit', (code, signal) => {
    if (stopping) {
      // The watchers keep this process alive: it ends when the last of its children has.
      if (children.every((each) => each.exitCode !== null || each.signalCode !== null)) process.exit();
      return;
    }
    console.error(`\n${command.join(' ')} stopped (${signal ?? `exit code ${code}`}); the preview stops with it.`);
    stop(code ?? 1);
  });
  return child;
}

let stopping = false;
function stop(exitCode: number) {
  stopping = true;
  for (const child of children) {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exitCode = exitCode;
  // A child that ignores SIGTERM must not keep the preview's process, and its port, alive.
  setTimeout(() => process.exit(), 10_000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0));

/** Runs a command to its end; true when it succeeded. */
const run = ([program = '', ...args]: string[]) =>
  new Promise<boolean>((resolve) => spawn(program, args, { stdio: 'inherit' }).on('exit', (code) => resolve(code === 0)));

/** Waits until the check watcher has written its first report (it writes one per pass). */
async function firstCheckWritten(since: number) {
  const file = join(process.cwd(), PREVIEW_PROBLEMS_FILE);
  while (!stopping && !(existsSync(file) && statSync(file).mtimeMs >= since)) await sleep(100);
}

let localOrigin = `http://localhost:${process.env.PORT ?? 3000}`;
const startedAt = Date.now() - 1;
start(['tsx', 'scripts/check-content.ts', '--watch']);
// The compile alone: the check watcher reports problems, and the preview leaves a failing file out
// (`npm run build:content` is the build's step, which also checks and fails on any problem).
const [compiled] = await Promise.all([run(['tsx', 'scripts/compile-content.ts']), firstCheckWritten(startedAt)]);
if (!compiled) console.error('Some content files could not be compiled: the preview lists their problems on every page.');

/** Compiles the pages an author opens first, by asking for them: the home page, then its first story. */
async function warmUp(origin: string) {
  const started = Date.now();
  const home = await fetch(origin).then((response) => response.text());
  const article = /href="(\/[^"]*articles\/[^"/]+)"/.exec(home)?.[1];
  if (article) await fetch(new URL(article, origin));
  console.log(`\nPreview ready at ${origin} (pages compiled in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

if (!stopping) {
  let warming = false;
  start(['next', 'dev', '--turbopack', ...process.argv.slice(2)], {
    onOutput: (text) => {
      const origin = /Local:\s+(http:\/\/\S+)/.exec(text)?.[1];
      if (origin) localOrigin = origin;
      if (!warming && /Ready in/.test(text)) {
        warming = true;
        warmUp(localOrigin).catch((error: unknown) => console.error(`The preview could not compile its first pages: ${String(error)}`));
      }
    },
  });
  const firstChange = watch([contentFolder(), publicFolder()], { ignoreInitial: true }).once('all', () => {
    void firstChange.close();
    start(['tsx', 'scripts/compile-content.ts', '--watch'], { background: true });
  });
}
