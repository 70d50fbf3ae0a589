import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'newsdesk-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the same command `npm run build` starts with, on a copy of the fixture site. */
function runCheck(root: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/check-content.ts'), root], {
    encoding: 'utf8',
    cwd: projectRoot,
  });
}

describe('npm run check:content (the first step of npm run build)', () => {
  it('passes on valid content', () => {
    const result = runCheck(join(projectRoot, 'tests/fixtures/site'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Content check passed/);
    expect(result.status).toBe(0);
  });

  it('fails with a non-zero exit and reports every problem, grouped by file', () => {
    const root = join(scratch, 'site');
    cpSync(join(projectRoot, 'tests/fixtures/site'), root, { recursive: true });
    for (const fixture of ['unknown-author.mdx', 'invalid-sentiment.mdx']) {
      cpSync(join(projectRoot, 'tests/fixtures/broken', fixture), join(root, 'content/articles/2026', fixture));
    }
    const result = runCheck(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/2026/invalid-sentiment.mdx\n  line 11: <AnalystComment> sentiment "bullish"');
    expect(result.stderr).toContain('content/articles/2026/unknown-author.mdx\n  line 4: unknown author "casper-ghost"');
    expect(result.stderr).toMatch(/Content check failed: 2 problems in 2 files/);
    // Nothing is lost: the check only reads.
    expect(readFileSync(join(root, 'content/articles/2026/unknown-author.mdx'), 'utf8')).toContain('casper-ghost');
  });
});
