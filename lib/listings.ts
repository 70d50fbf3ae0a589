import type { ArticleIndex } from './articles';
import { allPageSegments, type PageLayout } from './pagination';
import { SENTIMENT_META, SENTIMENTS, type Sentiment } from './sentiment';
import type { Series } from './series';
import { type Correctable, correctedArticles } from './story-notes';
import type { Tag } from './tags';
import { authorPath, CORRECTIONS_PATH, sentimentPath, seriesPath, tagPath } from './urls';

/*
 * Every listing of the site, written down once: the home page, each tag, each author, each
 * verdict and the corrected stories. The listing routes' static params, the sitemap and the feed catalogue all come from
 * this list, so a listing cannot have a page without a sitemap entry or a feed, nor the reverse.
 */

export interface ListingAuthor {
  slug: string;
  name: string;
  role?: string;
}

/** What a listing is about; routes and feeds that need more than the name read it here. */
export type ListingSubject<A extends ListingAuthor = ListingAuthor> =
  | { kind: 'home' }
  | { kind: 'tag'; tag: Tag }
  | { kind: 'author'; author: A }
  | { kind: 'sentiment'; sentiment: Sentiment }
  | { kind: 'corrections' }
  | { kind: 'series'; series: { slug: string; title: string } };

export type ListingKind = ListingSubject['kind'];

export interface Listing<T, A extends ListingAuthor = ListingAuthor> {
  /** Site path of its first page. */
  path: string;
  /** What readers call it: the tag's or author's name, the verdict; the site's name for the home page. */
  title: string;
  /** Newest first, as feeds list them (its pages may show them otherwise: see `layout`). */
  articles: T[];
  subject: ListingSubject<A>;
  /** How its pages are numbered (lib/pagination.ts): from the oldest story, or a series' reading order. */
  layout: PageLayout;
}

export interface ListingCatalog<T, A extends ListingAuthor> {
  siteName: string;
  /** Every published article, newest first. */
  articles: readonly T[];
  /** In the order the site lists them. */
  tags: readonly Tag[];
  authors: readonly A[];
  index: ArticleIndex<T>;
  /** Every series, as lib/series.ts groups them (parts in reading order). */
  series?: ReadonlyArray<Series<T>>;
}

/**
 * Home, then every tag, author and verdict, then the corrections, then every series, in that
 * order. Sentiments with no article, and the corrections before the first one, still have a
 * listing. A series lists its parts newest first like every listing (its feed and sitemap entries
 * read them so); its pages show them in reading order (layout 'reading-order').
 */
export function everyListing<T extends Correctable, A extends ListingAuthor>({
  siteName,
  articles,
  tags,
  authors,
  index,
  series = [],
}: ListingCatalog<T, A>): Array<Listing<T, A>> {
  return [
    { path: '/', title: siteName, articles: [...articles], subject: { kind: 'home' }, layout: 'archive' },
    ...tags.map((tag) => ({
      path: tagPath(tag.slug),
      title: tag.name,
      articles: index.byTag.get(tag.slug) ?? [],
      subject: { kind: 'tag' as const, tag },
      layout: 'archive' as const,
    })),
    ...authors.map((author) => ({
      path: authorPath(author.slug),
      title: author.name,
      articles: index.byAuthor.get(author.slug) ?? [],
      subject: { kind: 'author' as const, author },
      layout: 'archive' as const,
    })),
    ...SENTIMENTS.map((sentiment) => ({
      path: sentimentPath(sentiment),
      title: SENTIMENT_META[sentiment].verdict,
      articles: index.bySentiment.get(sentiment) ?? [],
      subject: { kind: 'sentiment' as const, sentiment },
      layout: 'archive' as const,
    })),
    { path: CORRECTIONS_PATH, title: 'Corrections', articles: correctedArticles(articles), subject: { kind: 'corrections' }, layout: 'archive' },
    ...series.map(({ slug, title, parts }) => ({
      path: seriesPath(slug),
      title,
      articles: [...parts].reverse(),
      subject: { kind: 'series' as const, series: { slug, title } },
      layout: 'reading-order' as const,
    })),
  ];
}

/** The key a listing route takes in its own segment: '' for home, the tag or author slug, the verdict. */
export function listingKey(subject: ListingSubject): string {
  switch (subject.kind) {
    case 'home':
      return '';
    case 'tag':
      return subject.tag.slug;
    case 'author':
      return subject.author.slug;
    case 'sentiment':
      return subject.sentiment;
    case 'corrections':
      return '';
    case 'series':
      return subject.series.slug;
  }
}

/** Every page of every listing of one kind, as a route's generateStaticParams needs them (lib/pagination.ts numbers them). */
export function listingPageParams<T>(listings: ReadonlyArray<Listing<T>>, kind: ListingKind, perPage: number): Array<{ key: string; pagination: string[] }> {
  return listings
    .filter((listing) => listing.subject.kind === kind)
    .flatMap((listing) =>
      allPageSegments(listing.articles.length, perPage, listing.layout).map((pagination) => ({ key: listingKey(listing.subject), pagination })),
    );
}
