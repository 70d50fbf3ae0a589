/**
 * The authors' preview, run for real: `npm run dev` on a copy of the fixture site's content, plus one
 * file that fails the check (a misspelt `title`), chosen with the content-folder setting. The copy
 * lives inside the project (.newsdesk-preview/, ignored by git), not in a scratch copy of the whole
 * project like the build tests use: Turbopack refuses a node_modules linked from outside its root.
 * A second file has corrections of the wrong shape (`corrections: [1, 2]`), which the schema's
 * field types let through and only the check's entry rules refuse. The preview must
 *  1. start anyway and say "Preview ready";
 *  2. show the broken file's problem, with its path and "did you mean", on the pages it serves,
 *     and the second file's too, with every listing still listing the other stories;
 *  3. drop the problem once the file is mended;
 *  4. show an edit to a story's body without a restart;
 *  5. stop every process it started when it is interrupted.
 *
 * Usage: tsx tests/site/dev-preview.ts
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTENT_DIR_VARIABLE, PUBLIC_DIR_VARIABLE } from '../../lib/content/folders';
import { PROJECT_ROOT } from './scratch-project';

const FIXTURE = new URL('../fixtures/site/', import.meta.url).pathname;
const PORT = Number(process.env.PREVIEW_PORT ?? 4390);
const ORIGIN = `http://localhost:${PORT}`;
const BROKEN = 'articles/2026/preview-broken-story.mdx';
const MARKER = 'Quillfeatherline';
const MISSHAPEN = 'articles/2026/preview-misshapen-corrections.mdx';

const story = (titleField: string) => `---
${titleField}: A story with a misspelt field
date: 2026-03-02
authors: [ada-quill]
tags: [Markets]
summary: Checks that the preview lists a broken file's problem and keeps serving.
---

Dealers said the market was quiet.
`;

const scratch = join(PROJECT_ROOT, '.newsdesk-preview');
const content = join(scratch, 'content');
rmSync(scratch, { recursive: true, force: true });
cpSync(join(FIXTURE, 'content'), content, { recursive: true });
writeFileSync(join(content, BROKEN), story('tittle'));
writeFileSync(join(content, MISSHAPEN), story('title').replace('tags: [Markets]', 'tags: [Markets]\ncorrections:\n  - 1\n  - 2'));

const failures: string[] = [];
const expect = (condition: boolean, what: string) => void (condition || failures.push(what));
let log = '';

/** Polls `url` until its HTML satisfies `test`, or `seconds` pass; returns the last HTML. */
async function pageWhere(url: string, test: (html: string) => boolean, seconds: number): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let html = '';
  while (Date.now() < deadline) {
    html = await fetch(url)
      .then((response) => response.text())
      .catch(() => '');
    if (test(html)) return html;
    await sleep(1000);
  }
  return html;
}

const preview = spawn('npm', ['run', 'dev'], {
  cwd: PROJECT_ROOT,
  detached: true,
  env: {
    ...process.env,
    PORT: String(PORT),
    [CONTENT_DIR_VARIABLE]: relative(PROJECT_ROOT, content),
    [PUBLIC_DIR_VARIABLE]: relative(PROJECT_ROOT, join(FIXTURE, 'public')),
  },
});
preview.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
preview.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
const exited = new Promise<void>((resolve) => preview.on('exit', () => resolve()));

try {
  const readyBy = Date.now() + 240_000;
  while (!log.includes('Preview ready') && Date.now() < readyBy && preview.exitCode === null) await sleep(250);
  expect(log.includes('Preview ready'), 'the preview said "Preview ready" although one file fails the check');

  const home = await pageWhere(ORIGIN, (html) => html.includes(BROKEN), 30);
  expect(home.includes(BROKEN) && home.includes('did you mean'), `the home page names ${BROKEN} and suggests the field it meant`);
  expect(home.includes(MISSHAPEN), `the home page names ${MISSHAPEN}, whose corrections are not notes`);
  const article = /href="(\/articles\/[^"/]+)"/.exec(home)?.[1] ?? '/articles/missing';
  expect(article !== '/articles/missing', 'the home page still lists the other stories');
  const corrections = await pageWhere(`${ORIGIN}/corrections`, (html) => html.includes(MISSHAPEN), 30);
  expect(/href="\/articles\//.test(corrections), 'the corrections listing still lists the corrected stories');
  const articleHtml = await pageWhere(ORIGIN + article, (html) => html.includes(BROKEN), 30);
  expect(articleHtml.includes(BROKEN), `an article page (${article}) lists the problem too`);

  writeFileSync(join(content, BROKEN), story('title'));
  const mended = await pageWhere(ORIGIN, (html) => html.length > 0 && !html.includes(BROKEN), 90);
  expect(mended.length > 0 && !mended.includes(BROKEN), 'the problem is gone once the file is mended');

  const articles = join(content, 'articles');
  const fileName = `${article.split('/').pop()}.mdx`;
  const articleFile = join(articles, readdirSync(articles, { recursive: true, encoding: 'utf8' }).find((path) => path.endsWith(`/${fileName}`)) ?? fileName);
  writeFileSync(articleFile, `${readFileSync(articleFile, 'utf8')}\n${MARKER} closes the story.\n`);
  const edited = await pageWhere(ORIGIN + article, (html) => html.includes(MARKER), 120);
  expect(edited.includes(MARKER), `an edit to ${article} shows without a restart`);
} catch (error) {
  failures.push(`the test stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (preview.pid) process.kill(-preview.pid, 'SIGINT');
  const ended = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  expect(ended, '`npm run dev` ends within 20 s of the interrupt');
  await sleep(2000);
  const stillListening = await fetch(ORIGIN).then(
    () => true,
    () => false,
  );
  expect(!stillListening, 'nothing answers on the preview port after the interrupt');
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  // The polling above logs a request a second; they would push the watchers' lines out of the tail.
  const withoutRequests = log
    .split('\n')
    .filter((line) => !/^\s*GET \//.test(line))
    .join('\n');
  console.error(
    `✗ Preview: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}\n--- npm run dev printed (its request lines left out; last 6,000 characters):\n${withoutRequests.slice(-6000)}`,
  );
  process.exitCode = 1;
} else {
  console.log('✓ Preview: starts with a broken file, shows its problem on every page, drops it when mended, shows edits, and stops cleanly.');
}
