/*
 * What corrections and updates do to the output: the last-modified time worked out once at the
 * typed boundary (lib/content/records.ts), then carried by the JSON-LD, the sitemap and all three
 * feeds, which are read back with real parsers; and the corrections listing's order.
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { ListedDocument } from '@/lib/content/records';
import { articleFromDocument } from '@/lib/content/records';
import { createChannelBuilder } from '@/lib/feeds/channel';
import { renderAtom } from '@/lib/feeds/atom';
import { renderJsonFeed } from '@/lib/feeds/json-feed';
import { renderRss } from '@/lib/feeds/rss';
import { articleStructuredData } from '@/lib/seo/article';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { correctedArticles, datedNote, lastModified } from '@/lib/story-notes';
import { absoluteUrl } from '@/lib/urls';

const FILE = 'content/articles/2026/port.mdx';
/** The compiled output for an article: `date` and `updated` as it normalises them, notes as written. */
const document = (fields: Record<string, unknown>): ListedDocument => ({
  contentFile: FILE,
  fields: {
    slug: 'port',
    title: 'Port <reopens> & ships',
    date: '2026-06-01T00:00:00.000Z',
    authors: ['ada'],
    tags: ['Shipping', 'Trade'],
    dek: 'Dek.',
    readingMinutes: 3,
    ...fields,
  },
  bodyHtml: '<p>Body</p>',
});

const CORRECTED = articleFromDocument(
  document({
    updated: '2026-06-03T00:00:00.000Z',
    corrections: [
      { date: '2026-06-02', text: 'An earlier version named the wrong port.' },
      { date: '2026-06-04T10:15:00+02:00', text: 'The tonnage was 40,000, not 400,000 & <b>not</b> more.' },
    ],
    updates: [{ date: '2026-06-01T18:00:00Z', text: 'The union responded.' }],
  }),
);

describe('the last change, worked out once at the typed boundary', () => {
  it('is the latest of "updated", the last correction and the last update', () => {
    expect(CORRECTED.updated).toBe('2026-06-04T08:15:00.000Z');
    expect(lastModified('2026-06-05T00:00:00.000Z', CORRECTED.corrections, CORRECTED.updates)).toBe('2026-06-05T00:00:00.000Z');
    expect(lastModified(undefined, [], [datedNote('2026-06-02T07:00:00Z', 'x')])).toBe('2026-06-02T07:00:00.000Z');
    expect(lastModified(undefined, [], [])).toBeUndefined();
  });

  it('keeps notes newest first, in UTC, remembering whether a time was given', () => {
    expect(CORRECTED.corrections).toEqual([
      { date: '2026-06-04T08:15:00.000Z', timed: true, text: 'The tonnage was 40,000, not 400,000 & <b>not</b> more.' },
      { date: '2026-06-02T00:00:00.000Z', timed: false, text: 'An earlier version named the wrong port.' },
    ]);
    expect(CORRECTED.updates).toEqual([{ date: '2026-06-01T18:00:00.000Z', timed: true, text: 'The union responded.' }]);
  });

  it('gives a story without notes empty lists, no status and free access', () => {
    const plain = articleFromDocument(document({}));
    expect([plain.corrections, plain.updates, plain.updated, plain.status, plain.access]).toEqual([[], [], undefined, undefined, 'free']);
    expect(articleFromDocument(document({ status: 'developing', access: 'premium' }))).toMatchObject({ status: 'developing', access: 'premium' });
  });

  it.each([
    [{ corrections: [{ date: 'soon', text: 'x' }] }, '"corrections[0].date" must be an ISO 8601 date, got "soon"'],
    [{ updates: [{ date: '2026-06-02' }] }, '"updates[0].text" must be a text, got undefined'],
    [{ status: 'breaking' }, '"status" must be "developing", got "breaking"'],
    [{ access: 'paid' }, '"access" must be "free" or "premium", got "paid"'],
  ])('refuses a stale content build with %j, naming the file and field', (fields, message) => {
    expect(() => articleFromDocument(document(fields))).toThrow(`${FILE}: the content build's output does not fit the Article type: ${message}.`);
  });
});

describe('NewsArticle JSON-LD', () => {
  const relations = {
    tags: [
      { name: 'Shipping', slug: 'shipping', count: 1 },
      { name: 'Trade', slug: 'trade', count: 4 },
    ],
    authors: [],
  };

  it('carries each correction as a CorrectionComment, the last change as dateModified and the first tag as section', () => {
    const [news] = articleStructuredData(CORRECTED, relations);
    expect(news).toMatchObject({
      dateModified: '2026-06-04T08:15:00.000Z',
      articleSection: 'Shipping',
      isAccessibleForFree: true,
      correction: [
        { '@type': 'CorrectionComment', text: 'The tonnage was 40,000, not 400,000 & <b>not</b> more.', datePublished: '2026-06-04T08:15:00.000Z' },
        { '@type': 'CorrectionComment', text: 'An earlier version named the wrong port.', datePublished: '2026-06-02T00:00:00.000Z' },
      ],
    });
  });

  it('says a premium story is not free and leaves `correction` out when there is none', () => {
    const [news] = articleStructuredData(articleFromDocument(document({ access: 'premium' })), relations);
    expect(news).toMatchObject({ isAccessibleForFree: false, dateModified: '2026-06-01T00:00:00.000Z' });
    expect(news).not.toHaveProperty('correction');
  });
});

describe('the sitemap', () => {
  it('dates a corrected article and its listing pages by the correction', () => {
    const plain = articleFromDocument(document({ slug: 'older', date: '2026-05-01T00:00:00.000Z' }));
    const entries = sitemapEntries([CORRECTED, plain], [{ basePath: '/corrections', articles: [CORRECTED] }], ['/tags']);
    expect(entries.map((entry) => [entry.url, entry.lastModified])).toEqual([
      [absoluteUrl('/articles/port'), '2026-06-04T08:15:00.000Z'],
      [absoluteUrl('/articles/older'), '2026-05-01T00:00:00.000Z'],
      [absoluteUrl('/corrections'), '2026-06-04T08:15:00.000Z'],
      [absoluteUrl('/tags'), '2026-06-04T08:15:00.000Z'],
    ]);
  });
});

describe('the feeds', () => {
  const build = createChannelBuilder({
    site: { name: 'Newsdesk', language: 'en' },
    publisher: undefined,
    authorsOf: () => [{ slug: 'ada', name: 'Ada Quill' }],
    tagsOf: () => [],
    readBodyHtml: () => '<p>Body</p>',
    publicFileSize: () => 0,
    now: new Date('2026-06-15T12:00:00Z'),
  });
  const channel = build(
    { title: 'Corrections | Newsdesk', description: 'Corrected.', listingPath: '/corrections', rssPath: '/corrections/feed.xml', articles: [CORRECTED] },
    '/corrections/feed.xml',
  );
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({ customFields: { item: ['dcterms:modified', 'updated'] } });

  it('RSS gives the correction time as dcterms:modified and the channel its lastBuildDate', async () => {
    const rss = await parser.parseString(renderRss(channel));
    expect(rss.lastBuildDate).toBe('Thu, 04 Jun 2026 08:15:00 GMT');
    expect(rss.items[0]).toMatchObject({ pubDate: 'Mon, 01 Jun 2026 00:00:00 GMT', 'dcterms:modified': '2026-06-04T08:15:00.000Z' });
  });

  it("Atom gives it as the entry's and the feed's <updated>", async () => {
    const atom = await parser.parseString(renderAtom(channel));
    expect(atom.items[0]).toMatchObject({ updated: '2026-06-04T08:15:00.000Z' });
    expect(renderAtom(channel)).toMatch(/<feed[^]*?<updated>2026-06-04T08:15:00.000Z<\/updated>/);
  });

  it('JSON Feed gives it as date_modified', () => {
    const json = JSON.parse(renderJsonFeed(channel));
    expect(json.items[0]).toMatchObject({ date_published: '2026-06-01T00:00:00.000Z', date_modified: '2026-06-04T08:15:00.000Z' });
  });
});

describe('the corrections listing', () => {
  const note = (date: string) => datedNote(date, 'Fixed.');
  it('holds only corrected stories, newest correction first, whatever their publication order', () => {
    const articles = [
      { slug: 'newest-story', corrections: [] },
      { slug: 'b-old-story', corrections: [note('2026-06-10'), note('2026-01-05')] },
      { slug: 'mid-story', corrections: [note('2026-06-12T08:00:00Z')] },
      { slug: 'a-old-story', corrections: [note('2026-06-10')] },
      { slug: 'never', corrections: undefined },
    ];
    expect(correctedArticles(articles).map((a) => a.slug)).toEqual(['mid-story', 'a-old-story', 'b-old-story']);
  });
});
