import type { MetadataRoute } from 'next';
import {
  getArticles,
  getArticlesByAuthor,
  getArticlesWithSentiment,
  getArticlesWithTag,
  getAuthors,
  getTags,
} from '@/lib/content/queries';
import { SENTIMENTS } from '@/lib/sentiment';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { authorPath, sentimentPath, tagPath } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const listings = [
    { basePath: '/', articles: getArticles() },
    ...getTags().map((tag) => ({ basePath: tagPath(tag.slug), articles: getArticlesWithTag(tag.slug) })),
    ...getAuthors().map((author) => ({ basePath: authorPath(author.slug), articles: getArticlesByAuthor(author.slug) })),
    ...SENTIMENTS.map((sentiment) => ({ basePath: sentimentPath(sentiment), articles: getArticlesWithSentiment(sentiment) })),
  ];
  return sitemapEntries(getArticles(), listings, ['/tags', '/authors']);
}
