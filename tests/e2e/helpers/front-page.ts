/*
 * What the front page and series pages should show, worked out from the content the build used
 * by the rules of docs/content-format.md ("The front page", "Series"), independently of lib/.
 */
import { siteConfig } from '../../../site.config';
import { type Article, listingPages, publishedArticles } from './content';

export const FRONT = siteConfig.frontPage;

/** `featured: 1` (newest first), else the newest story with a lead image, else the newest. */
export function expectedLead(published = publishedArticles()): Article | undefined {
  return published.find((a) => a.featured === 1) ?? published.find((a) => a.image) ?? published[0];
}

/** Numbered ranks first, then `featured: true`, newest first among equals; never the lead. */
export function expectedPicks(published = publishedArticles()): Article[] {
  const lead = expectedLead(published);
  const rank = (a: Article) => (a.featured === true ? Infinity : (a.featured as number));
  return published
    .filter((a) => a.featured !== undefined && a !== lead)
    .map((a, order) => ({ a, order }))
    .sort((x, y) => rank(x.a) - rank(y.a) || x.order - y.order)
    .slice(0, FRONT.picks)
    .map(({ a }) => a);
}

/** The stories of the home page's landing page: each is on the front page somewhere. */
export const firstPage = (published = publishedArticles()) => listingPages('/', published)[0]!.items;

export interface SeriesExpectation {
  slug: string;
  title: string;
  /** Reading order: oldest first, ties by slug. */
  parts: Article[];
}

/** Every series with its published parts. */
export function expectedSeries(published = publishedArticles()): SeriesExpectation[] {
  const groups = new Map<string, Article[]>();
  for (const article of published) if (article.series) groups.set(article.series, [...(groups.get(article.series) ?? []), article]);
  return [...groups].map(([slug, parts]) => {
    parts.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
    const words = slug.replace(/-/g, ' ');
    return { slug, parts, title: parts.find((p) => p.seriesTitle)?.seriesTitle ?? words.charAt(0).toUpperCase() + words.slice(1) };
  });
}
