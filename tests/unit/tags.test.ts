import { describe, expect, it } from 'vitest';
import { collectTags, tagSlug } from '@/lib/tags';

describe('tagSlug', () => {
  it.each([
    ['AI', 'ai'],
    ['Venture Capital', 'venture-capital'],
    ['  Venture Capital ', 'venture-capital'],
    ['人工智能', '人工智能'],
    ['Économie', 'économie'],
    ['R&D', 'rd'],
  ])('%s → %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('gives tags that differ only in case the same slug', () => {
    expect(tagSlug('AI')).toBe(tagSlug('ai'));
    expect(tagSlug('Venture capital')).toBe(tagSlug('Venture Capital'));
  });
});

describe('collectTags', () => {
  it('merges case variants, counts each article once and keeps the most used spelling', () => {
    const tags = collectTags([
      { tags: ['AI', 'Markets'] },
      { tags: ['AI'] },
      { tags: ['ai', 'Ai'] },
      { tags: ['Space'] },
    ]);
    expect(tags).toEqual([
      { slug: 'ai', name: 'AI', count: 3 },
      { slug: 'markets', name: 'Markets', count: 1 },
      { slug: 'space', name: 'Space', count: 1 },
    ]);
  });
});
