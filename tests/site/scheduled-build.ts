/**
 * The scheduled-article case of issue 14, built for real: a scratch copy of the project with the
 * fixture site plus a story dated 75 seconds after NEWSDESK_BUILD_TIME, and one dated an hour
 * before it. Every step of `npm run build` reads the one clock, so the scheduled story must be
 * absent from every output (no page, no link, no listing, no feed, neither sitemap) while the
 * other is in all of them. Before the build had one clock, a story like this crashed the feeds
 * step with ENOENT, or was linked from a listing whose page had not been rendered.
 *
 * Usage: tsx tests/site/scheduled-build.ts
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { scratchProject } from './scratch-project';

const FIXTURE = new URL('../fixtures/site/', import.meta.url).pathname;
const BUILD_TIME = '2026-11-23T09:00:00.000Z';
const at = (offsetSeconds: number) => new Date(Date.parse(BUILD_TIME) + offsetSeconds * 1000).toISOString();
const SCHEDULED = 'seventy-five-seconds-ahead';
const ON_TIME = 'an-hour-before-the-build';

const story = (title: string, date: string) => `---
title: ${title}
date: ${date}
authors: [ada-quill]
tags: [Markets]
summary: A story whose publication depends on the build clock.
---

Lenders kept their rates unchanged.

<AnalystComment sentiment="mixed" headline="Timing">
Whether this is published depends on the build's clock.
</AnalystComment>
`;

const content = mkdtempSync(join(tmpdir(), 'newsdesk-scheduled-content-'));
cpSync(join(FIXTURE, 'content'), content, { recursive: true });
writeFileSync(join(content, 'articles/2026', `${SCHEDULED}.mdx`), story('Seventy-five seconds ahead', at(75)));
writeFileSync(join(content, 'articles/2026', `${ON_TIME}.mdx`), story('An hour before the build', at(-3600)));
const project = scratchProject(content, join(FIXTURE, 'public'));
rmSync(content, { recursive: true, force: true });

const failures: string[] = [];
const expect = (condition: boolean, what: string) => void (condition || failures.push(what));

try {
  const build = project.run('npm run build', { NEWSDESK_BUILD_TIME: BUILD_TIME });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  expect(build.stdout.includes(`] feeds: NEWSDESK_BUILD_TIME=${BUILD_TIME} `), 'the feeds step ran with the given build time');

  const out = join(project.root, 'out');
  const textFiles = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|json|txt)$/.test(entry.name))
    .map((entry) => relative(out, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('pagefind'));
  const read = (file: string) => readFileSync(join(out, file), 'utf8');

  expect(!existsSync(join(out, 'articles', `${SCHEDULED}.html`)), 'the scheduled story has no page');
  expect(existsSync(join(out, 'articles', `${ON_TIME}.html`)), 'the story an hour old has a page');
  const mentioning = textFiles.filter((file) => read(file).includes(SCHEDULED));
  expect(mentioning.length === 0, `no output mentions the scheduled story (found in ${mentioning.join(', ')})`);
  for (const file of [
    'index.html',
    'tags/markets.html',
    'authors/ada-quill.html',
    'sentiment/mixed.html',
    'feed.xml',
    'atom.xml',
    'feed.json',
    'tags/markets/feed.xml',
    'authors/ada-quill/feed.xml',
    'sentiment/mixed/feed.xml',
    'sitemap.xml',
    'news-sitemap.xml',
  ]) {
    expect(existsSync(join(out, file)) && read(file).includes(ON_TIME), `${file} lists the story an hour old`);
  }
} finally {
  if (process.env.NEWSDESK_KEEP_SCRATCH) console.log(`Scratch copy kept at ${project.root}`);
  else project.remove();
}

if (failures.length > 0) {
  console.error(`✗ Scheduled-article build: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('✓ Scheduled-article build: the story 75 s after the build time is in no output; the one an hour before is in every one.');
}
