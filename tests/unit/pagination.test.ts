import { describe, expect, it } from 'vitest';
import { allPageSegments, pageCount, pagePath, paginate, parsePageSegments } from '@/lib/pagination';

const items = Array.from({ length: 23 }, (_, index) => index + 1);

describe('pagination', () => {
  it('splits a listing into pages of the given size', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, totalPages: 3, totalItems: 23 });
    expect(paginate(items, 3, 10)?.items).toEqual([21, 22, 23]);
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
  });

  it('gives an empty listing one (empty) page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0 });
  });

  it('builds URLs: page 1 at the base, later pages under /page/<n>', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2');
    expect(pagePath('/tags/ai', 1)).toBe('/tags/ai');
    expect(pagePath('/tags/ai', 3)).toBe('/tags/ai/page/3');
  });

  it('round-trips catch-all segments and rejects anything else', () => {
    const segments = allPageSegments(23, 10);
    expect(segments).toEqual([[], ['page', '2'], ['page', '3']]);
    expect(segments.map(parsePageSegments)).toEqual([1, 2, 3]);
    expect(parsePageSegments(undefined)).toBe(1);
    for (const bad of [['page', '1'], ['page', '02'], ['page', 'x'], ['page'], ['pages', '2'], ['page', '2', 'extra']]) {
      expect(parsePageSegments(bad)).toBeUndefined();
    }
  });
});
