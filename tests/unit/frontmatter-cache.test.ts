import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '@/lib/content/rules';

// The real parser, counted: a file taken from the cache is never parsed.
const parsedTexts: string[] = [];
vi.mock('@/lib/content/frontmatter', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/content/frontmatter')>();
  return { ...real, parseFrontmatter: (source: string) => (parsedTexts.push(source), real.parseFrontmatter(source)) };
});
const { parseFrontmatter } = await import('@/lib/content/frontmatter');
const { FRONTMATTER_CACHE_FILE, parseFrontmattersCached } = await import('@/lib/content/frontmatter-cache');

const article = (path: string, frontmatter: string, body = 'The port reopened.\n\nShips queued overnight.'): SourceFile => ({
  path,
  kind: 'article',
  raw: `---\n${frontmatter}\n---\n${body}`,
});
const story = article('content/articles/a.mdx', 'title: Port reopens\ntags: [Shipping]\ncorrections:\n  - date: 2026-06-01\n    text: A date was wrong.');
const other = article('content/articles/b.mdx', 'title: Rates hold\nauthors: [ada-quill]');

describe('parseFrontmattersCached', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'));
    parsedTexts.length = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives back from the cache exactly what parsing gives: fields, body and every line the rules name', () => {
    parseFrontmattersCached(root, [story, other]);
    parsedTexts.length = 0;
    const again = parseFrontmattersCached(root, [story, other]);
    expect(parsedTexts).toEqual([]);
    // (The comparison parses the files afresh, after the count.)
    for (const file of [story, other]) expect(again.get(file), file.path).toEqual(parseFrontmatter(file.raw));
  });

  it('parses a file again only when its text changes, and writes nothing when nothing changed', () => {
    parseFrontmattersCached(root, [story, other]);
    const cacheFile = join(root, FRONTMATTER_CACHE_FILE);
    const written = statSync(cacheFile).mtimeMs;
    parsedTexts.length = 0;
    parseFrontmattersCached(root, [story, other]);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    const corrected = { ...other, raw: other.raw.replace('Rates hold', 'Rates hold steady') };
    const results = parseFrontmattersCached(root, [story, corrected]);
    expect(parsedTexts).toEqual([corrected.raw]);
    expect(results.get(corrected)).toMatchObject({ data: { title: 'Rates hold steady' } });
  });

  it('never keeps a problem, a refused file or a value JSON would change', () => {
    const broken = article('content/articles/c.mdx', 'title: [unclosed');
    const infinite = article('content/articles/d.mdx', 'title: Odds\nrank: .inf\nscore: -0');
    const refused: SourceFile = { path: 'content/articles/e.mdx', kind: 'article', raw: '', refusal: { line: undefined, message: 'a symbolic link' } };
    parseFrontmattersCached(root, [broken, infinite, refused]);
    parsedTexts.length = 0;
    const again = parseFrontmattersCached(root, [broken, infinite, refused]);
    expect(parsedTexts).toEqual([broken.raw, infinite.raw]);
    expect(again.get(broken)).toHaveProperty('problem');
    expect(again.get(infinite)).toMatchObject({ data: { rank: Infinity } });
    expect(Object.is((again.get(infinite) as unknown as { data: { score: number } }).data.score, -0)).toBe(true);
    expect(again.has(refused)).toBe(false);
  });

  it('trusts nothing kept by other code, or a cache it cannot read', () => {
    parseFrontmattersCached(root, [story]);
    const cacheFile = join(root, FRONTMATTER_CACHE_FILE);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { code: string };
    writeFileSync(cacheFile, JSON.stringify({ ...cache, code: 'other code' }));
    parsedTexts.length = 0;
    parseFrontmattersCached(root, [story]);
    expect(parsedTexts).toEqual([story.raw]);
    writeFileSync(cacheFile, '{ not json');
    parsedTexts.length = 0;
    const results = parseFrontmattersCached(root, [story]);
    expect(parsedTexts).toEqual([story.raw]);
    expect(results.get(story)).toEqual(parseFrontmatter(story.raw));
  });
});
