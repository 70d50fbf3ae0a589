import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cachedCard } from '@/lib/og-cache';

describe('share card cache', () => {
  const png = (marker: number) => () => new Response(new Uint8Array([137, 80, 78, 71, marker]));

  it('draws a card once and serves the same bytes to later builds, but redraws changed content', async () => {
    const content = { title: `Cache test ${randomUUID()}` };
    const draw = vi.fn(png(1));
    const first = new Uint8Array(await (await cachedCard(content, draw)).arrayBuffer());
    const second = await cachedCard(content, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(second.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(first);

    const redraw = vi.fn(png(2));
    await cachedCard({ ...content, title: `${content.title}, corrected` }, redraw);
    expect(redraw).toHaveBeenCalledTimes(1);
  });
});
