import { describe, expect, it } from 'vitest';
import { browserScript } from '@/lib/browser-script';
import { siteConfig } from '@/site.config';

describe('the search page script, as its route serves it', () => {
  const script = browserScript('components/search/search-client.ts');

  it('is one module with everything it imports from lib/ inside it', () => {
    expect(script).not.toMatch(/\bimport\s*[{*\w][^(]*from\s*["']/);
    expect(script).not.toMatch(/\brequire\(/);
    // The one import left is Pagefind's, fetched from the built index at run time.
    expect(script).toContain('pagefind.js');
  });

  it("carries the site's address, so its URLs get the base path, and nothing of the server's", () => {
    expect(script).toContain(JSON.stringify(siteConfig.url));
    expect(script).not.toMatch(/\bprocess\b/);
  });
});
