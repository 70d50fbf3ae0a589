import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropNavigationPayloads, navigationPayloads } from '@/scripts/build/drop-navigation-payloads';

/** A slice of a static export as Next 16 writes it: pages, their payloads, and files that must stay. */
const EXPORTED = [
  'index.html',
  'index.txt',
  '__next._tree.txt',
  '__next._full.txt',
  'articles/a-story.html',
  'articles/a-story.txt',
  'articles/a-story/__next._tree.txt',
  'articles/a-story/__next.articles.$d$slug.__PAGE__.txt',
  'articles/a-story/social-card.png',
  'page/2.html',
  'page/2.txt',
  'page/2/__next.$oc$pagination.__PAGE__.txt',
  '_not-found.html',
  '_not-found.txt',
  'robots.txt',
  'notes.txt',
  '_next/static/chunks/app/robots.txt/route-abc.js',
];

describe('navigationPayloads', () => {
  it('picks each page’s .txt and every segment file, and leaves robots.txt, other text files and assets', () => {
    expect(navigationPayloads(EXPORTED)).toEqual([
      'index.txt',
      '__next._tree.txt',
      '__next._full.txt',
      'articles/a-story.txt',
      'articles/a-story/__next._tree.txt',
      'articles/a-story/__next.articles.$d$slug.__PAGE__.txt',
      'page/2.txt',
      'page/2/__next.$oc$pagination.__PAGE__.txt',
      '_not-found.txt',
    ]);
  });
});

describe('dropNavigationPayloads', () => {
  let folder: string | undefined;
  afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('deletes the payloads and the folders they leave empty, and nothing else', () => {
    folder = mkdtempSync(join(tmpdir(), 'payloads-'));
    for (const file of EXPORTED) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      writeFileSync(join(folder, file), file);
    }
    expect(dropNavigationPayloads(folder)).toBe(9);
    const left = readdirSync(folder, { recursive: true, withFileTypes: true }).map((entry) => join(entry.parentPath, entry.name).slice(folder!.length + 1));
    expect(left.sort()).toEqual(
      [
        '_next',
        '_next/static',
        '_next/static/chunks',
        '_next/static/chunks/app',
        '_next/static/chunks/app/robots.txt',
        '_next/static/chunks/app/robots.txt/route-abc.js',
        '_not-found.html',
        'articles',
        'articles/a-story',
        'articles/a-story.html',
        'articles/a-story/social-card.png',
        'index.html',
        'notes.txt',
        'page',
        'page/2.html',
        'robots.txt',
      ].sort(),
    );
  });

  it('removes a folder emptied together with a folder inside it, and keeps a full parent', () => {
    folder = mkdtempSync(join(tmpdir(), 'payloads-'));
    const files = ['series/grid.html', 'series/grid/__next._tree.txt', 'series/grid/part/__next._tree.txt', 'series/grid/part/__next._full.txt'];
    for (const file of files) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      writeFileSync(join(folder, file), file);
    }
    expect(dropNavigationPayloads(folder)).toBe(3);
    expect(readdirSync(join(folder, 'series'))).toEqual(['grid.html']);
  });
});
