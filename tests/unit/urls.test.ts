import { afterEach, describe, expect, it, vi } from 'vitest';

/** lib/urls.ts as a build for NEWSDESK_SITE_URL=siteUrl sees it: the config is read when the module loads. */
async function urlsFor(siteUrl: string) {
  vi.stubEnv('NEWSDESK_SITE_URL', siteUrl);
  vi.resetModules();
  return import('@/lib/urls');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('site URL and base path', () => {
  it('serves from the root of its host when the URL has no path', async () => {
    const urls = await urlsFor('https://news.example/');
    expect((await import('@/site.config')).siteConfig).toMatchObject({ url: 'https://news.example', basePath: '' });
    expect(urls.withBasePath('/articles/a')).toBe('/articles/a');
    expect(urls.absoluteUrl('/')).toBe('https://news.example/');
    expect(urls.absoluteUrl(urls.articlePath('a'))).toBe('https://news.example/articles/a');
  });

  it('takes the base path from the path of the URL, with or without a trailing slash', async () => {
    for (const siteUrl of ['https://example.org/news', 'https://example.org/news/']) {
      await urlsFor(siteUrl);
      expect((await import('@/site.config')).siteConfig).toMatchObject({ url: 'https://example.org/news', basePath: '/news' });
    }
  });

  it('puts the base path in front of every site path it resolves', async () => {
    const urls = await urlsFor('https://example.org/news');
    expect(urls.withBasePath(urls.SEARCH_PATH)).toBe('/news/search');
    expect(urls.withBasePath(urls.searchShardPath('0'))).toBe('/news/pagefind/0/');
    expect(urls.withBasePath(urls.SEARCH_SHARDS_PATH)).toBe('/news/pagefind/shards.json');
    expect(urls.absoluteUrl('/')).toBe('https://example.org/news/');
    expect(urls.absoluteUrl(urls.tagPath('ai'))).toBe('https://example.org/news/tags/ai');
    expect(urls.absoluteUrl(urls.SITE_FEEDS.rss)).toBe('https://example.org/news/feed.xml');
  });

  it('keeps route paths free of the base path: next/link and Next metadata add it themselves', async () => {
    const urls = await urlsFor('https://example.org/news');
    expect(urls.articlePath('a')).toBe('/articles/a');
    expect(urls.socialCardPath('a')).toBe('/articles/a/social-card.png');
  });
});

describe('bodyUrl', () => {
  it('prefixes the site paths an article body links to or embeds', async () => {
    const { bodyUrl } = await urlsFor('https://example.org/news');
    expect(bodyUrl('/articles/other-story')).toBe('/news/articles/other-story');
    expect(bodyUrl('/images/articles/chart.png')).toBe('/news/images/articles/chart.png');
  });

  it('leaves external, protocol-relative, mail and in-page URLs as written', async () => {
    const { bodyUrl } = await urlsFor('https://example.org/news');
    for (const url of ['https://example.com/filing.pdf', '//cdn.example.com/x.png', 'mailto:desk@example.org', '#user-content-fn-1', 'relative/path']) {
      expect(bodyUrl(url)).toBe(url);
    }
  });
});
