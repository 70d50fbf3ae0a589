import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The pool starts worker threads; here it is a stand-in that records which bodies it was given.
const read: string[] = [];
vi.mock('@/lib/content/analysis-pool', () => ({
  analyseBodies: async (bodies: Array<{ key: string; body: string }>) => {
    read.push(...bodies.map(({ key }) => key));
    return new Map(
      bodies.map(({ key, body }) => [
        key,
        {
          analystComments: [],
          mastheads: [],
          references: [],
          leadParagraph: body,
          issues: body.includes('<script') ? [{ line: 1, message: 'no scripts' }] : [],
        },
      ]),
    );
  },
}));
const { ANALYSIS_CACHE_FILE, analyseBodiesCached } = await import('@/lib/content/analysis-cache');

describe('analyseBodiesCached', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'analysis-cache-'));
    read.length = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const bodies = [
    { key: 'a.mdx', body: 'First story.' },
    { key: 'b.mdx', body: 'Second story.' },
  ];

  it('reads a body once, and again only when its text changes', async () => {
    await analyseBodiesCached(root, bodies, 1000);
    expect(read).toEqual(['a.mdx', 'b.mdx']);
    read.length = 0;
    const again = await analyseBodiesCached(root, [bodies[0]!, { key: 'b.mdx', body: 'Second story, corrected.' }], 1000);
    expect(read).toEqual(['b.mdx']);
    expect(again.get('a.mdx')?.leadParagraph).toBe('First story.');
    expect(again.get('b.mdx')?.leadParagraph).toBe('Second story, corrected.');
  });

  it("takes the analyses it is given (the compile's) without reading those bodies, and keeps the clean ones", async () => {
    const given = { analystComments: [], mastheads: [], references: [], leadParagraph: 'From the compile.', issues: [] };
    const results = await analyseBodiesCached(root, bodies, 1000, new Map([['a.mdx', given]]));
    expect(read).toEqual(['b.mdx']);
    expect(results.get('a.mdx')).toBe(given);
    read.length = 0;
    await analyseBodiesCached(root, bodies, 1000);
    expect(read).toEqual([]);
  });

  it('reads a refused body again every time', async () => {
    const refused = [{ key: 'bad.mdx', body: '<script>alert(1)</script>' }];
    await analyseBodiesCached(root, refused, 1000);
    await analyseBodiesCached(root, refused, 1000);
    expect(read).toEqual(['bad.mdx', 'bad.mdx']);
  });

  it('trusts nothing kept by other code, or a cache it cannot read', async () => {
    await analyseBodiesCached(root, bodies, 1000);
    const file = join(root, ANALYSIS_CACHE_FILE);
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { code: string; analyses: Record<string, { leadParagraph: string }> };
    for (const analysis of Object.values(cache.analyses)) analysis.leadParagraph = 'forged';
    writeFileSync(file, JSON.stringify({ ...cache, code: 'older code' }));
    read.length = 0;
    const results = await analyseBodiesCached(root, bodies, 1000);
    expect(read).toEqual(['a.mdx', 'b.mdx']);
    expect(results.get('a.mdx')?.leadParagraph).toBe('First story.');

    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{ not json');
    read.length = 0;
    await analyseBodiesCached(root, bodies, 1000);
    expect(read).toEqual(['a.mdx', 'b.mdx']);
  });

  it('forgets bodies no longer in the archive', async () => {
    await analyseBodiesCached(root, bodies, 1000);
    await analyseBodiesCached(root, [bodies[0]!], 1000);
    const cache = JSON.parse(readFileSync(join(root, ANALYSIS_CACHE_FILE), 'utf8')) as { analyses: object };
    expect(Object.keys(cache.analyses)).toHaveLength(1);
  });
});
