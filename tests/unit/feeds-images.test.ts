/*
 * Body images in feed items: the compiled body carries what the page needs (React's
 * <link rel="preload"> for the eager first image, loading="lazy", decoding="async"); a feed item
 * must carry a plain <img> with an absolute src and its alt, and no <link>. Each feed is rendered
 * from a body compiled by the real pipeline and read back with a feed parser, then an HTML parser.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import Parser from 'rss-parser';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { bodyHtmlPipeline } from '@/lib/content/body-html';
import type { FeedArticle } from '@/lib/feeds/channel';

function compiledBody(): string {
  const processor = unified();
  bodyHtmlPipeline(bodyComponents)(processor);
  return String(processor.processSync('![First chart](/images/one.png)\n\nText.\n\n![Second chart](/images/two.png)\n'));
}

const ARTICLE: FeedArticle = { contentFile: 'content/articles/charts.mdx', slug: 'charts', title: 'Charts', dek: 'Two charts', date: '2026-11-20T08:00:00Z' };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function feeds() {
  vi.stubEnv('NEWSDESK_SITE_URL', 'https://news.example');
  vi.resetModules();
  const [{ createChannelBuilder }, { renderRss }, { renderAtom }, { renderJsonFeed }] = await Promise.all([
    import('@/lib/feeds/channel'),
    import('@/lib/feeds/rss'),
    import('@/lib/feeds/atom'),
    import('@/lib/feeds/json-feed'),
  ]);
  const channel = createChannelBuilder<FeedArticle>({
    site: { name: 'Newsdesk', language: 'en' },
    publisher: undefined,
    authorsOf: () => [],
    tagsOf: () => [],
    readBodyHtml: compiledBody,
    publicFileSize: () => 0,
    now: new Date('2026-11-23T09:00:00Z'),
  })({ title: 'Newsdesk', description: 'All', listingPath: '/', rssPath: '/feed.xml', articles: [ARTICLE] }, '/feed.xml');
  const parser = new Parser<Record<string, unknown>, Record<string, string>>({ customFields: { item: ['content:encoded'] } });
  return {
    rss: (await parser.parseString(renderRss(channel))).items[0]!['content:encoded']!,
    atom: (await parser.parseString(renderAtom(channel))).items[0]!.content!,
    json: (JSON.parse(renderJsonFeed(channel)) as { items: Array<{ content_html: string }> }).items[0]!.content_html,
  };
}

function elements(html: string, tagName: string): Element[] {
  const found: Element[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

describe('images in feed items', () => {
  it('the compiled body has what the page needs: a preload for the first image, lazy loading for the rest', () => {
    const body = compiledBody();
    expect(elements(body, 'link').map((link) => link.properties.href)).toEqual(['/images/one.png']);
    expect(elements(body, 'img').map((img) => img.properties.loading)).toEqual([undefined, 'lazy']);
  });

  it.each(['rss', 'atom', 'json'] as const)('%s carries plain <img> with absolute URLs and no <link>', async (format) => {
    const html = (await feeds())[format];
    expect(elements(html, 'link')).toEqual([]);
    expect(elements(html, 'img').map((img) => img.properties)).toEqual([
      { src: 'https://news.example/images/one.png', alt: 'First chart' },
      { src: 'https://news.example/images/two.png', alt: 'Second chart' },
    ]);
  });
});
