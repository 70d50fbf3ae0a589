import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpawnSyncReturns } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleBodyKey, COMPILED_DIR, readArticleBody, readCatalog, readCompiledDocuments } from '@/lib/content/compiled-store';
import { articleFromDocument, authorFromDocument } from '@/lib/content/records';
import { PROJECT_ROOT, scratchProject, type ScratchProject } from '../site/scratch-project';

/*
 * The content compile, alone and as the build runs it with the check (`npm run build:content`), in a
 * scratch copy of the project: what it writes, what lib/ reads back from it, and what it compiles
 * again after an edit.
 * The expected records are the ones contentlayer2, the compiler before ours, produced from these
 * files: the site reads exactly what it read before.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/compile');
const NESTED = 'content/articles/2026/rates-hold.mdx';
const FLAT = 'content/articles/quiet-week.mdx';
const CORRECTED = 'content/articles/2026/port-corrected.mdx';
const LONG = `content/articles/${'f'.repeat(200)}/${'g'.repeat(60)}.mdx`;

let project: ScratchProject;
let build: SpawnSyncReturns<string>;
/** The compile alone, as the preview's watcher runs it. */
const compile = (env: Record<string, string> = {}) => project.run('node --import tsx scripts/compile-content.ts', env);
/** The build's step: the content check and the compile (`--check`). */
const checkAndCompile = (env: Record<string, string> = {}) => project.run('npm run -s build:content', env);
const bodies = () => readdirSync(join(project.root, COMPILED_DIR, 'bodies')).sort();
const catalogText = () => ['Article', 'Author', 'Page'].map((type) => readFileSync(join(project.root, COMPILED_DIR, `${type}.json`), 'utf8')).join('\n');

beforeAll(() => {
  project = scratchProject(join(FIXTURE, 'content'), join(FIXTURE, 'public'));
  build = compile();
}, 180_000);
afterAll(() => project?.remove());

describe('the content compile', () => {
  it('compiles the fixture tree', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/4 compiled, 0 unchanged, 0 removed/);
  });

  it('writes a catalog per type and one body file per article, named after its path', () => {
    expect(readdirSync(join(project.root, COMPILED_DIR)).sort()).toEqual(['Article.json', 'Author.json', 'Page.json', 'bodies']);
    const catalog = readCatalog('Article', project.root)!;
    expect(bodies()).toEqual(catalog.documents.map((entry) => entry.bodyFile).sort());
    expect(bodies()).toHaveLength(3);
    const flat = catalog.documents.find((entry) => entry.contentFile === FLAT)!;
    expect(flat.bodyFile).toMatch(/^articles__quiet-week\.mdx\.[\w-]{8}\.html$/);
    // Listings read the catalog: no article body is in it.
    expect(catalogText()).not.toContain('Nothing happened at all.');
  });

  it('writes an empty catalog for a type with no files, so a site without content/pages/ reads no pages', () => {
    expect(readCompiledDocuments('Page', project.root)).toEqual([]);
  });

  it('gives each record its content file and body HTML, and narrows to our types', () => {
    const articles = readCompiledDocuments('Article', project.root)
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
    expect(readArticleBody(FLAT, project.root)).toBe('<p>Nothing happened at all.</p>');
    expect(readArticleBody(NESTED, project.root)).toContain('Inflation outpaces the rate.');
  });

  it('reads authors with their bio', () => {
    expect(readCompiledDocuments('Author', project.root).map(authorFromDocument)).toEqual([
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

  it('compiles again only what changed: an edit, a new file, a deleted file, a changed lead image', () => {
    const flatPath = join(project.root, FLAT);
    const before = bodies();
    const keysBefore = [FLAT, NESTED].map((file) => articleBodyKey(file, project.root));
    writeFileSync(flatPath, readFileSync(flatPath, 'utf8').replace('Nothing happened at all.', 'Nothing happened at all, again.'));
    const edited = compile();
    expect(edited.stdout).toMatch(/1 compiled, 3 unchanged, 0 removed/);
    // The key the build plan takes for a body changes with the body, and only then.
    readCompiledDocuments('Article', project.root);
    expect(articleBodyKey(FLAT, project.root)).not.toBe(keysBefore[0]);
    expect(articleBodyKey(NESTED, project.root)).toBe(keysBefore[1]);
    expect(readArticleBody(FLAT, project.root)).toBe('<p>Nothing happened at all, again.</p>');
    // The edited article's body has a new name; the old one is gone, the others stay as they were.
    const after = bodies();
    expect(after.filter((name) => !before.includes(name))).toEqual([expect.stringMatching(/^articles__quiet-week/)]);
    expect(before.filter((name) => !after.includes(name))).toEqual([expect.stringMatching(/^articles__quiet-week/)]);

    expect(compile().stdout).toMatch(/0 compiled, 4 unchanged, 0 removed/);

    const svg = join(project.root, 'public/images/lead.svg');
    writeFileSync(svg, readFileSync(svg, 'utf8').replace('width="40"', 'width="80"'));
    expect(compile().stdout).toMatch(/1 compiled, 3 unchanged, 0 removed/);
    const nested = readCompiledDocuments('Article', project.root).find((document) => document.contentFile === NESTED)!;
    expect(articleFromDocument(nested).leadImage?.width).toBe(80);
    expect(articleBodyKey(NESTED, project.root)).not.toBe(keysBefore[1]);

    rmSync(flatPath);
    expect(compile().stdout).toMatch(/0 compiled, 3 unchanged, 1 removed/);
    expect(bodies()).toHaveLength(2);
    expect(readCompiledDocuments('Article', project.root).map((document) => document.contentFile)).not.toContain(FLAT);
  });

  it('compiles everything again when the code that compiles changes', () => {
    const renderer = join(project.root, 'components/body-components.tsx');
    writeFileSync(renderer, `${readFileSync(renderer, 'utf8')}\n// A change to how bodies render.\n`);
    const before = bodies();
    expect(compile().stdout).toMatch(/3 compiled, 0 unchanged, 0 removed/);
    // Bodies are named by the code too: a compile killed before its catalogs, followed by a
    // compile with the old code again, finds the old code's bodies as its catalog names them.
    expect(bodies().filter((name) => before.includes(name))).toEqual([]);
    expect(bodies()).toHaveLength(before.length);
  });

  it('fails on a file it cannot compile, naming file and line, and leaves the store as it was', () => {
    const store = catalogText();
    const storedBodies = bodies();
    writeFileSync(join(project.root, 'content/articles/js.mdx'), '---js\n{ title: "x" }\n---\n\nBody\n');
    // In `npm run dev` no check runs first: a body that would take minutes to parse is refused here.
    const frontmatter = '---\ntitle: Deep\ndate: 2026-03-01\nauthors: [ada-quill]\ntags: [Markets]\n---\n';
    writeFileSync(join(project.root, 'content/articles/deep.mdx'), `${frontmatter}\n${'>'.repeat(5000)} bottom\n`);
    // A path whose body file's name would pass the file system's 255 bytes.
    mkdirSync(join(project.root, 'content/articles', 'f'.repeat(200)));
    writeFileSync(join(project.root, LONG), readFileSync(join(project.root, NESTED), 'utf8'));
    const failed = compile();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(`${LONG}: the path below content/ is too long for the build`);
    expect(failed.stderr).toMatch(/^content\/articles\/js\.mdx:1: a content file must start with a line of exactly ---/m);
    expect(failed.stderr).toMatch(/^content\/articles\/deep\.mdx:8: this line opens more than 10 quotes or lists inside one another/m);
    expect(catalogText()).toBe(store);
    expect(bodies()).toEqual(storedBodies);
  });

  it("with the check (the build's step), fails with the check's report on every file and leaves the store as it was", () => {
    const store = catalogText();
    const failed = checkAndCompile({ NEWSDESK_CHECK_BODY_DEADLINE_MS: '60000' });
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(`${LONG}\n  file: the path below content/ is too long for the build`);
    expect(failed.stderr).toMatch(/^content\/articles\/js\.mdx\n {2}line 1: a content file must start with a line of exactly ---/m);
    expect(failed.stderr).toMatch(/^content\/articles\/deep\.mdx\n {2}line 8: this line opens more than 10 quotes or lists inside one another/m);
    expect(failed.stderr).toMatch(/Content check failed: \d+ problems in 3 files\. Nothing was published/);
    expect(catalogText()).toBe(store);
    // The preview's "write what compiles" would break the check's promise: the two are refused together.
    const both = checkAndCompile({ NEWSDESK_PREVIEW: '1' });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--check is the build's step, and NEWSDESK_PREVIEW=1 the preview's");
    expect(catalogText()).toBe(store);
  });

  it('leaves a failing file out of the preview and compiles the rest', () => {
    writeFileSync(join(project.root, 'content/articles/fresh.mdx'), readFileSync(join(project.root, NESTED), 'utf8').replace('Rates Hold', 'Fresh Story'));
    const preview = compile({ NEWSDESK_PREVIEW: '1' });
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/1 compiled, 3 unchanged, 0 removed, 3 left out of the preview/);
    expect(
      readCompiledDocuments('Article', project.root)
        .map((document) => document.contentFile)
        .sort(),
    ).toEqual([CORRECTED, NESTED, 'content/articles/fresh.mdx']);
    rmSync(join(project.root, 'content/articles/js.mdx'));
    rmSync(join(project.root, 'content/articles/deep.mdx'));
    rmSync(join(project.root, LONG));
  });

  it('with the check, compiles a tree the check passes', () => {
    const checked = checkAndCompile();
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('Content check passed: no problems found. (4 files)');
    expect(checked.stdout).toMatch(/Content checked and compiled in [\d.]+ s: 0 compiled, 4 unchanged, 0 removed\./);
  });

  it('with the check, reads the body the check reads: a "--- " line does not end the frontmatter and hide the body in a code block', () => {
    const trick = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/adversarial/refused/articles/fence-with-trailing-space.mdx'), 'utf8');
    writeFileSync(join(project.root, 'content/articles/fence.mdx'), trick);
    const failed = checkAndCompile();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/^content\/articles\/fence\.mdx\n {2}line 12: the HTML element <script> is not allowed/m);
    expect(failed.stderr).toMatch(/^ {2}line 14: link javascript:alert\(1\) uses the javascript: scheme/m);
    rmSync(join(project.root, 'content/articles/fence.mdx'));
  });

  it('with the check, stops compiling a body that would take minutes to parse once its deadline passes, naming the file', () => {
    const store = catalogText();
    // Passes the text scan, yet took 64 s to parse when a red-team found it.
    const frontmatter = '---\ntitle: Slow to parse\ndate: 2026-03-02\nauthors: [ada-quill]\ntags: [Markets]\n---\n';
    writeFileSync(join(project.root, 'content/articles/slow.mdx'), `${frontmatter}\n${'- > a\n'.repeat(4800)}`);
    const started = performance.now();
    const failed = checkAndCompile({ NEWSDESK_CHECK_BODY_DEADLINE_MS: '1000' });
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/^content\/articles\/slow\.mdx\n {2}file: the body took more than 1 s to read, so its formatting is too complex/m);
    // Read once, by the compile: the check did not wait for the same body a second time.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(catalogText()).toBe(store);
    rmSync(join(project.root, 'content/articles/slow.mdx'));
  });
});

describe('containment', () => {
  it('nothing but lib/content/compiled-store.ts knows where compiled content lives', () => {
    // The site's own code: its folders and the configuration files at the root; tests may know.
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /^(app|components|lib|scripts)\/|^[^/]+$/.test(file) && /\.(ts|tsx|mjs)$/.test(file) && file !== 'lib/content/compiled-store.ts');
    expect(tracked.length).toBeGreaterThan(50);
    const knowing = tracked.filter((file) =>
      /\.newsdesk\/content|\b(Article|Author|Page)\.json\b|['"]bodies['"]/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')),
    );
    expect(knowing).toEqual([]);
  });
});
