/*
 * Series: articles that share `series: <slug>` in their frontmatter are parts of one story told in
 * order, by date. Everything here is one pass over the archive plus a sort of each series, so a
 * 20,000-article archive costs the same as its articles; nothing compares articles pairwise.
 */

/** The fields a series needs of an article. */
export interface SeriesFacts {
  slug: string;
  date: string;
  series?: string;
  seriesTitle?: string;
}

export interface Series<T> {
  slug: string;
  /** The `seriesTitle` its parts give (the check makes them agree), else its slug in words. */
  title: string;
  /** Reading order: oldest first, ties by article slug. */
  parts: T[];
}

export interface SeriesIndex<T> {
  /** In the order of each series' newest part, newest first. */
  all: Array<Series<T>>;
  bySlug: Map<string, Series<T>>;
  /** An article's series and its 0-based place in it, keyed by article slug. */
  placeOf: Map<string, { series: Series<T>; index: number }>;
}

/** "grid-week" → "Grid week": the title of a series whose parts name none. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const byReadingOrder = (a: SeriesFacts, b: SeriesFacts) => Date.parse(a.date) - Date.parse(b.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Groups the articles that name a series; articles without one are in no series. */
export function indexSeries<T extends SeriesFacts>(articles: readonly T[]): SeriesIndex<T> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    if (!article.series) continue;
    const parts = groups.get(article.series);
    if (parts) parts.push(article);
    else groups.set(article.series, [article]);
  }
  const bySlug = new Map<string, Series<T>>();
  const placeOf = new Map<string, { series: Series<T>; index: number }>();
  for (const [slug, parts] of groups) {
    parts.sort(byReadingOrder);
    const series: Series<T> = { slug, title: parts.find((part) => part.seriesTitle)?.seriesTitle ?? titleFromSlug(slug), parts };
    bySlug.set(slug, series);
    parts.forEach((part, index) => placeOf.set(part.slug, { series, index }));
  }
  const newestPart = (series: Series<T>) => Date.parse(series.parts.at(-1)!.date);
  const all = [...bySlug.values()].sort((a, b) => newestPart(b) - newestPart(a) || (a.slug < b.slug ? -1 : 1));
  return { all, bySlug, placeOf };
}

export interface SeriesPosition<T> {
  series: Series<T>;
  /** 1-based: "Part 2 of 5". */
  part: number;
  total: number;
  previous?: T;
  next?: T;
}

export function seriesPosition<T extends SeriesFacts>(article: T, index: SeriesIndex<T>): SeriesPosition<T> | undefined {
  const place = index.placeOf.get(article.slug);
  if (!place) return undefined;
  const { series, index: at } = place;
  return { series, part: at + 1, total: series.parts.length, previous: series.parts[at - 1], next: series.parts[at + 1] };
}

/*
 * What a part's page shows of its series looks both ways: "Part 2 of 5" and links to the previous
 * and the next part (seriesPosition), so a new part changes every part's page, which a series,
 * being small, can afford. Its related coverage looks back only (earlierParts, then relatedArticles in
 * lib/related-coverage.ts).
 */

/**
 * Up to `limit` parts before the article in reading order, nearest first. Walks back from the
 * article, so a series of thousands of parts costs `limit` steps.
 */
export function earlierParts<T extends SeriesFacts>(article: T, index: SeriesIndex<T>, limit: number): T[] {
  const place = index.placeOf.get(article.slug);
  if (!place) return [];
  return place.series.parts.slice(Math.max(0, place.index - limit), place.index).reverse();
}
