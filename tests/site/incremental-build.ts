/**
 * The incremental-equals-full test of issue 15: a scratch copy of the project with the fixture
 * site is built fully; then a set of edits is applied (a correction to a body, a new article, a
 * deleted article, a changed tag, a changed author bio, and an article passing its scheduled time
 * as the build clock moves on) and the site is built again, incrementally, and once more after one
 * more new article, as a newsroom publishes story after story. The same copy is then
 * built with `--full`, with the same clock. The two out/ folders must hold
 * the same files with the same bytes: every page the plan kept from the first build must be what a
 * full build renders today. The first build's files must also keep their bytes through the second
 * build: it carries them over as hard links, and writing through one would change the published
 * site before (or without) publishing the new one.
 *
 * Usage: tsx tests/site/incremental-build.ts
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { SEARCH_SHARD_VARIABLE } from '../../scripts/build/steps';
import { scratchProject, type ScratchProject } from './scratch-project';

const FIXTURE = new URL('../fixtures/site/', import.meta.url).pathname;
const FIRST_BUILD = '2026-06-15T12:00:00.000Z';
const SECOND_BUILD = '2026-06-17T12:00:00.000Z';
const ARTICLES = 'articles/2026';

const story = (title: string, date: string, tags: string) => `---
title: ${title}
date: ${date}
authors: [ada-quill]
tags: [${tags}]
summary: A story the incremental-build test adds.
---

Harbour traffic rose for a third week, the port authority said.
`;

/** Everything the second build changes, applied to a content folder. */
function applyEdits(content: string) {
  const articles = join(content, ARTICLES);
  appendFileSync(join(articles, 'rates-hold-steady.mdx'), '\nCorrection: an earlier version of this story gave the wrong meeting date.\n');
  writeFileSync(join(articles, 'incremental-new-story.mdx'), story('Harbour traffic rises again', '2026-06-15T09:00:00Z', 'Shipping'));
  rmSync(join(articles, 'copper-price-slides-on-weak-orders.mdx'));
  const retagged = join(articles, 'currency-swings-hit-exporters.mdx');
  writeFileSync(retagged, readFileSync(retagged, 'utf8').replace('tags: [Markets, Shipping]', 'tags: [Markets, Energy]'));
  appendFileSync(join(content, 'authors/ben-ink.mdx'), '\nBefore joining, Ben covered ports for a trade weekly.\n');
}

function build(project: ScratchProject, time: string, label: string, flag = ''): string {
  // Small search shards: the fixture's stories make many, so the edits leave some unchanged.
  const result = project.run(`npm run build${flag ? ` -- ${flag}` : ''}`, { NEWSDESK_BUILD_TIME: time, [SEARCH_SHARD_VARIABLE]: '4' });
  if (result.status !== 0) throw new Error(`The ${label} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Hard links to every file of `dir`, in a new folder, with each file's digest now. */
function linkCopy(dir: string): { root: string; digests: Map<string, string> } {
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-incremental-published-'));
  const digests = new Map<string, string>();
  for (const file of filesOf(dir)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    linkSync(join(dir, file), join(root, file));
    digests.set(file, digest(join(dir, file)));
  }
  return { root, digests };
}

const content = mkdtempSync(join(tmpdir(), 'newsdesk-incremental-content-'));
cpSync(join(FIXTURE, 'content'), content, { recursive: true });
// Scheduled between the two builds: absent from the first, published by the second.
writeFileSync(join(content, ARTICLES, 'incremental-scheduled-story.mdx'), story('Lock gates reopen on schedule', '2026-06-16T08:00:00Z', 'Shipping, Markets'));
const incremental = scratchProject(content, join(FIXTURE, 'public'));
let mine: string | undefined;
let published: ReturnType<typeof linkCopy> | undefined;
const failures: string[] = [];

try {
  const first = build(incremental, FIRST_BUILD, 'first, full build');
  if (!first.includes('Plan: full build')) failures.push('the first build (no state, no out/) was not full');
  applyEdits(join(incremental.root, 'content'));
  published = linkCopy(join(incremental.root, 'out'));
  const second = build(incremental, SECOND_BUILD, 'incremental build');
  for (const [file, before] of published.digests) {
    if (digest(join(published.root, file)) !== before) failures.push(`${file}: the first build's copy was changed by the second build`);
  }
  const planned = /Plan: incremental: (\d+) of (\d+) modelled pages to render/.exec(second);
  if (!planned) failures.push(`the second build was not incremental: ${/Plan: .*/.exec(second)?.[0] ?? 'no plan line'}`);
  else console.log(`Incremental build rendered ${planned[1]} of ${planned[2]} modelled pages (unmodelled pages are always rendered).`);
  // Feeds are planned like pages: only those holding an edited story are written again.
  const feeds = /Feeds: (\d+) of (\d+) feed files written/.exec(second);
  if (!feeds || Number(feeds[1]) >= Number(feeds[2])) failures.push(`the incremental build wrote every feed again: ${feeds?.[0] ?? 'no feeds line'}`);
  else console.log(`Incremental build wrote ${feeds[1]} of ${feeds[2]} feed files.`);
  // The search index is indexed again only in the shards holding an edited story.
  const search = /Search index: (\d+) of (\d+) shards indexed/.exec(second);
  if (!search || Number(search[2]) < 2 || Number(search[1]) >= Number(search[2]))
    failures.push(`the incremental build indexed every search shard again: ${search?.[0] ?? 'no search line'}`);
  else console.log(`Incremental build indexed ${search[1]} of ${search[2]} search shards.`);
  // Same code as the first build: Next renders from that build's compile (scripts/build/next-build.ts).
  if (!second.includes('(generate mode)')) failures.push('the incremental build compiled the unchanged code again instead of rendering from the last compile');
  // A newsroom publishes again and again: the next story renders from the same compile, which the
  // first generate mode rewrote (Next inlines the environment into it), and must still load.
  writeFileSync(
    join(incremental.root, 'content', ARTICLES, 'incremental-later-story.mdx'),
    story('Ferry timetable returns to normal', '2026-06-16T09:00:00Z', 'Shipping'),
  );
  const third = build(incremental, SECOND_BUILD, 'second incremental build');
  if (!third.includes('(generate mode)')) failures.push("the second incremental build did not render from the first build's compile");

  // The full build runs in the same folder: webpack's chunk contents depend on the project's path.
  mine = mkdtempSync(join(tmpdir(), 'newsdesk-incremental-out-'));
  cpSync(join(incremental.root, 'out'), mine, { recursive: true });
  const fullRun = build(incremental, SECOND_BUILD, 'full build of the edited content', '--full');
  if (!fullRun.includes('Plan: full build (asked for (--full))')) failures.push('`npm run build -- --full` did not build fully');
  const theirs = join(incremental.root, 'out');
  const [mineFiles, theirFiles] = [filesOf(mine), filesOf(theirs)];
  const theirSet = new Set(theirFiles);
  const mineSet = new Set(mineFiles);
  for (const file of mineFiles) if (!theirSet.has(file)) failures.push(`${file}: only in the incremental build`);
  for (const file of theirFiles) if (!mineSet.has(file)) failures.push(`${file}: only in the full build`);
  for (const file of mineFiles) {
    if (theirSet.has(file) && !readFileSync(join(mine, file)).equals(readFileSync(join(theirs, file)))) failures.push(`${file}: bytes differ`);
  }
  console.log(`Compared ${mineFiles.length} files of the incremental build with ${theirFiles.length} of the full build.`);
} finally {
  rmSync(content, { recursive: true, force: true });
  if (process.env.NEWSDESK_KEEP_SCRATCH) console.log(`Scratch copy kept at ${incremental.root}, the incremental build's out/ at ${mine}`);
  else {
    incremental.remove();
    if (mine) rmSync(mine, { recursive: true, force: true });
    if (published) rmSync(published.root, { recursive: true, force: true });
  }
}

if (failures.length > 0) {
  console.error(`✗ Incremental build differs from a full build (${failures.length}):\n  ${failures.slice(0, 40).join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('✓ Incremental build: the same files, byte for byte, as a full build of the same content.');
}
