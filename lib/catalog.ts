import { type ArticleFacts, indexArticles, visibleArticles, type Visibility } from './articles';
import { everyListing, type ListingAuthor } from './listings';
import { indexSeries, type SeriesFacts } from './series';
import { collectTags } from './tags';

/*
 * What a build publishes, worked out from the content and the build's clock alone: the articles
 * that have pages, their tags, and every listing (which the sitemap and the feeds follow). One
 * clock in, one answer out: lib/content/queries.ts calls this once per process with the build time.
 */
export function publishedCatalog<T extends ArticleFacts & SeriesFacts, A extends ListingAuthor>(
  allArticles: readonly T[],
  allAuthors: readonly A[],
  { siteName, ...visibility }: Visibility & { siteName: string },
) {
  const articles = visibleArticles(allArticles, visibility);
  const tags = collectTags(articles);
  const authors = [...allAuthors].sort((a, b) => a.name.localeCompare(b.name));
  const index = indexArticles(articles);
  const series = indexSeries(articles);
  return {
    articles,
    articlesBySlug: new Map(articles.map((article) => [article.slug, article])),
    listings: index,
    everyListing: everyListing({ siteName, articles, tags, authors, index, series: series.all }),
    series,
    tags,
    tagsBySlug: new Map(tags.map((tag) => [tag.slug, tag])),
    authors,
    authorsBySlug: new Map(authors.map((author) => [author.slug, author])),
  };
}
