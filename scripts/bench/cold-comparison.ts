/**
 * Cold builds of one corpus by this tree and by an earlier commit, side by side: the two projects
 * take turns (earlier commit first in odd runs, this tree first in even ones) so that a shared,
 * noisy machine weighs on both alike, and the report compares medians. Each run starts cold: no
 * out/, no compiled content, no Next or share-card cache.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { ColdComparison } from './results';
import { runMeasured } from './run-measured';

/** What a cold build must not find: build output and every cache a build keeps. */
// .contentlayer: where commits before our own compile kept theirs.
const BUILD_LEFTOVERS = ['out', '.publish', '.next', '.newsdesk', '.contentlayer'];

interface ComparisonSetup {
  /** The project whose tree is measured. */
  root: string;
  /** A scratch project of this tree holding the corpus (its content/ is copied to the other). */
  current: string;
  /** The earlier commit, as git names it. */
  against: string;
  articles: number;
  runs: number;
  env: Record<string, string>;
}

/**
 * A scratch project of `commit`'s files with the given content, and its own locked dependencies:
 * this project's when the lock files match, else installed from its lock file (commits before our
 * own content compile need contentlayer2, which this tree no longer installs).
 */
function projectAt(root: string, commit: string, content: string): string {
  const dir = `${content.replace(/\/content$/, '')}-at-${commit}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(content, join(dir, 'content'), { recursive: true });
  if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8')) {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  } else {
    console.log(`Installing ${commit}'s locked dependencies (npm ci) in ${dir}`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

async function coldBuild(dir: string, env: Record<string, string>): Promise<number> {
  for (const leftover of BUILD_LEFTOVERS) rmSync(join(dir, leftover), { recursive: true, force: true });
  const { seconds } = await runMeasured(['npm', 'run', '-s', 'build'], dir, env);
  console.log(`  cold build in ${dir}: ${seconds.toFixed(1)} s`);
  return seconds;
}

export async function compareColdBuilds({ root, current, against, articles, runs, env }: ComparisonSetup): Promise<ColdComparison> {
  const commit = execFileSync('git', ['rev-parse', '--short', against], { cwd: root, encoding: 'utf8' }).trim();
  const earlier = projectAt(root, commit, join(current, 'content'));
  const currentSeconds: number[] = [];
  const againstSeconds: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      console.log(`\nCold build ${run + 1} of ${runs}, ${articles.toLocaleString('en')} articles: ${commit} and this tree, taking turns`);
      const order = run % 2 === 0 ? (['earlier', 'current'] as const) : (['current', 'earlier'] as const);
      for (const which of order) {
        if (which === 'earlier') againstSeconds.push(await coldBuild(earlier, env));
        else currentSeconds.push(await coldBuild(current, env));
      }
    }
  } finally {
    rmSync(earlier, { recursive: true, force: true });
  }
  return { articles, against: commit, currentSeconds, againstSeconds };
}
