/*
 * Feeds as pure functions: channels built from hand-made articles, bylines, tags and compiled
 * bodies (no content singleton, no exported site), rendered in each format and read back with a
 * real feed parser. The site URL is a setting read when lib/urls.ts loads, so each case loads the
 * modules for its own site URL.
 */
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedArticle, FeedInputs } from '@/lib/feeds/channel';

/** A compiled body as lib/content/body-html.ts writes it: site paths without the base path. */
const BODY =
  '<p class="lead">See <a href="/articles/older">the earlier story</a>, <a href="https://other.example/x?a=1&amp;b=2">a source</a> ' +
  'and <a href="#user-content-fn-1">a note</a>.</p><figure><img src="/images/chart.png" alt="Chart"></figure>' +
  '<aside class="analyst-comment"><svg aria-hidden="true" class="icon"><path d="M0 0"></path></svg><p>Mixed news</p></aside>';

const ARTICLE: FeedArticle & { authors: string[] } = {
  contentFile: 'content/articles/2026/grid.mdx',
  slug: 'grid',
  title: 'Grid & storage',
  dek: 'Batteries <b>win</b>',
  date: '2026-11-20T08:00:00Z',
  updated: '2026-11-21T09:30:00Z',
  sentiment: 'mixed',
  image: '/images/chart.png',
  authors: ['ada', 'ben'],
};
const NAMES: Record<string, string> = { ada: 'Ada Quill', ben: 'Ben Ink' };
const NOW = new Date('2026-11-23T09:00:00Z');

function inputs(overrides: Partial<FeedInputs<typeof ARTICLE>> = {}): FeedInputs<typeof ARTICLE> {
  return {
    site: { name: 'Newsdesk', language: 'en' },
    publisher: { slug: 'ada', name: 'Ada Quill' },
    authorsOf: (article) => article.authors.map((slug) => ({ slug, name: NAMES[slug]! })),
    tagsOf: () => [{ name: 'Energy Grid', slug: 'energy-grid', count: 1 }],
    readBodyHtml: () => BODY,
    publicFileSize: (path) => (path === '/images/chart.png' ? 4321 : 0),
    now: NOW,
    ...overrides,
  };
}

async function feedModules(siteUrl: string) {
  vi.stubEnv('NEWSDESK_SITE_URL', siteUrl);
  vi.resetModules();
  const [{ createChannelBuilder }, { renderRss }, { renderAtom }, { renderJsonFeed }] = await Promise.all([
    import('@/lib/feeds/channel'),
    import('@/lib/feeds/rss'),
    import('@/lib/feeds/atom'),
    import('@/lib/feeds/json-feed'),
  ]);
  return { createChannelBuilder, renderRss, renderAtom, renderJsonFeed };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const source = (articles: Array<typeof ARTICLE>) => ({
  title: 'Energy Grid | Newsdesk',
  description: 'News and analysis tagged Energy Grid.',
  listingPath: '/tags/energy-grid',
  rssPath: '/tags/energy-grid/feed.xml',
  articles,
});
const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
  customFields: { item: ['dc:creator', 'content:encoded', 'dcterms:modified', 'enclosure'] },
});

describe.each([
  { siteUrl: 'https://news.example', base: 'https://news.example' },
  { siteUrl: 'https://example.org/news', base: 'https://example.org/news' },
])('a feed of $siteUrl', ({ siteUrl, base }) => {
  const content =
    `<p>See <a href="${base}/articles/older">the earlier story</a>, <a href="https://other.example/x?a=1&#x26;b=2">a source</a> ` +
    `and <a href="${base}/articles/grid#user-content-fn-1">a note</a>.</p><figure><img src="${base}/images/chart.png" alt="Chart"></figure>` +
    '<aside><p>Mixed news</p></aside>';

  it('RSS reads back with absolute URLs in the body, bylines, categories and the lead image', async () => {
    const { createChannelBuilder, renderRss } = await feedModules(siteUrl);
    const feed = await parser.parseString(renderRss(createChannelBuilder(inputs())(source([ARTICLE]), '/tags/energy-grid/feed.xml')));
    expect(feed).toMatchObject({
      title: 'Energy Grid | Newsdesk',
      link: `${base}/tags/energy-grid`,
      language: 'en',
      lastBuildDate: 'Sat, 21 Nov 2026 09:30:00 GMT',
    });
    const [item] = feed.items;
    expect(item).toMatchObject({
      title: 'Grid & storage',
      link: `${base}/articles/grid`,
      guid: `${base}/articles/grid`,
      pubDate: 'Fri, 20 Nov 2026 08:00:00 GMT',
      'dcterms:modified': '2026-11-21T09:30:00.000Z',
      'content:encoded': content,
      enclosure: { url: `${base}/images/chart.png`, type: 'image/png', length: '4321' },
    });
    expect(item!.categories).toEqual([
      { _: 'Energy Grid', $: { domain: `${base}/tags` } },
      { _: 'Mixed news', $: { domain: `${base}/sentiment` } },
    ]);
    expect(item!['dc:creator']).toBe('Ada Quill');
  });

  it('Atom and JSON Feed carry the same entry', async () => {
    const { createChannelBuilder, renderAtom, renderJsonFeed } = await feedModules(siteUrl);
    const channel = createChannelBuilder(inputs())(source([ARTICLE]), '/atom.xml');
    const atom = await parser.parseString(renderAtom(channel));
    expect(atom.items[0]).toMatchObject({ id: `${base}/articles/grid`, content, summary: 'Batteries <b>win</b>', author: 'Ada Quill' });
    const json = JSON.parse(renderJsonFeed(channel));
    expect(json.items[0]).toMatchObject({
      content_html: content,
      summary: 'Batteries <b>win</b>',
      authors: [
        { name: 'Ada Quill', url: `${base}/authors/ada` },
        { name: 'Ben Ink', url: `${base}/authors/ben` },
      ],
      tags: ['Energy Grid', 'Mixed news'],
      _newsdesk: { sentiment: 'mixed' },
    });
    expect(json.authors).toEqual([{ name: 'Ada Quill', url: `${base}/authors/ada` }]);
  });
});

describe('the channel builder', () => {
  it('dates an empty feed by the build clock it is given, and names the site as publisher without a publisher author', async () => {
    const { createChannelBuilder, renderAtom } = await feedModules('https://news.example');
    const atom = await parser.parseString(renderAtom(createChannelBuilder(inputs({ publisher: undefined }))(source([]), '/atom.xml')));
    expect(atom.items).toEqual([]);
    expect(renderAtom(createChannelBuilder(inputs())(source([]), '/atom.xml'))).toContain('<updated>2026-11-23T09:00:00.000Z</updated>');
    expect(renderAtom(createChannelBuilder(inputs({ publisher: undefined }))(source([]), '/atom.xml'))).toContain('<name>Newsdesk</name>');
  });

  it('reads each body once, however many feeds carry the article', async () => {
    const { createChannelBuilder } = await feedModules('https://news.example');
    const read = vi.fn(() => BODY);
    const build = createChannelBuilder(inputs({ readBodyHtml: read }));
    build(source([ARTICLE]), '/feed.xml');
    build(source([ARTICLE]), '/tags/energy-grid/feed.xml');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a body that cannot be read fails naming the content file and the step', async () => {
    const { createChannelBuilder } = await feedModules('https://news.example');
    const missing = () => {
      throw new Error("ENOENT: no such file or directory, open '.newsdesk/content/bodies/articles__2026__grid.mdx.01234567.html'");
    };
    expect(() => createChannelBuilder(inputs({ readBodyHtml: missing }))(source([ARTICLE]), '/feed.xml')).toThrow(
      "content/articles/2026/grid.mdx: the feeds step failed while reading its compiled body: Error: ENOENT: no such file or directory, open '.newsdesk/content/bodies/articles__2026__grid.mdx.01234567.html'",
    );
  });

  it('a lead image missing from public/ fails naming the content file and the image', async () => {
    const { createChannelBuilder } = await feedModules('https://news.example');
    const noFile = () => {
      throw new Error('ENOENT');
    };
    expect(() => createChannelBuilder(inputs({ publicFileSize: noFile }))(source([ARTICLE]), '/feed.xml')).toThrow(
      'content/articles/2026/grid.mdx: the feeds step failed while measuring its lead image /images/chart.png: Error: ENOENT',
    );
  });
});
