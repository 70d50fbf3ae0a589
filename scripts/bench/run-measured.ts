import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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

/**
 * Every process as `pid ppid rss-in-kB` lines, as `ps -A -o pid=,ppid=,rss=` prints them. On Linux
 * they are read from /proc (1.4 ms); starting `ps` four times a second took 25 ms each time, a
 * tenth of a core for every step measured, which the builds being measured then lacked.
 */
export function processListing(): string {
  if (!existsSync('/proc/self/stat')) return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const lines: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended since the folder was listed
    }
    // After the command name in parentheses: state, ppid, … and the resident pages 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    lines.push(`${pid} ${fields[1]} ${(Number(fields[21]) * pageBytes()) / 1024}`);
  }
  return lines.join('\n');
}

let pageSize: number | undefined;
const pageBytes = () => (pageSize ??= Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })) || 4096);

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
    peakKilobytes = Math.max(peakKilobytes, treeResidentKilobytes(processListing(), child.pid));
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
