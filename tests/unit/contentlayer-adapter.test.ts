import { execFileSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFileName, readGeneratedDocument, readGeneratedDocuments } from '@/lib/content/contentlayer/output';
import { articleFromDocument, authorFromDocument } from '@/lib/content/records';
import { PROJECT_ROOT, scratchProject, type ScratchProject } from '../site/scratch-project';

/*
 * Everything we rely on in contentlayer2 beyond its documented config, pinned against the real
 * CLI: where it writes, how it names each document's file, what a record holds, and that our
 * preload (lib/content/contentlayer/preload.mjs) is active in the CLI we run. A contentlayer2
 * release that changes any of it fails here, and lib/content/contentlayer/ is what to change.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/contentlayer');
const NESTED = 'content/articles/2026/rates-hold.mdx';
const FLAT = 'content/articles/quiet-week.mdx';
const CORRECTED = 'content/articles/2026/port-corrected.mdx';

let project: ScratchProject;
let build: SpawnSyncReturns<string>;
beforeAll(() => {
  project = scratchProject(join(FIXTURE, 'content'), join(FIXTURE, 'public'));
  build = project.run('npm run -s build:content');
}, 180_000);
afterAll(() => project?.remove());

describe("contentlayer2's output, as lib/content/contentlayer/output.ts reads it", () => {
  it('compiles the fixture tree', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it('writes an index and one file per document, named by documentFileName', () => {
    const files = readdirSync(join(project.root, '.contentlayer/generated/Article')).sort();
    expect(files).toEqual([
      '_index.json',
      '_index.mjs',
      'articles__2026__port-corrected.mdx.json',
      'articles__2026__rates-hold.mdx.json',
      'articles__quiet-week.mdx.json',
    ]);
    expect(documentFileName('articles/2026/rates-hold.mdx')).toBe('articles__2026__rates-hold.mdx.json');
    expect(documentFileName('2026/x.mdx')).toBe('_2026__x.mdx.json');
  });

  it('writes an empty index for a type with no files, so a site without content/pages/ reads no pages', () => {
    expect(readGeneratedDocuments('Page', project.root)).toEqual([]);
  });

  it('gives each record its content file and body HTML, and narrows to our types', () => {
    const articles = readGeneratedDocuments('Article', project.root)
      .map(articleFromDocument)
      .sort((a, b) => a.contentFile.localeCompare(b.contentFile));
    const notesOf = { corrections: [], updates: [], status: undefined, access: 'free' };
    expect(articles).toEqual([
      {
        contentFile: CORRECTED,
        slug: 'port-corrected',
        title: 'Port Reopens',
        date: '2026-03-10T00:00:00.000Z',
        // Neither written nor contentlayer2's: the last change, worked out from the notes.
        updated: '2026-03-12T16:00:00.000Z',
        authors: ['ada-quill'],
        tags: ['Shipping'],
        summary: undefined,
        image: undefined,
        imageAlt: undefined,
        imageCredit: undefined,
        draft: undefined,
        sentiment: undefined,
        dek: 'The port reopened after the storm.',
        readingMinutes: 1,
        leadImage: undefined,
        corrections: [{ date: '2026-03-11T00:00:00.000Z', timed: false, text: 'The port reopened on Tuesday, not Monday.' }],
        updates: [
          { date: '2026-03-12T16:00:00.000Z', timed: true, text: 'Backlog cleared.' },
          { date: '2026-03-10T08:30:00.000Z', timed: true, text: 'First ships berthed.' },
        ],
        status: 'developing',
        access: 'premium',
      },
      {
        ...notesOf,
        contentFile: NESTED,
        slug: 'rates-hold',
        title: 'Rates Hold',
        date: '2026-03-02T00:00:00.000Z',
        updated: '2026-03-03T10:00:00.000Z',
        authors: ['ada-quill'],
        tags: ['Markets'],
        summary: undefined,
        image: '/images/lead.svg',
        imageAlt: 'A flat line',
        imageCredit: 'Fixture graphics',
        imageKind: undefined,
        draft: undefined,
        sentiment: 'negative',
        // The comment names no analyst: the first author signs it, dated with the story.
        analyst: 'ada-quill',
        verdictDate: undefined,
        dek: 'Lenders kept their rates unchanged this week.',
        readingMinutes: 1,
        leadImage: { src: '/images/lead.svg', alt: 'A flat line', credit: 'Fixture graphics', width: 40, height: 30, kind: 'photo' },
      },
      {
        ...notesOf,
        contentFile: FLAT,
        slug: 'quiet-week',
        title: 'A Quiet Week',
        date: '2026-03-09T00:00:00.000Z',
        updated: undefined,
        authors: ['ada-quill'],
        tags: ['Markets', 'Policy'],
        summary: 'Nothing happened.',
        image: undefined,
        imageAlt: undefined,
        imageCredit: undefined,
        imageKind: undefined,
        draft: true,
        sentiment: undefined,
        dek: 'Nothing happened.',
        readingMinutes: 1,
        leadImage: undefined,
      },
    ]);
  });

  it("reads one article's body from its own file", () => {
    expect(readGeneratedDocument('Article', FLAT, project.root).bodyHtml).toBe('<p>Nothing happened at all.</p>');
    expect(readGeneratedDocument('Article', NESTED, project.root).bodyHtml).toContain('Inflation outpaces the rate.');
  });

  it('reads authors with their bio', () => {
    expect(readGeneratedDocuments('Author', project.root).map(authorFromDocument)).toEqual([
      {
        contentFile: 'content/authors/ada-quill.mdx',
        slug: 'ada-quill',
        name: 'Ada Quill',
        role: undefined,
        avatar: undefined,
        links: { website: 'https://example.com/ada' },
        body: { html: '<p>Ada <em>writes</em> fixtures.</p>' },
      },
    ]);
  });
});

describe('the preload in the CLI that package.json runs', () => {
  // Run with the same --import as package.json's `contentlayer` script, in the scratch project.
  const probe = (code: string) => {
    const command = JSON.parse(readFileSync(join(project.root, 'package.json'), 'utf8')).scripts.contentlayer;
    const preload = /--import (\S+)/.exec(command)?.[1];
    expect(preload).toBe('./lib/content/contentlayer/preload.mjs');
    return execFileSync(process.execPath, ['--import', preload!, '--input-type=module', '-e', code], { cwd: project.root, encoding: 'utf8' });
  };

  it("refuses gray-matter's JavaScript engines and turns Effect tracing off", () => {
    const output = probe(`
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      const engines = require('gray-matter/lib/engines.js');
      const refused = ['js', 'javascript', 'coffee', 'coffeescript', 'cson'].map((name) => {
        try { engines[name]('1'); return name + ': ran'; } catch (error) { return error.message; }
      });
      const { isTracingEnabled } = require('@effect-ts/system/Tracing/Global');
      console.log(JSON.stringify({ refused, tracing: isTracingEnabled() }));`);
    expect(JSON.parse(output)).toEqual({
      refused: ['js', 'javascript', 'coffee', 'coffeescript', 'cson'].map((name) => `Frontmatter in ${name} is refused: content frontmatter is YAML only`),
      tracing: false,
    });
  });

  it('reads content files through the content check, naming file and line', () => {
    writeFileSync(join(project.root, 'content/articles/js.mdx'), '---js\n{ title: "x" }\n---\n\nBody\n');
    writeFileSync(join(project.root, 'content/articles/crlf.mdx'), '---\r\ntitle: x\r\n---\r\n\r\nBody\r\n');
    // In `npm run dev` no check runs first: a body that would take minutes to parse is refused here.
    writeFileSync(join(project.root, 'content/articles/deep.mdx'), `---\ntitle: x\n---\n\n${'>'.repeat(5000)} bottom\n`);
    const output = probe(`
      import { promises as fs } from 'node:fs';
      const read = (path) => fs.readFile(path, 'utf8').then((text) => JSON.stringify(text), (error) => error.message);
      console.log(JSON.stringify([await read('content/articles/crlf.mdx'), await read('content/articles/js.mdx'), await read('content/articles/deep.mdx')]));`);
    const [crlf, js, deep] = JSON.parse(output);
    expect(crlf).toBe(JSON.stringify('---\ntitle: x\n---\n\nBody\n'));
    expect(js).toMatch(
      /^content\/articles\/js\.mdx:1: a content file must start with a line of exactly --- .*\(run npm run check:content for every problem\)$/,
    );
    expect(deep).toMatch(/^content\/articles\/deep\.mdx:5: this line opens more than 10 quotes or lists inside one another/);
  });
});

describe('containment', () => {
  it('nothing outside lib/content/contentlayer/ knows contentlayer2', () => {
    // The site's own code: its folders and the configuration files at the root; tests may know.
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /^(app|components|lib|scripts)\/|^[^/]+$/.test(file) && /\.(ts|tsx|mjs)$/.test(file) && !file.startsWith('lib/content/contentlayer/'));
    expect(tracked.length).toBeGreaterThan(50);
    const knowing = tracked.filter((file) =>
      /from ['"](contentlayer2|@contentlayer2|contentlayer\/generated)|\.contentlayer\/generated|_index\.json|\b_raw\b/.test(
        readFileSync(join(PROJECT_ROOT, file), 'utf8'),
      ),
    );
    expect(knowing).toEqual([]);
  });
});
