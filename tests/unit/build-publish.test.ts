import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildFailure, buildAndPublish, runCommand, stagesOf, stepEnvironment } from '@/scripts/build/run-build';
import type { BuildStep } from '@/scripts/build/steps';

/*
 * A temporary project whose build steps are tiny Node programs standing in for the real ones: an
 * export that, like Next's, deletes its folder and writes pages; a feeds step; and failing variants.
 */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsdesk-build-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir` with a hash of its bytes: equal listings mean byte-for-byte equal trees. */
function checksums(dir: string): Record<string, string> {
  const listing: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    listing[relative(dir, path)] = entry.isDirectory() ? 'dir' : sha256(readFileSync(path));
  }
  return listing;
}

const node = (name: string, program: string, ...args: string[]): BuildStep => ({ name, command: [process.execPath, '-e', program, ...args] });

/** Like `next build` with output 'export': empties the folder it is given, then writes each page. */
const exportPages = (folder: string, ...pages: string[]) =>
  node(
    'export',
    `const fs = require('fs'); const [dir, ...pages] = process.argv.slice(1);
     fs.rmSync(dir, { recursive: true, force: true });
     for (const page of pages) { fs.mkdirSync(require('path').dirname(dir + '/' + page), { recursive: true }); fs.writeFileSync(dir + '/' + page, 'new ' + page); }`,
    folder,
    ...pages,
  );
const writeFeed = (folder: string) => node('feeds', `require('fs').writeFileSync(process.argv[1] + '/feed.xml', '<rss/>')`, folder);
const crash = (name: string) => node(name, 'process.exit(3)');

function publishPreviousSite() {
  mkdirSync(join(root, 'out', 'articles'), { recursive: true });
  writeFileSync(join(root, 'out', 'index.html'), 'old home');
  writeFileSync(join(root, 'out', 'articles', 'gone.html'), 'an article since deleted');
  writeFileSync(join(root, 'out', 'feed.xml'), '<rss>old</rss>');
  writeFileSync(join(root, 'out', '_headers'), '/*\n  X-Frame-Options: DENY\n');
}

const build = (steps: (staging: string) => BuildStep[], signal?: AbortSignal) => buildAndPublish({ root, steps, run: runCommand, signal, log: () => {} });

async function failure(promise: Promise<unknown>): Promise<BuildFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BuildFailure);
  return error as BuildFailure;
}

const publishLeftovers = () => (existsSync(join(root, '.publish')) ? readdirSync(join(root, '.publish')) : []);

describe('atomic publish', () => {
  it('a passing build replaces out/ and drops pages that no longer exist', async () => {
    publishPreviousSite();
    const times = await build((staging) => [exportPages(staging, 'index.html', 'articles/new.html'), writeFeed(staging)]);
    // The new site is in out/ before the previous one is deleted.
    expect(times.publishedSeconds).toBeGreaterThan(0);
    expect(times.finishedSeconds).toBeGreaterThanOrEqual(times.publishedSeconds);
    expect(checksums(join(root, 'out'))).toEqual({
      'index.html': sha256('new index.html'),
      articles: 'dir',
      'articles/new.html': sha256('new articles/new.html'),
      'feed.xml': sha256('<rss/>'),
    });
    expect(existsSync(join(root, 'out', 'articles', 'gone.html'))).toBe(false);
    expect(publishLeftovers()).toEqual([]);
  });

  it('a step failing after the export leaves the previous out/ byte-for-byte as it was, and names the step', async () => {
    publishPreviousSite();
    const before = checksums(join(root, 'out'));
    const error = await failure(build((staging) => [exportPages(staging, 'index.html', 'articles/new.html'), crash('feeds'), writeFeed(staging)]));
    expect(checksums(join(root, 'out'))).toEqual(before);
    expect(error.step?.name).toBe('feeds');
    expect(error.message).toContain('Build failed: exit code 3\n  at step 2 of 3, feeds (');
    expect(error.message).toContain('out/ was not touched.');
    expect(publishLeftovers()).toEqual([]);
  });

  it('an export that deleted out/ and then failed still leaves the previous out/ in place', async () => {
    publishPreviousSite();
    const before = checksums(join(root, 'out'));
    const halfExport = node(
      'Next build',
      `const fs = require('fs'); fs.rmSync('out', { recursive: true }); fs.mkdirSync('out'); fs.writeFileSync('out/index.html', 'half'); process.exit(1)`,
    );
    const error = await failure(build((staging) => [halfExport, writeFeed(staging)]));
    expect(checksums(join(root, 'out'))).toEqual(before);
    expect(error.step?.name).toBe('Next build');
    expect(error.message).toContain('out/ was restored to the site it held before this build.');
  });

  it('refuses to publish when a step wrote into out/ instead of the staging folder', async () => {
    publishPreviousSite();
    const before = checksums(join(root, 'out'));
    const error = await failure(build((staging) => [exportPages('out', 'index.html'), exportPages(staging, 'index.html')]));
    expect(error.message).toMatch(
      /^Build failed: a step changed out\/ instead of writing into \.publish\/staging \(out\/index\.html changed, .*out\/articles\/gone\.html removed\)/,
    );
    expect(checksums(join(root, 'out'))).toEqual(before);
  });

  it('refuses to publish when a step rewrote a file of out/ in place, which no folder shows', async () => {
    publishPreviousSite();
    const rewrite = node('feeds', `require('fs').writeFileSync('out/feed.xml', '<rss>rewritten</rss>')`);
    const error = await failure(build((staging) => [exportPages(staging, 'index.html'), rewrite]));
    expect(error.message).toMatch(/^Build failed: a step changed out\/ instead of writing into \.publish\/staging \(out\/feed\.xml changed\)/);
    // The snapshot shares the rewritten file's inode (scripts/build/publish.ts), so the rest is back, not that file.
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe('old home');
  });

  it('refuses to publish when no step produced a site', async () => {
    publishPreviousSite();
    const error = await failure(build(() => [node('nothing', '')]));
    expect(error.message).toContain('the steps left no site in .publish/staging');
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe('old home');
  });

  it('a first build that fails leaves no out/ at all', async () => {
    await failure(build((staging) => [exportPages(staging, 'index.html'), crash('feeds')]));
    expect(existsSync(join(root, 'out'))).toBe(false);
    const error = await failure(build(() => [exportPages('out', 'index.html'), crash('feeds')]));
    expect(error.message).toContain('out/, which a step created, was removed again');
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(publishLeftovers()).toEqual([]);
  });

  it('stops the running step when aborted, and leaves out/ as it was', async () => {
    publishPreviousSite();
    const before = checksums(join(root, 'out'));
    const stop = new AbortController();
    // The slow step says when it has started, so the abort lands inside it however loaded the machine is.
    const started = join(root, 'slow-step-started');
    const running = build(
      (staging) => [
        exportPages(staging, 'index.html'),
        node('slow', `require('node:fs').writeFileSync(${JSON.stringify(started)}, ''); setTimeout(() => {}, 60_000)`),
        writeFeed(staging),
      ],
      stop.signal,
    );
    const abortOnceStarted = () => (existsSync(started) ? stop.abort('SIGTERM') : setTimeout(abortOnceStarted, 50));
    abortOnceStarted();
    const error = await failure(running);
    expect(error.message).toContain('Build stopped by SIGTERM\n  at step 2 of 3, slow');
    expect(checksums(join(root, 'out'))).toEqual(before);
    expect(publishLeftovers()).toEqual([]);
  });
});

describe('stages: steps that run together', () => {
  const alongside = (step: BuildStep): BuildStep => ({ ...step, withPrevious: true });
  /** Says it has started, then waits (at most 10 s) for `other` to say so too: passes only when both run at once. */
  const meets = (name: string, other: string) =>
    node(
      name,
      `const fs = require('fs'); const [mine, theirs] = process.argv.slice(1); fs.writeFileSync(mine, '');
       const deadline = Date.now() + 10_000;
       const wait = () => fs.existsSync(theirs) ? process.exit(0) : Date.now() > deadline ? process.exit(5) : setTimeout(wait, 20);
       wait();`,
      join(root, name),
      join(root, other),
    );
  const sleepThenExit = (name: string, ms: number, code: number) => node(name, `setTimeout(() => process.exit(${code}), ${ms})`);

  it('groups each step that runs with the previous one into that step’s stage', () => {
    const step = (name: string, withPrevious = false): BuildStep => ({ name, command: ['true'], withPrevious });
    expect(stagesOf([step('a', true), step('b', true), step('c'), step('d', true), step('e')]).map((stage) => stage.map(({ name }) => name))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
  });

  it('runs the steps of a stage at the same time', async () => {
    await build((staging) => [meets('check', 'compile'), alongside(meets('compile', 'check')), exportPages(staging, 'index.html')]);
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe('new index.html');
  });

  it('stops the steps listed after a failed one, and reports the failed one', async () => {
    publishPreviousSite();
    const started = Date.now();
    const error = await failure(build((staging) => [crash('check'), alongside(sleepThenExit('compile', 60_000, 0)), exportPages(staging, 'index.html')]));
    expect(error.step?.name).toBe('check');
    expect(error.message).toContain('Build failed: exit code 3\n  at step 1 of 3, check (');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe('old home');
  });

  it('lets the steps listed before a failed one finish, and reports theirs first', async () => {
    publishPreviousSite();
    const error = await failure(build((staging) => [sleepThenExit('check', 500, 4), alongside(crash('compile')), exportPages(staging, 'index.html')]));
    expect(error.step?.name).toBe('check');
    expect(error.message).toContain('Build failed: exit code 4\n  at step 1 of 3, check (');
  });
});

describe('a step’s environment', () => {
  it('names the folder it runs in as PWD, which some tools read before their working directory', () => {
    const env = stepEnvironment({ name: 'content compile', command: ['node'], env: { NEWSDESK_BUILD_TIME: '2026-01-01T00:00:00Z' } }, '/projects/newsroom');
    expect(env.PWD).toBe('/projects/newsroom');
    expect(env.NEWSDESK_BUILD_TIME).toBe('2026-01-01T00:00:00Z');
    expect(env.PATH?.startsWith('/projects/newsroom/node_modules/.bin')).toBe(true);
  });
});
