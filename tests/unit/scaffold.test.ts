import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { ScaffoldError, scaffoldArticle, scaffoldAuthor } from '@/lib/authoring/scaffold';
import { slugFromTitle } from '@/lib/authoring/slug';
import { ARTICLE_PLACEHOLDERS, AUTHOR_PLACEHOLDERS, SENTIMENT_PLACEHOLDER } from '@/lib/authoring/templates';
import { bodyHtmlPipeline } from '@/lib/content/body-html';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { checkContent } from '@/lib/content/rules';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { publicFolderContext, readSourceFiles } from '@/lib/content/source-files';

describe('slugFromTitle', () => {
  it.each([
    ['Fed Trims Rates by a Quarter Point', 'fed-trims-rates-by-a-quarter-point'],
    ['Q&A: "Why" it matters — now', 'qa-why-it-matters-now'],
    ['Économie : Zürich über alles', 'economie-zurich-uber-alles'],
    ['人工智能 新规', '人工智能-新规'],
    ['Рынки растут', 'рынки-растут'],
    ['  snake_case   and   spaces ', 'snake-case-and-spaces'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugFromTitle('!!! ???')).toBe('');
  });
});

describe('scaffolders', () => {
  let root: string;
  const now = new Date('2026-11-25T10:00:00Z');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'newsdesk-scaffold-'));
    cpSync(join(import.meta.dirname, '../fixtures/site'), root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const check = () => checkContent(readSourceFiles(root), publicFolderContext(root));

  const scaffoldChips = () =>
    scaffoldArticle(root, readSourceFiles(root), {
      title: 'Chipmakers: "Record" Orders & Tight Supply',
      authors: ['ada-quill'],
      tags: ['Semiconductors', '人工智能'],
      now,
    });
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));

  it('writes a draft dated today, under its year, with the verdict left to the author', () => {
    const result = scaffoldChips();
    expect(result).toEqual({
      path: 'content/articles/2026/chipmakers-record-orders-tight-supply.mdx',
      previewPath: '/articles/chipmakers-record-orders-tight-supply',
    });
    const written = readFileSync(join(root, result.path), 'utf8');
    expect(written).toContain(`title: 'Chipmakers: "Record" Orders & Tight Supply'`);
    expect(written).toContain("date: '2026-11-25'");
    expect(written).toMatch(/^draft: true$/m);
    // No sentiment is chosen for the author: the only one written is the placeholder, inside a comment.
    expect(written.match(/sentiment="[^"]*"/g)).toEqual([`sentiment="${SENTIMENT_PLACEHOLDER}"`]);
    expect(written).toMatch(/\{\/\*[^]*<AnalystComment[^]*\*\/\}\n$/);
    expect(check()).toEqual([]);
  });

  it('writes a draft the preview can render: the unchosen verdict stays in a comment, not a live block that needs a sentiment', async () => {
    const { path } = scaffoldChips();
    const processor = unified();
    bodyHtmlPipeline(bodyComponents)(processor);
    const frontmatter = parseFrontmatter(readFileSync(join(root, path), 'utf8'));
    if ('problem' in frontmatter) throw new Error(frontmatter.problem.message);
    const html = String(await processor.process(frontmatter.body));
    expect(html).toContain(`<p>${ARTICLE_PLACEHOLDERS.facts.text}</p>`);
    expect(html).not.toMatch(/AnalystComment|Analyst comment|sentiment/i);
  });

  it('refuses every placeholder, on its line, once the draft line is gone', () => {
    const { path } = scaffoldChips();
    edit(path, (text) => text.replace('draft: true\n', ''));
    const lines = readFileSync(join(root, path), 'utf8').split('\n');
    const expected = Object.values(ARTICLE_PLACEHOLDERS).map(({ text, instead }) => ({
      file: path,
      line: lines.findIndex((line) => line.includes(text)) + 1,
      message: expect.stringContaining(instead),
    }));
    expect(expected.every(({ line }) => line > 0)).toBe(true);
    expect(check()).toEqual(expected.map((problem) => expect.objectContaining(problem)));
  });

  it('publishes once the placeholders are replaced and a verdict is chosen', () => {
    const { path } = scaffoldChips();
    const p = ARTICLE_PLACEHOLDERS;
    edit(path, (text) =>
      text
        .replace('draft: true\n', '')
        .replace(p.summary.text, 'Orders outrun supply')
        .replace(p.lead.text, 'Orders rose.')
        .replace(p.facts.text, 'By a third.')
        .replace(p.next.text, 'More orders.')
        .replace(`{/* ${p.verdict.text}\n`, '')
        .replace('*/}\n', '')
        .replace(SENTIMENT_PLACEHOLDER, 'positive')
        .replace(p.verdictHeadline.text, 'Demand holds')
        .replace(p.verdictReasoning.text, 'Because it does.'),
    );
    expect(check()).toEqual([]);
  });

  it('refuses a title whose slug already exists, and unknown authors, and writes nothing', () => {
    const existing = readSourceFiles(root);
    expect(() => scaffoldArticle(root, existing, { title: 'Rates hold steady!', authors: ['ada-quill'], tags: [], now })).toThrow(
      /already exists: content\/articles\/2026\/rates-hold-steady\.mdx/,
    );
    expect(() => scaffoldArticle(root, existing, { title: 'New', authors: ['nobody'], tags: [], now })).toThrow(
      new ScaffoldError(
        `Unknown author nobody; known authors: ${existing
          .filter((file) => file.kind === 'author')
          .map((file) => file.path.replace(/^.*\/|\.mdx$/g, ''))
          .join(', ')} (add one with npm run new:author).`,
      ),
    );
    expect(readSourceFiles(root)).toHaveLength(existing.length);
  });

  it('writes an author whose placeholder bio the check refuses until it is written, and refuses a duplicate', () => {
    const result = scaffoldAuthor(root, readSourceFiles(root), { name: 'Zoë Marchetti', role: 'Energy correspondent' });
    expect(result.path).toBe('content/authors/zoe-marchetti.mdx');
    expect(check()).toEqual([{ file: result.path, field: undefined, line: 6, message: expect.stringContaining(AUTHOR_PLACEHOLDERS.bio.instead) }]);
    edit(result.path, (text) => text.replace(AUTHOR_PLACEHOLDERS.bio.text, 'Zoë covers energy from Milan.'));
    expect(check()).toEqual([]);
    expect(() => scaffoldAuthor(root, readSourceFiles(root), { name: 'Zoe Marchetti' })).toThrow(/already exists/);
  });
});

describe('npm run new:article and new:author without a terminal', () => {
  const projectRoot = join(import.meta.dirname, '../..');
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'newsdesk-new-content-'));
    cpSync(join(projectRoot, 'tests/fixtures/site'), root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the script as npm would, in the content folder, with piped input (so no TTY). */
  const run = (args: string[], input = '') =>
    spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href, join(projectRoot, 'scripts/new-content.ts'), ...args],
      {
        cwd: root,
        input,
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: join(projectRoot, 'tsconfig.json') },
      },
    );
  const articles = () => readdirSync(join(root, 'content/articles/2026'));

  it('names every flag with an example when values are missing, and writes nothing', () => {
    const before = articles();
    const result = run(['article'], 'A Piped Headline\nada-quill\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Nothing was written: missing --title and --author \(there is no terminal to ask in/);
    for (const flag of ['--title', '--author', '--tags']) expect(result.stderr).toContain(`\n  ${flag} `);
    expect(result.stderr).toContain('npm run new:article -- --title "');
    expect(articles()).toEqual(before);

    const author = run(['author', '--role', 'Editor']);
    expect(author.stderr).toMatch(/^Nothing was written: missing --name .*\n.*\n {2}--name .*\n {2}--role /);
  });

  it('writes a draft from flags alone', () => {
    const result = run(['article', '--title', 'Piped Story', '--author', 'ada-quill', '--author', 'ben-ink']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created content\/articles\/\d{4}\/piped-story\.mdx as a draft\./);
    const [path] = result.stdout.match(/content\/articles\/\d{4}\/piped-story\.mdx/)!;
    expect(readFileSync(join(root, path), 'utf8')).toContain('authors: [ada-quill, ben-ink]\ntags: [News]\n');
  });
});
