import { describe, expect, it } from 'vitest';
import { exportedFileOf, planSocialCards, type CardSubject } from '@/lib/social-cards';
import { socialCardPath } from '@/lib/urls';

const subject = (overrides: Partial<CardSubject>): CardSubject => ({
  slug: 'grid-storage',
  contentFile: 'content/articles/2026/grid-storage.mdx',
  title: 'Grid storage auction clears',
  date: '2026-05-01T08:00:00.000Z',
  authorNames: ['Ana Ruiz'],
  ...overrides,
});

describe('share card planning', () => {
  it('plans one card per article, at the path its og:image names, shown as the article’s card', () => {
    const jobs = planSocialCards(
      [
        subject({ sentiment: 'mixed', authorNames: ['Ana Ruiz', 'Lin Wei 林伟'] }),
        subject({ slug: 'fed-trims', contentFile: 'content/articles/2026/fed.mdx' }),
      ],
      'Newsdesk',
    );
    expect(jobs).toEqual([
      {
        source: 'content/articles/2026/grid-storage.mdx',
        file: 'articles/grid-storage/social-card.png',
        card: { siteName: 'Newsdesk', title: 'Grid storage auction clears', sentiment: 'mixed', footer: 'Ana Ruiz and Lin Wei 林伟 · May 1, 2026' },
      },
      {
        source: 'content/articles/2026/fed.mdx',
        file: 'articles/fed-trims/social-card.png',
        card: { siteName: 'Newsdesk', title: 'Grid storage auction clears', sentiment: undefined, footer: 'Ana Ruiz · May 1, 2026' },
      },
    ]);
  });

  it('keeps the card’s fields in the order the cache was keyed by when Next drew the cards', () => {
    // The cache key is the card's JSON: another order would redraw every card once for nothing.
    const [job] = planSocialCards([subject({ sentiment: 'positive' })], 'Newsdesk');
    expect(Object.keys(job!.card)).toEqual(['siteName', 'title', 'sentiment', 'footer']);
  });

  it('writes a non-Latin slug’s card under a folder named in its own letters, which its encoded URL is served from', () => {
    const [job] = planSocialCards([subject({ slug: '网站安全' })], 'Newsdesk');
    expect(socialCardPath('网站安全')).toBe('/articles/%E7%BD%91%E7%AB%99%E5%AE%89%E5%85%A8/social-card.png');
    expect(job!.file).toBe('articles/网站安全/social-card.png');
  });

  it('turns a URL path into the file a static export serves it from', () => {
    expect(exportedFileOf('/articles/a%20b/social-card.png')).toBe('articles/a b/social-card.png');
    expect(exportedFileOf('/brand/card.png')).toBe('brand/card.png');
  });

  it('plans nothing for a site without articles', () => {
    expect(planSocialCards([], 'Newsdesk')).toEqual([]);
  });
});
