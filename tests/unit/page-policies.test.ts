import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givePagePolicies } from '@/scripts/build/page-policies';

/*
 * The hosting step's pass over exported pages (scripts/build/page-policies.ts), in this process
 * for a few pages and on worker threads for many: every page gets its policy, and a page with a
 * script inside its content stops the step, naming the page, whichever thread found it.
 */
const page = (content: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script>theme()</script></head><body><main>${content}</main><script>payload()</script></body></html>`;

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function pages(count: number, stray?: number): string[] {
  folder = mkdtempSync(join(tmpdir(), 'newsdesk-policies-'));
  return Array.from({ length: count }, (_, index) => {
    const path = join(folder, `page-${index}.html`);
    writeFileSync(path, page(index === stray ? '<p>Text</p><script>alert(1)</script>' : `<p>Story ${index}</p>`));
    return path;
  });
}

describe('givePagePolicies', () => {
  it.each([
    ['in this process', 3],
    ['on worker threads', 450],
  ])('gives every page its policy %s', async (_, count) => {
    const paths = pages(count);
    // Two inline scripts a page: the theme script and the payload.
    expect(await givePagePolicies(paths)).toBe(count * 2);
    for (const path of [paths[0]!, paths.at(-1)!]) expect(readFileSync(path, 'utf8')).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it.each([
    ['in this process', 3, 1],
    ['on worker threads', 450, 401],
  ])('stops at a script inside the content, naming the page, %s', async (_, count, stray) => {
    const paths = pages(count, stray);
    await expect(givePagePolicies(paths)).rejects.toThrow(`page-${stray}.html: an inline script inside the page's content, which no policy allows: "alert(1)"`);
  });
});
