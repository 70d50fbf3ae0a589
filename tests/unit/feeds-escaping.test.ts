/*
 * Parse-back tests: each feed is rendered from hand-made data full of hostile text and read back
 * the way a feed reader does (rss-parser's strict XML parser, then an HTML parser for the fields
 * that are HTML), and the reader must get exactly the author's text.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import Parser from 'rss-parser';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '@/lib/feeds/atom';
import { renderJsonFeed } from '@/lib/feeds/json-feed';
import { renderRss } from '@/lib/feeds/rss';
import type { FeedChannel } from '@/lib/feeds/types';

/** Text an author may write, and what every reader must get back. */
const CASES: Array<{ name: string; written: string; read?: string }> = [
  { name: 'markup-like summary', written: 'Editors typed <b>, & and "quotes" into headlines, and a stray' },
  { name: 'script in a title', written: `Tom & Jerry <script>alert(1)</script> "quoted" and 'single'` },
  { name: 'text that looks like references', written: 'Write &amp; or &lt;b&gt; or &nbsp; or &#60; or &#x3C; or &copy' },
  { name: 'CDATA terminator', written: 'a ]]> b <![CDATA[ c ]]> d' },
  { name: 'closing tags and comments', written: '</description></item><!-- x --></channel>' },
  { name: 'emoji, joiners and CJK', written: '🛠️ 👩‍💻 🇺🇦 网站安全 記事 한국어' },
  { name: 'bidirectional overrides', written: 'price \u202E001$\u202C and \u2066isolate\u2069 \u200F' },
  { name: 'tabs and line breaks', written: 'one\ttwo\nthree' },
  { name: 'C0 controls are dropped', written: 'bell\u0007 null\u0000 escape\u001B end', read: 'bell null escape end' },
  { name: 'lone surrogates are dropped', written: 'high\uD800 low\uDFFF pair😀', read: 'high low pair😀' },
  { name: 'non-characters are dropped', written: 'a\uFFFEb\uFFFFc', read: 'abc' },
];

const BODY_HTML = '<p>A &amp; B &lt;script&gt; ]]&gt; <a href="https://news.example.com/x?a=1&amp;b=2">link</a></p>';

function channelWith(text: string): FeedChannel {
  const person = { name: text, url: 'https://news.example.com/authors/a' };
  return {
    title: text,
    description: text,
    language: 'en',
    siteUrl: 'https://news.example.com/',
    feedUrl: 'https://news.example.com/feed.xml',
    iconUrl: 'https://news.example.com/icon.png',
    updated: new Date('2026-11-13T09:00:00Z'),
    publisher: person,
    entries: [
      {
        url: 'https://news.example.com/articles/a',
        title: text,
        summary: text,
        contentHtml: BODY_HTML,
        published: new Date('2026-11-13T09:00:00Z'),
        authors: [person],
        tags: [{ label: text, term: 'a', scheme: 'https://news.example.com/tags' }],
      },
    ],
  };
}

/** What a reader shows for an HTML field: the text of the parsed fragment. */
function htmlAsText(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const texts: string[] = [];
  visit(tree, 'text', (node) => void texts.push(node.value));
  return texts.join('');
}

/** The element names an HTML field would render: none, for escaped plain text. */
function htmlElements(html: string): string[] {
  const names: string[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'element', (node) => void names.push(node.tagName));
  return names;
}

type Item = Record<string, unknown> & { categories?: Array<{ _: string } | string> };
const parser = new Parser<Record<string, unknown>, Item>({
  customFields: { feed: ['subtitle'], item: ['dc:creator', 'content:encoded', 'description', 'summary', ['category', 'atomCategory']] },
});

describe.each(CASES)('$name', ({ written, read = written }) => {
  it('RSS: the item description is HTML that shows exactly the text; everything else is plain text', async () => {
    const xml = renderRss(channelWith(written));
    const feed = await parser.parseString(xml);
    const item = feed.items[0]!;
    expect(feed.title).toBe(read);
    expect(feed.description).toBe(read);
    expect(item.title).toBe(read);
    expect(item['dc:creator']).toBe(read);
    expect(item.categories).toEqual([{ _: read, $: { domain: 'https://news.example.com/tags' } }]);
    expect(htmlElements(item.description as string)).toEqual([]);
    expect(htmlAsText(item.description as string)).toBe(read);
    expect(item['content:encoded']).toBe(BODY_HTML);
  });

  it('Atom: declared plain text stays plain text, content stays HTML', async () => {
    const xml = renderAtom(channelWith(written));
    const feed = await parser.parseString(xml);
    const item = feed.items[0]!;
    expect(feed.title).toBe(read);
    expect(item.title).toBe(read);
    expect(item.summary).toBe(read);
    expect(item.author).toBe(read);
    expect(item.atomCategory).toEqual({ $: { term: 'a', scheme: 'https://news.example.com/tags', label: read } });
    expect(item.content).toBe(BODY_HTML);
  });

  it('JSON Feed: the same text as the XML feeds', () => {
    const feed = JSON.parse(renderJsonFeed(channelWith(written)));
    const item = feed.items[0];
    expect([feed.title, feed.description, item.title, item.summary, item.authors[0].name, item.tags[0]]).toEqual(Array(6).fill(read));
    expect(item.content_html).toBe(BODY_HTML);
  });
});

describe('the XML itself', () => {
  const hostile = CASES.map((c) => c.written).join(' ');

  it('never carries a CDATA terminator or an entity XML does not define', () => {
    for (const xml of [renderRss(channelWith(hostile)), renderAtom(channelWith(hostile))]) {
      expect(xml).not.toContain(']]>');
      expect(xml.match(/&[a-z]+;/g)?.filter((entity) => !['&amp;', '&lt;', '&gt;', '&quot;'].includes(entity)) ?? []).toEqual([]);
    }
  });

  it('escapes an RSS summary as HTML exactly once', () => {
    const xml = renderRss(channelWith('Editors typed <b>, & and "quotes"'));
    expect(xml).toContain('<description>Editors typed &amp;lt;b&gt;, &amp;amp; and "quotes"</description>');
  });
});
