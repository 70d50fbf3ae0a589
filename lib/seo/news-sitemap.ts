import { create } from 'xmlbuilder2';
import { absoluteUrl, articlePath } from '../urls';

/** Google News only wants articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface NewsArticle {
  slug: string;
  title: string;
  date: string;
}

/** The publication as Google News names it. */
export interface NewsPublication {
  name: string;
  language: string;
}

/**
 * The articles of the two days up to `now`, the build's clock. Nothing dated after it: the build
 * renders no page for a story scheduled later, whatever the caller passes in.
 */
export function recentForNews<A extends NewsArticle>(articles: readonly A[], now: Date): A[] {
  return articles.filter((article) => {
    const age = now.getTime() - Date.parse(article.date);
    return age >= 0 && age <= NEWS_WINDOW_MS;
  });
}

/** A Google News sitemap (sitemaps.org urlset with the news extension) of the given articles. */
export function renderNewsSitemap(articles: readonly NewsArticle[], publication: NewsPublication): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('urlset', {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
    'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
  });
  for (const article of articles) {
    const url = urlset.ele('url');
    url.ele('loc').txt(absoluteUrl(articlePath(article.slug)));
    const news = url.ele('news:news');
    const about = news.ele('news:publication');
    about.ele('news:name').txt(publication.name);
    about.ele('news:language').txt(publication.language);
    news.ele('news:publication_date').txt(new Date(article.date).toISOString());
    news.ele('news:title').txt(article.title);
  }
  return urlset.end({ prettyPrint: true });
}

/** The News sitemap of a build: its recent articles as of its clock. */
export const newsSitemap = (articles: readonly NewsArticle[], now: Date, publication: NewsPublication) =>
  renderNewsSitemap(recentForNews(articles, now), publication);
