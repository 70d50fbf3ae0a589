/*
 * The trust features as they render: the verdict signature a page fills into the compiled
 * <AnalystComment>, the <Masthead /> slot a page splits at, page order, the fediverse:creator
 * handles and the WebSub hub in each feed.
 */
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { bodyHtmlPipeline } from '@/lib/content/body-html';
import { renderAtom } from '@/lib/feeds/atom';
import { renderJsonFeed } from '@/lib/feeds/json-feed';
import { renderRss } from '@/lib/feeds/rss';
import type { FeedChannel } from '@/lib/feeds/types';
import { fediverseCreators, fediverseHandle, withFediverseCreators } from '@/lib/fediverse';
import { mastheadGroups } from '@/lib/masthead';
import { sortPages, splitAtMasthead } from '@/lib/pages';
import { pagePath } from '@/lib/urls';
import { signVerdict, verdictsByAnalyst } from '@/lib/verdicts';

/** The pipeline as the content compile runs it (lib/content/compile/): given the body alone. */
function compile(body: string): string {
  const processor = unified();
  bodyHtmlPipeline(bodyComponents)(processor);
  return String(processor.processSync(body));
}

const COMMENT = '<AnalystComment sentiment="mixed" headline="Cheap power" analyst="cora-vance" date="2026-04-11">\nWhy.\n</AnalystComment>';
const signature = {
  analyst: { name: 'Cora <Vance> & "Co"', path: '/authors/cora-vance' },
  date: '2026-04-11',
  dateLabel: '11 April 2026',
  methodologyPath: '/about/how-we-rate-the-news',
};

describe('signed verdicts', () => {
  it('the compiled block leaves an empty slot at its end, and the page fills it in', () => {
    const compiled = compile(COMMENT);
    expect(compiled).toContain('data-verdict-signature=""></p></aside>');
    const signed = signVerdict(compiled, signature);
    expect(signed).toContain(
      'data-verdict-signature="">Verdict by <a href="/authors/cora-vance">Cora &#x3C;Vance> &#x26; "Co"</a>, <time datetime="2026-04-11T00:00:00.000Z">11 April 2026</time> · <a href="/about/how-we-rate-the-news">How we rate the news</a></p></aside>',
    );
    // Only the slot changed.
    expect(signed.replace(/data-verdict-signature="">.*<\/p><\/aside>/, '')).toBe(compiled.replace('data-verdict-signature=""></p></aside>', ''));
  });

  it('leaves out the methodology link when the site has no such page, and a body without a verdict unchanged', () => {
    expect(signVerdict(compile(COMMENT), { ...signature, methodologyPath: undefined })).not.toContain('How we rate the news');
    const plain = compile('Just reporting, with <span>data-verdict-signature=""></span> typed as text.');
    expect(plain).toContain('data-verdict-signature=&quot;&quot;&gt;');
    expect(signVerdict(plain, signature)).toBe(plain);
  });

  it('an author cannot forge the signature or masthead slot: the sanitiser drops the attributes', () => {
    expect(compile('<div data-verdict-signature="">fake</div>\n\n<div data-masthead=""></div>')).toBe('<p><div>fake</div></p>\n<div></div>');
  });

  it('groups verdicts by analyst in one pass, in the order given', () => {
    const byAnalyst = verdictsByAnalyst([{ slug: 'c', analyst: 'ada' }, { slug: 'b' }, { slug: 'a', analyst: 'ada' }, { slug: 'd', analyst: 'ben' }]);
    expect([...byAnalyst].map(([analyst, list]) => [analyst, list.map((a) => a.slug)])).toEqual([
      ['ada', ['c', 'a']],
      ['ben', ['d']],
    ]);
  });
});

describe('trust pages', () => {
  it('splits a page body where <Masthead /> stands, into two whole halves', () => {
    const compiled = compile('Before.\n\n<Masthead />\n\nAfter.');
    expect(splitAtMasthead(compiled)).toEqual({ before: '<p>Before.</p>\n', after: '\n<p>After.</p>' });
    expect(splitAtMasthead(compile('No staff list here.'))).toBeUndefined();
  });

  it('orders pages by `order`, pages without one last, then by title', () => {
    const pages = [
      { slug: 'contact', title: 'Contact' },
      { slug: 'standards', title: 'Standards', order: 20 },
      { slug: 'about', title: 'About', order: 0 },
      { slug: 'archive', title: 'Archive' },
    ];
    expect(sortPages(pages).map((page) => page.slug)).toEqual(['about', 'standards', 'archive', 'contact']);
  });

  it('publishes about.mdx at /about and every other page under it', () => {
    expect(pagePath('about')).toBe('/about');
    expect(pagePath('masthead')).toBe('/about/masthead');
    expect(pagePath('人工智能')).toBe('/about/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD');
  });

  it('the masthead lists staff, then guests, and leaves former staff out', () => {
    const groups = mastheadGroups([{ name: 'Zoe', status: 'guest' as const }, { name: 'Yan' }, { name: 'Xia', status: 'former' as const }, { name: 'Abe' }]);
    expect(groups.map((group) => [group.title, group.authors.map((a) => a.name)])).toEqual([
      ['Staff', ['Abe', 'Yan']],
      ['Guest contributors', ['Zoe']],
    ]);
  });
});

describe('fediverse:creator', () => {
  it('reads a handle or a profile URL as @name@server, and nothing else', () => {
    expect(fediverseHandle('@cora@social.example')).toBe('@cora@social.example');
    expect(fediverseHandle('cora@Social.Example')).toBe('@cora@social.example');
    expect(fediverseHandle('https://mastodon.example.org/@mayaokafor')).toBe('@mayaokafor@mastodon.example.org');
    expect(fediverseHandle('https://mastodon.example.org/@mayaokafor/')).toBe('@mayaokafor@mastodon.example.org');
    expect(fediverseHandle('@cora')).toBeUndefined();
    expect(fediverseHandle('https://mastodon.example.org/users/x/statuses/1')).toBeUndefined();
    expect(fediverseHandle('http://mastodon.example.org/@plain')).toBeUndefined();
    expect(fediverseHandle(undefined)).toBeUndefined();
  });

  it('gives one value per account in byline order, and leaves metadata alone without one', () => {
    const authors = [{ links: { mastodon: '@b@x.example' } }, {}, { links: { mastodon: 'https://x.example/@b' } }, { links: { mastodon: '@a@y.example' } }];
    expect(fediverseCreators(authors)).toEqual(['@b@x.example', '@a@y.example']);
    expect(withFediverseCreators([], { title: 't' })).toEqual({ title: 't' });
    expect(withFediverseCreators(['@a@y.example'], { title: 't', other: { x: 'y' } })).toEqual({
      title: 't',
      other: { x: 'y', 'fediverse:creator': ['@a@y.example'] },
    });
  });
});

describe('WebSub hub in the feeds', () => {
  const channel = (hubUrl?: string): FeedChannel => ({
    title: 'T',
    description: 'D',
    language: 'en',
    siteUrl: 'https://news.example.com/',
    feedUrl: 'https://news.example.com/feed.xml',
    iconUrl: 'https://news.example.com/icon.png',
    updated: new Date('2026-11-13T09:00:00Z'),
    publisher: { name: 'P', url: 'https://news.example.com/' },
    hubUrl,
    entries: [],
  });
  const HUB = 'https://hub.example.net/?a=1&b=2';

  it('RSS and Atom link rel="hub" when a hub is configured, and not otherwise', () => {
    expect(renderRss(channel(HUB))).toContain('<atom:link href="https://hub.example.net/?a=1&amp;b=2" rel="hub"/>');
    expect(renderAtom(channel(HUB))).toContain('<link rel="hub" href="https://hub.example.net/?a=1&amp;b=2"/>');
    expect(renderRss(channel())).not.toContain('rel="hub"');
    expect(renderAtom(channel())).not.toContain('rel="hub"');
  });

  it('JSON Feed lists it in `hubs`', () => {
    expect(JSON.parse(renderJsonFeed(channel(HUB))).hubs).toEqual([{ type: 'WebSub', url: HUB }]);
    expect(JSON.parse(renderJsonFeed(channel()))).not.toHaveProperty('hubs');
  });
});
