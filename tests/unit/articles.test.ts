import { describe, expect, it } from 'vitest';
import { indexArticles, isPublished, publicationStatus, relatedArticles, visibleArticles, type ArticleFacts } from '@/lib/articles';

const now = new Date('2026-06-01T12:00:00Z');
const article = (slug: string, date: string, extra: Partial<ArticleFacts> = {}): ArticleFacts => ({
  slug,
  date,
  authors: ['ada'],
  tags: ['Markets'],
  ...extra,
});

const corpus = [
  article('old', '2026-01-01T00:00:00Z', { tags: ['Energy', 'Markets'], sentiment: 'positive' }),
  article('new', '2026-05-30T00:00:00Z', { tags: ['AI', 'Markets'], sentiment: 'negative', authors: ['ada', 'ben'] }),
  article('draft', '2026-05-01T00:00:00Z', { draft: true }),
  article('scheduled', '2026-06-01T12:00:01Z'),
  article('just-now', '2026-06-01T12:00:00Z', { tags: ['ai'], authors: ['ben'] }),
];

describe('publication', () => {
  it('leaves out drafts and articles dated after the build', () => {
    expect(isPublished(corpus[2]!, now)).toBe(false);
    expect(isPublished(corpus[3]!, now)).toBe(false);
    expect(isPublished(corpus[4]!, now)).toBe(true);
    expect(visibleArticles(corpus, { now, includeUnpublished: false }).map((a) => a.slug)).toEqual(['just-now', 'new', 'old']);
  });

  it('shows everything, newest first, when previewing', () => {
    expect(visibleArticles(corpus, { now, includeUnpublished: true }).map((a) => a.slug)).toEqual(['scheduled', 'just-now', 'new', 'draft', 'old']);
  });
});

describe('listings', () => {
  const published = visibleArticles(corpus, { now, includeUnpublished: false });

  const index = indexArticles(published);
  const slugs = (articles: ArticleFacts[] | undefined) => articles?.map((a) => a.slug);

  it('lists by tag slug, whatever the letter case authors used', () => {
    expect(slugs(index.byTag.get('ai'))).toEqual(['just-now', 'new']);
    expect(slugs(index.byTag.get('markets'))).toEqual(['new', 'old']);
  });

  it('lists by author and by sentiment, in the archive order', () => {
    expect(slugs(index.byAuthor.get('ben'))).toEqual(['just-now', 'new']);
    expect(slugs(index.byAuthor.get('ada'))).toEqual(['new', 'old']);
    expect(slugs(index.bySentiment.get('positive'))).toEqual(['old']);
    expect(index.bySentiment.get('mixed')).toBeUndefined();
  });

  it('lists an article once under a tag it repeats in another letter case', () => {
    const repeated = article('twice', '2026-05-01T00:00:00Z', { tags: ['AI', 'ai'], authors: ['ada', 'ada'] });
    const { byTag, byAuthor } = indexArticles([repeated]);
    expect(slugs(byTag.get('ai'))).toEqual(['twice']);
    expect(slugs(byAuthor.get('ada'))).toEqual(['twice']);
  });

  it('ranks related articles by shared tags, then recency, and never includes the article itself', () => {
    const source = article('source', '2026-05-31T00:00:00Z', { tags: ['Markets', 'Energy'] });
    const { byTag } = indexArticles(visibleArticles([source, ...published], { now, includeUnpublished: false }));
    expect(relatedArticles(source, byTag, 3).map((a) => a.slug)).toEqual(['old', 'new']);
    expect(relatedArticles(source, byTag, 1).map((a) => a.slug)).toEqual(['old']);
    // Only earlier coverage: just-now (AI) and source (Markets) share a tag with new but came later.
    expect(relatedArticles(published[1]!, byTag, 3).map((a) => a.slug)).toEqual(['old']);
  });

  it("ranks as sorting every earlier candidate would: shared tags, then the archive's order", () => {
    // A seeded archive with many ties of date and of shared tags, where a wrong ranking would show.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const tags = ['a', 'b', 'c', 'd', 'e'];
    const archive = visibleArticles(
      Array.from({ length: 300 }, (_, i) =>
        article(`s${i}`, `2026-0${1 + Math.floor(random() * 5)}-0${1 + Math.floor(random() * 3)}T00:00:00Z`, { tags: tags.filter(() => random() < 0.4) }),
      ),
      { now, includeUnpublished: false },
    );
    const { byTag } = indexArticles(archive);
    const bySorting = (source: ArticleFacts, limit: number) => {
      const own = new Set(source.tags);
      const position = (other: ArticleFacts) => archive.indexOf(other);
      return archive
        .filter((other) => position(other) > position(source))
        .map((other) => ({ other, shared: other.tags.filter((tag) => own.has(tag)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || position(a.other) - position(b.other))
        .slice(0, limit)
        .map(({ other }) => other.slug);
    };
    for (const source of archive.filter((_, i) => i % 5 === 0)) {
      for (const limit of [1, 3, 8]) expect(relatedArticles(source, byTag, limit).map((a) => a.slug)).toEqual(bySorting(source, limit));
    }
  });
});

describe('publicationStatus', () => {
  it('tells drafts, scheduled and published stories apart', () => {
    expect(corpus.map((a) => publicationStatus(a, now))).toEqual(['published', 'published', 'draft', 'scheduled', 'published']);
  });
});
