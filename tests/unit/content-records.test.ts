import { describe, expect, it } from 'vitest';
import type { ListedDocument } from '@/lib/content/records';
import { articleFromDocument, authorFromDocument } from '@/lib/content/records';

const FILE = 'content/articles/2026/x.mdx';
const articleFields = {
  slug: 'x',
  title: 'X',
  date: '2026-03-02T00:00:00.000Z',
  authors: ['ada'],
  tags: ['Markets'],
  dek: 'Dek.',
  readingMinutes: 2,
  sentiment: 'mixed',
  leadImage: { src: '/images/a.png', alt: 'A', width: 640, height: 480, kind: 'photo' },
};
const article = (fields: Record<string, unknown>): ListedDocument => ({ contentFile: FILE, fields: { ...articleFields, ...fields }, bodyHtml: '<p>x</p>' });
const failure = (message: string) => `${FILE}: the content build's output does not fit the Article type: ${message}.`;

describe('articleFromDocument', () => {
  it('keeps the checked fields and drops the rest', () => {
    const narrowed = articleFromDocument(article({ somethingNew: 1 }));
    expect(narrowed).not.toHaveProperty('somethingNew');
    expect(narrowed).toMatchObject({
      contentFile: FILE,
      sentiment: 'mixed',
      leadImage: { src: '/images/a.png', alt: 'A', credit: undefined, width: 640, height: 480, kind: 'photo' },
    });
  });

  it('treats a missing sentiment and lead image as absent', () => {
    const narrowed = articleFromDocument(article({ sentiment: undefined, leadImage: undefined }));
    expect(narrowed.sentiment).toBeUndefined();
    expect(narrowed.leadImage).toBeUndefined();
  });

  it('reads featured as true or a rank, featured: false as absent, and keeps the series fields', () => {
    expect(articleFromDocument(article({ featured: 2, series: 'grid-week', seriesTitle: 'Grid Week' }))).toMatchObject({
      featured: 2,
      series: 'grid-week',
      seriesTitle: 'Grid Week',
    });
    expect(articleFromDocument(article({ featured: true })).featured).toBe(true);
    expect(articleFromDocument(article({ featured: false })).featured).toBeUndefined();
  });

  it.each([
    [{ featured: 'yes' }, '"featured" must be true or a rank, got "yes"'],
    [{ featured: 0 }, '"featured" must be true or a rank, got 0'],
    [{ series: 3 }, '"series" must be a text, got 3'],
    [{ sentiment: 'bullish' }, '"sentiment" must be a verdict, got "bullish"'],
    [{ leadImage: { src: '/a.png', alt: 'A', width: '640px', height: 480 } }, '"leadImage.width" must be a whole number, got "640px"'],
    [{ leadImage: '/a.png' }, '"leadImage" must be an object, got "/a.png"'],
    [
      { leadImage: { src: '/a.png', alt: 'A', width: 640, height: 480, kind: 'video' } },
      '"leadImage.kind" must be one of photo, illustration, graphic, got "video"',
    ],
    [{ imageKind: 'Photo' }, '"imageKind" must be one of photo, illustration, graphic, got "Photo"'],
    [{ tags: ['Markets', 7] }, '"tags[1]" must be a text, got 7'],
    [{ date: 'soon' }, '"date" must be an ISO 8601 date, got "soon"'],
    [{ dek: undefined }, '"dek" must be a text, got undefined'],
  ])('refuses %j, naming the content file and the field', (fields, message) => {
    expect(() => articleFromDocument(article(fields))).toThrow(failure(message));
  });
});

describe('authorFromDocument', () => {
  const author = (links: unknown): ListedDocument => ({
    contentFile: 'content/authors/ada.mdx',
    fields: { slug: 'ada', name: 'Ada', links },
    bodyHtml: '<p>Bio</p>',
  });

  it('keeps known links and the bio', () => {
    expect(authorFromDocument(author({ email: 'a@example.org' }))).toEqual({
      contentFile: 'content/authors/ada.mdx',
      slug: 'ada',
      name: 'Ada',
      role: undefined,
      avatar: undefined,
      links: { email: 'a@example.org' },
      body: { html: '<p>Bio</p>' },
    });
  });

  it('refuses a link map with an unknown key', () => {
    expect(() => authorFromDocument(author({ myspace: 'x' }))).toThrow(
      'content/authors/ada.mdx: the content build\'s output does not fit the Author type: "links" must be keyed by website, x, linkedin, github, mastodon, email, got {"myspace":"x"}.',
    );
  });
});
