/** The pages the site checks visit, taken from the built site and the content rather than a list of slugs. */
import { readdirSync } from 'node:fs';
import { OUT_DIR, publishedArticles, tagPath } from '../e2e/helpers/content';

/*
 * Not-found pages: the static server answers them with status 404 for unknown paths, so they
 * cannot start a crawl. Their links (home, topics, authors) are in every page's header.
 */
const NOT_FOUND_PAGES = new Set(['404.html', '_not-found.html']);

/** Every exported HTML page as the path a reader requests: articles/x.html → /articles/x. */
export function exportedPagePaths(): string[] {
  return readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !NOT_FOUND_PAGES.has(file))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`)
    .sort();
}

/** One page of each kind readers land on; the article with a lead image, the heaviest kind. */
export function lighthousePages(): Record<string, string> {
  const article = publishedArticles().find((candidate) => candidate.image);
  if (!article) throw new Error('content/ needs a published article with a lead image');
  return {
    home: '/',
    article: `/articles/${article.slug}`,
    tag: tagPath(article.tags[0]!),
    author: `/authors/${article.authors[0]}`,
    search: '/search',
    insights: '/insights',
  };
}
