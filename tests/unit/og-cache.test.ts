import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DESIGN_FILES, cachedCard, cardCacheFile } from '@/lib/og-cache';

describe('share card cache', () => {
  const png = (marker: number) => async () => new Uint8Array([137, 80, 78, 71, marker]);
  const source = 'content/articles/2026/cache-test.mdx';

  it('draws a card once and serves the same bytes to later builds, but redraws changed content', async () => {
    const content = { title: `Cache test ${randomUUID()}` };
    const draw = vi.fn(png(1));
    expect(existsSync(cardCacheFile(content))).toBe(false);
    const first = await cachedCard(content, draw, source);
    expect(existsSync(cardCacheFile(content))).toBe(true);
    const second = await cachedCard(content, draw, source);
    expect(draw).toHaveBeenCalledTimes(1);
    expect([...second]).toEqual([137, 80, 78, 71, 1]);
    expect(second).toEqual(first);

    const redraw = vi.fn(png(2));
    await cachedCard({ ...content, title: `${content.title}, corrected` }, redraw, source);
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('names the content file when a card cannot be drawn', async () => {
    const broken = async (): Promise<Uint8Array<ArrayBuffer>> => {
      throw new Error('Unsupported OpenType signature wOF2');
    };
    await expect(cachedCard({ title: `Broken ${randomUUID()}` }, broken, source)).rejects.toThrow(
      'content/articles/2026/cache-test.mdx: its share card could not be drawn: Unsupported OpenType signature wOF2',
    );
  });
});

describe('what a cached card is keyed by', () => {
  /** The project's own modules `file` imports for their code (not only types), and theirs, as paths from the root. */
  function localImports(file: string, found = new Set<string>()): Set<string> {
    found.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s*'([^']+)'/gm)) {
      const path = specifier!.startsWith('@/') ? specifier!.slice(2) : specifier!.startsWith('.') ? join(dirname(file), specifier!) : undefined;
      const resolved =
        path && ['', '.ts', '.tsx'].map((extension) => `${path}${extension}`).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (resolved && !found.has(resolved)) localImports(resolved, found);
    }
    return found;
  }

  it('includes every module that draws a card, so changing how cards look redraws them', () => {
    const drawing = new Set([...localImports('components/og/social-card.tsx'), ...localImports('lib/og-image.ts')]);
    expect([...drawing].filter((file) => !DESIGN_FILES.includes(file))).toEqual([]);
  });
});
