import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codeFingerprint } from '@/scripts/build/code-print';

describe('codeFingerprint', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'code-print-'));
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app/page.tsx'), 'export default function Page() {}');
    writeFileSync(join(root, 'package-lock.json'), '{}');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('is the same for the same code and settings, and changes with a file of the code', () => {
    const before = codeFingerprint(root, { siteUrl: 'https://example.org' });
    expect(codeFingerprint(root, { siteUrl: 'https://example.org' })).toBe(before);
    expect(codeFingerprint(root, { siteUrl: 'https://example.com' })).not.toBe(before);
    writeFileSync(join(root, 'app/page.tsx'), 'export default function Page() { return null; }');
    expect(codeFingerprint(root, { siteUrl: 'https://example.org' })).not.toBe(before);
  });

  // The search shards a build keeps rest on it (lib/build-plan/search-shards.ts), and Pagefind reads these too.
  it("changes with Pagefind's settings file and PAGEFIND_ variables", () => {
    const before = codeFingerprint(root, {});
    writeFileSync(join(root, 'pagefind.yml'), 'exclude_selectors: ["nav"]');
    const withFile = codeFingerprint(root, {});
    expect(withFile).not.toBe(before);
    vi.stubEnv('PAGEFIND_FORCE_LANGUAGE', 'en');
    expect(codeFingerprint(root, {})).not.toBe(withFile);
  });
});
