import type { ArticleFacts } from './articles';
import { relatedArticles } from './related-coverage';
import { earlierParts, type SeriesFacts, type SeriesIndex } from './series';

/*
 * What an article page shows of OTHER articles, which decides how far one publish ripples:
 *
 *   - Related coverage (relatedCoverage): the earlier parts of its series, nearest first, then
 *     earlier coverage sharing its tags, ranked by shared tags then recency (lib/related-coverage.ts). It
 *     never looks forward, so a new story leaves every older story's page alone.
 *   - Series navigation (lib/series.ts): "Part 2 of 5" and the previous and next parts' titles.
 *     It looks forward, so a new part changes every part of its series (a series is small).
 *
 * Each related story appears as a card (title, dek, dates, reading time, verdict, byline, tags,
 * lead image), so editing any of those fields of a story changes the pages that show it. Beyond
 * other articles, a page also shows facts of the whole archive: a tag's name is the spelling most
 * articles use (lib/tags.ts), and authors' names and bios come from their files.
 */

export interface ArticlePageSources<T> {
  /** Each tag's articles, newest first, keyed by tag slug. */
  byTag: ReadonlyMap<string, readonly T[]>;
  series: SeriesIndex<T>;
  /** How many related stories a page shows (siteConfig.relatedArticles). */
  relatedLimit: number;
}

/** The "Related coverage" list of an article page, in the order it shows them. */
export function relatedCoverage<T extends ArticleFacts & SeriesFacts>(article: T, { byTag, series, relatedLimit }: ArticlePageSources<T>): T[] {
  return relatedArticles(article, byTag, relatedLimit, earlierParts(article, series, relatedLimit));
}

/**
 * Every other article whose facts an article's page shows: its related coverage and every other
 * part of its series (the page prints the part count and the neighbours' titles). An article's
 * page must be rebuilt when this list changes or when any article in it changes.
 */
export function articlesShownOn<T extends ArticleFacts & SeriesFacts>(article: T, sources: ArticlePageSources<T>): T[] {
  const parts = sources.series.placeOf.get(article.slug)?.series.parts ?? [];
  const shown = new Map<string, T>();
  for (const other of [...relatedCoverage(article, sources), ...parts]) if (other.slug !== article.slug) shown.set(other.slug, other);
  return [...shown.values()];
}
