import { execFileSync, spawn } from 'node:child_process';

export interface Measurement {
  seconds: number;
  /** The most memory the command and every process it started held at one moment. */
  peakMegabytes: number;
}

/** Resident memory of `root` and all its descendants, in kB, from one `ps` listing. */
export function treeResidentKilobytes(psListing: string, root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const line of psListing.trim().split('\n')) {
    const [pid, ppid, kilobytes] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || kilobytes === undefined) continue;
    rss.set(pid, kilobytes);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

const SAMPLE_INTERVAL_MS = 250;

/*
 * Next renders pages in worker processes, so the peak RSS of the one process a shell's `time`
 * reports understates a build's memory. The whole process tree is sampled instead.
 */
export function runMeasured(command: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Measurement> {
  const started = performance.now();
  const [program, ...args] = command;
  const child = spawn(program!, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  let peakKilobytes = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const listing = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
    peakKilobytes = Math.max(peakKilobytes, treeResidentKilobytes(listing, child.pid));
  };
  const sampler = setInterval(sample, SAMPLE_INTERVAL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`\`${command.join(' ')}\` failed with ${signal ? `signal ${signal}` : `exit code ${code}`} in ${cwd}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMegabytes: peakKilobytes / 1024 });
    });
  });
}
