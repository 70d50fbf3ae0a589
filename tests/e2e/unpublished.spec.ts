import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { OUT_DIR, publishedArticles, unpublishedArticles } from './helpers/content';

const unpublished = unpublishedArticles();

/** The forms a string takes as is, escaped for HTML or XML (React, feeds), and in JSON (RSC payloads, JSON Feed). */
function spellings(text: string): string[] {
  const markup = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const quoted = ['&#x27;', '&#39;', '&apos;'].map((apostrophe) => markup.replace(/"/g, '&quot;').replace(/'/g, apostrophe));
  return [...new Set([text, markup, ...quoted, JSON.stringify(text).slice(1, -1)])];
}

/** Every file under out/ as text; gzip-compressed ones (such as a search index) are unpacked first. */
function readOut(): Array<{ file: string; text: string }> {
  return readdirSync(OUT_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const bytes = readFileSync(path);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file: relative(OUT_DIR, path), text: (gzipped ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

if (unpublished.length === 0) throw new Error('the test site needs a draft or a scheduled article');

test.describe('drafts and scheduled articles', () => {
  test('appear nowhere in out/', () => {
    const files = readOut();
    expect(files.some((f) => f.file.endsWith('.html')) && files.some((f) => f.file.endsWith('.js')), 'out/ holds the built site').toBe(true);
    // The scan must be able to find things: every published slug is somewhere in out/.
    for (const { slug } of publishedArticles()) {
      expect(
        files.some(({ text }) => text.includes(slug)),
        `published ${slug} found in out/`,
      ).toBe(true);
    }

    const leaks: string[] = [];
    for (const story of unpublished) {
      const needles = [story.slug, ...spellings(story.title), ...(story.summary ? spellings(story.summary) : [])];
      for (const { file, text } of files) {
        const found = needles.filter((needle) => text.includes(needle));
        if (found.length > 0) leaks.push(`${file}: ${found.map((n) => JSON.stringify(n.slice(0, 60))).join(', ')}`);
      }
    }
    expect(leaks, `unpublished articles (${unpublished.map((a) => a.slug).join(', ')}) leaked into out/`).toEqual([]);
  });

  for (const { slug } of unpublished) {
    test(`/articles/${slug} is a 404`, async ({ request }) => {
      for (const path of [`/articles/${slug}`, `/articles/${slug}.html`, `/articles/${slug}.txt`]) {
        expect((await request.get(path, { maxRedirects: 5 })).status(), path).toBe(404);
      }
    });
  }
});
