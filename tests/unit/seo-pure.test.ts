/*
 * The News sitemap and an article's JSON-LD, from data handed in: read back with a real XML
 * parser and JSON.parse, against a fixed clock.
 */
import { describe, expect, it } from 'vitest';
import { convert } from 'xmlbuilder2';
import { articleStructuredData } from '@/lib/seo/article';
import { newsSitemap, recentForNews } from '@/lib/seo/news-sitemap';
import { absoluteUrl } from '@/lib/urls';

const NOW = new Date('2026-11-23T09:00:00Z');
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3600_000).toISOString();
const ARTICLES = [
  { slug: 'scheduled', title: 'Not yet', date: new Date(NOW.getTime() + 75_000).toISOString() },
  { slug: 'fresh', title: 'Tom & Jerry <b>', date: hoursBefore(1) },
  { slug: 'two-days', title: 'Exactly 48 hours', date: hoursBefore(48) },
  { slug: 'stale', title: 'Too old', date: hoursBefore(48.01) },
];

type UrlEntry = { loc: string; 'news:news': { 'news:publication': Record<string, string>; 'news:publication_date': string; 'news:title': string } };

describe('the News sitemap', () => {
  it('holds the articles of the 48 hours up to the build clock, none scheduled after it', () => {
    expect(recentForNews(ARTICLES, NOW).map((a) => a.slug)).toEqual(['fresh', 'two-days']);
  });

  it('reads back as a sitemaps.org urlset with the news extension', () => {
    const xml = newsSitemap(ARTICLES, NOW, { name: 'Newsdesk', language: 'en' });
    const { urlset } = convert(xml, { format: 'object' }) as unknown as { urlset: { '@xmlns': string; '@xmlns:news': string; url: UrlEntry[] } };
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url.map((url) => [url.loc, url['news:news']['news:title'], url['news:news']['news:publication_date']])).toEqual([
      // xmlbuilder2's reader leaves references as written; the escaping itself is checked below.
      [absoluteUrl('/articles/fresh'), 'Tom &amp; Jerry &lt;b&gt;', '2026-11-23T08:00:00.000Z'],
      [absoluteUrl('/articles/two-days'), 'Exactly 48 hours', '2026-11-21T09:00:00.000Z'],
    ]);
    expect(urlset.url[0]!['news:news']['news:publication']).toEqual({ 'news:name': 'Newsdesk', 'news:language': 'en' });
    expect(xml).toContain('<news:title>Tom &amp; Jerry &lt;b&gt;</news:title>');
  });

  it('is an empty urlset when nothing is recent', () => {
    const xml = newsSitemap(ARTICLES, new Date('2027-01-01T00:00:00Z'), { name: 'Newsdesk', language: 'en' });
    expect(convert(xml, { format: 'object' })).toEqual({
      urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
    });
  });
});

describe('articleStructuredData', () => {
  const article = { slug: 'grid', title: 'Grid </script> & storage', dek: 'Batteries', date: '2026-11-20T08:00:00Z', updated: undefined, leadImage: undefined };
  const [news, breadcrumbs] = articleStructuredData(article, {
    tags: [
      { name: 'Energy Grid', slug: 'energy-grid', count: 3 },
      { name: 'AI', slug: 'ai', count: 9 },
    ],
    authors: [{ name: 'Ada Quill', path: '/authors/ada', role: 'Analyst', sameAs: ['https://x.com/ada'] }],
  });

  it('describes the article with its bylines, tags and first tag as section', () => {
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Grid </script> & storage',
      datePublished: '2026-11-20T08:00:00Z',
      dateModified: '2026-11-20T08:00:00Z',
      image: [absoluteUrl('/articles/grid/social-card.png')],
      author: [{ '@type': 'Person', name: 'Ada Quill', url: absoluteUrl('/authors/ada'), jobTitle: 'Analyst', sameAs: ['https://x.com/ada'] }],
      keywords: ['Energy Grid', 'AI'],
      articleSection: 'Energy Grid',
      url: absoluteUrl('/articles/grid'),
    });
  });

  it('gives the breadcrumb Home › first tag › article', () => {
    expect(breadcrumbs).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home', item: absoluteUrl('/') },
        { position: 2, name: 'Energy Grid', item: absoluteUrl('/tags/energy-grid') },
        { position: 3, name: 'Grid </script> & storage', item: absoluteUrl('/articles/grid') },
      ],
    });
  });
});
