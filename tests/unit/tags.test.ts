import { describe, expect, it } from 'vitest';
import { collectTags, tagSlug } from '@/lib/tags';

describe('tagSlug', () => {
  it.each([
    ['AI', 'ai'],
    ['Venture Capital', 'venture-capital'],
    ['  Venture Capital ', 'venture-capital'],
    ['人工智能', '人工智能'],
    ['Économie', 'économie'],
    ['R&D', 'r-and-d'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['F#', 'f-sharp'],
    ['.NET', 'dot-net'],
    ['U.S.', 'us'],
    ['📈', 'u-1f4c8'],
  ])('%s → %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('gives tags that differ only in case or Unicode normalisation the same slug', () => {
    expect(tagSlug('AI')).toBe(tagSlug('ai'));
    expect(tagSlug('Venture capital')).toBe(tagSlug('Venture Capital'));
    expect(tagSlug('Caf\u00e9')).toBe(tagSlug('Cafe\u0301'));
    expect(tagSlug('ＡＩ')).toBe(tagSlug('AI'));
    expect(tagSlug('C＋＋')).toBe(tagSlug('C++'));
  });

  it('keeps tags that differ in meaning apart and never gives an empty slug', () => {
    const slugs = ['C', 'C++', 'C#', 'F#', '.NET', 'NET', 'AI', '📈', '📉'].map(tagSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.every((slug) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(slug))).toBe(true);
  });
});

describe('collectTags', () => {
  it('merges case variants, counts each article once and keeps the most used spelling', () => {
    const tags = collectTags([{ tags: ['AI', 'Markets'] }, { tags: ['AI'] }, { tags: ['ai', 'Ai'] }, { tags: ['Space'] }]);
    expect(tags).toEqual([
      { slug: 'ai', name: 'AI', count: 3 },
      { slug: 'markets', name: 'Markets', count: 1 },
      { slug: 'space', name: 'Space', count: 1 },
    ]);
  });
});
