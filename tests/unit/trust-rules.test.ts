import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '@/lib/content/rules';
import { publicFolderContext, readSourceFiles } from '@/lib/content/source-files';

/*
 * The trust rules that need the build's clock or a whole tree: a verdict's date against the clock
 * and the story's own date, and links to the trust pages. (Each hostile value on its own is in
 * the adversarial corpus, tests/unit/adversarial-check.test.ts.)
 */
const siteRoot = join(import.meta.dirname, '../fixtures/site');
const validTree = readSourceFiles(siteRoot);
const NOW = new Date('2026-06-15T12:00:00Z');
const context = { ...publicFolderContext(siteRoot), now: NOW };

const article = (date: string, comment: string, body = 'Text.'): SourceFile => ({
  path: 'content/articles/2026/probe.mdx',
  kind: 'article',
  raw: `---\ntitle: Probe\ndate: ${date}\nauthors: [ada-quill]\ntags: [Markets]\n---\n\n${body}\n\n${comment}\n`,
});
const verdict = (attributes: string) => `<AnalystComment sentiment="neutral" ${attributes}>\nWhy.\n</AnalystComment>`;
const problemsWith = (...files: SourceFile[]) => checkContent([...validTree, ...files], context).map(({ file, line, message }) => ({ file, line, message }));

describe('verdict dates and the build clock', () => {
  it('accepts a verdict dated at the clock, and refuses one a second later', () => {
    expect(problemsWith(article('2026-06-01', verdict('date="2026-06-15T12:00:00Z"')))).toEqual([]);
    expect(problemsWith(article('2026-06-01', verdict('date="2026-06-15T12:00:01Z"')))).toEqual([
      {
        file: 'content/articles/2026/probe.mdx',
        line: 10,
        message: '<AnalystComment> date 2026-06-15T12:00:01Z is after the time of the build (2026-06-15T12:00:00.000Z); date the verdict when it was given',
      },
    ]);
  });

  it('lets a scheduled story carry a verdict dated up to its own publication, not after it', () => {
    expect(problemsWith(article('2026-07-01T09:00:00Z', verdict('date="2026-07-01T09:00:00Z"')))).toEqual([]);
    expect(problemsWith(article('2026-07-01T09:00:00Z', verdict('date="2026-07-02"'))).map((p) => p.message)).toEqual([
      '<AnalystComment> date 2026-07-02 is after the time of the build (2026-06-15T12:00:00.000Z); date the verdict when it was given',
    ]);
  });

  it('compares instants, not the text: an offset that lands before the story is refused', () => {
    expect(problemsWith(article('2026-06-01T10:00:00Z', verdict('date="2026-06-01T11:30:00+02:00"'))).map((p) => p.message)).toEqual([
      `<AnalystComment> date 2026-06-01T11:30:00+02:00 is earlier than the article's "date"; a verdict is given at or after publication`,
    ]);
  });

  it('accepts any known author as the analyst, staff or not', () => {
    expect(problemsWith(article('2026-06-01', verdict('analyst="fern-former"')))).toEqual([]);
  });
});

describe('links to trust pages', () => {
  it('accepts /about and existing pages, and names the missing one', () => {
    const body = '[About](/about), [masthead](/about/masthead), [gone](/about/gone).';
    expect(problemsWith(article('2026-06-01', '', body))).toEqual([
      { file: 'content/articles/2026/probe.mdx', line: 8, message: 'link to /about/gone, but there is no page "gone" (a file content/pages/gone.mdx)' },
    ]);
  });

  it('reads content/pages/ as pages: a page may hold the masthead, and its fields are checked', () => {
    const pages = readSourceFiles(siteRoot)
      .filter((file) => file.kind === 'page')
      .map((file) => file.path);
    expect(pages).toEqual(['content/pages/about.mdx', 'content/pages/how-we-rate-the-news.mdx', 'content/pages/masthead.mdx']);
    const page: SourceFile = {
      path: 'content/pages/long.mdx',
      kind: 'page',
      raw: `---\ntitle: ${'t'.repeat(201)}\nauthors: [ada-quill]\n---\n\n<Masthead />\n`,
    };
    expect(problemsWith(page).map((p) => [p.line, p.message])).toEqual([
      [2, '"title" is 201 characters long; at most 200 are allowed'],
      [3, 'unknown field "authors"; allowed fields are title, summary, updated, order'],
    ]);
  });
});
