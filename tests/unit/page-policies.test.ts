import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givePagePolicies } from '@/scripts/build/page-policies';

/*
 * The script policy step (scripts/build/page-policies.ts) over Next's render folder: every page
 * gets its policy, and a page with a script inside its content stops the step, naming the page.
 */
const page = (content: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script>theme()</script></head><body><main>${content}</main><script>behaviours()</script></body></html>`;

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function render(stray?: string): void {
  folder = mkdtempSync(join(tmpdir(), 'newsdesk-policies-'));
  mkdirSync(join(folder, 'articles'));
  writeFileSync(join(folder, 'index.html'), page('<p>Home</p>'));
  writeFileSync(join(folder, 'articles/a-story.html'), page(stray ?? '<p>Story</p>'));
  writeFileSync(join(folder, 'robots.txt'), 'User-agent: *');
}

describe('givePagePolicies', () => {
  it('gives every page of the folder its policy, and touches nothing else', () => {
    render();
    // Two inline scripts a page: the theme script and the behaviour script.
    expect(givePagePolicies(folder)).toEqual({ pages: 2, scripts: 4 });
    for (const file of ['index.html', 'articles/a-story.html'])
      expect(readFileSync(join(folder, file), 'utf8')).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(readFileSync(join(folder, 'robots.txt'), 'utf8')).toBe('User-agent: *');
  });

  it('stops at a script inside the content, naming the page', () => {
    render('<p>Text</p><script>alert(1)</script>');
    expect(() => givePagePolicies(folder)).toThrow(`articles/a-story.html: an inline script inside the page's content, which no policy allows: "alert(1)"`);
  });
});
