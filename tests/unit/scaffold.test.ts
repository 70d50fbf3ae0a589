import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScaffoldError, scaffoldArticle, scaffoldAuthor } from '@/lib/authoring/scaffold';
import { slugFromTitle } from '@/lib/authoring/slug';
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

  it('writes an article that passes the content check, dated today, under its year', () => {
    const result = scaffoldArticle(root, readSourceFiles(root), {
      title: 'Chipmakers: "Record" Orders & Tight Supply',
      authors: ['ada-quill'],
      tags: ['Semiconductors', '人工智能'],
      now,
    });
    expect(result).toEqual({
      path: 'content/articles/2026/chipmakers-record-orders-tight-supply.mdx',
      previewPath: '/articles/chipmakers-record-orders-tight-supply',
    });
    const written = readFileSync(join(root, result.path), 'utf8');
    expect(written).toContain(`title: 'Chipmakers: "Record" Orders & Tight Supply'`);
    expect(written).toContain("date: '2026-11-25'");
    expect(written).toMatch(/<AnalystComment sentiment="neutral"/);
    expect(check()).toEqual([]);
  });

  it('refuses a title whose slug already exists, and unknown authors, and writes nothing', () => {
    const existing = readSourceFiles(root);
    expect(() => scaffoldArticle(root, existing, { title: 'Rates hold steady!', authors: ['ada-quill'], tags: [], now })).toThrow(
      /already exists: content\/articles\/2026\/rates-hold-steady\.mdx/,
    );
    expect(() => scaffoldArticle(root, existing, { title: 'New', authors: ['nobody'], tags: [], now })).toThrow(
      new ScaffoldError('Unknown author nobody; known authors: ada-quill, ben-ink (add one with npm run new:author).'),
    );
    expect(readSourceFiles(root)).toHaveLength(existing.length);
  });

  it('writes an author that passes the check and refuses a duplicate', () => {
    const result = scaffoldAuthor(root, readSourceFiles(root), { name: 'Zoë Marchetti', role: 'Energy correspondent' });
    expect(result.path).toBe('content/authors/zoe-marchetti.mdx');
    expect(check()).toEqual([]);
    expect(() => scaffoldAuthor(root, readSourceFiles(root), { name: 'Zoe Marchetti' })).toThrow(/already exists/);
  });
});
