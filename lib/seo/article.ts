import type { Article } from '../content/generated-store';
import type { Tag } from '../tags';
import { absoluteUrl, articlePath, socialCardPath, tagPath } from '../urls';
import { breadcrumbLd, newsArticleLd, type PersonFacts } from './json-ld';

/** Social networks reject SVG previews, so only a raster lead image replaces the generated card. */
const SHAREABLE_IMAGE = /\.(?:jpe?g|png|webp|gif)$/i;

export function articleShareImage(article: Pick<Article, 'slug' | 'title' | 'leadImage'>) {
  const lead = article.leadImage as { src: string; alt: string; width: number; height: number } | undefined;
  if (lead && SHAREABLE_IMAGE.test(lead.src)) return { url: lead.src, width: lead.width, height: lead.height, alt: lead.alt };
  return { url: socialCardPath(article.slug), width: 1200, height: 630, alt: article.title };
}

/** What structured data tells about an article beyond its own fields: its tags and bylines, in order. */
export interface ArticleRelations {
  tags: Tag[];
  authors: PersonFacts[];
}

/**
 * NewsArticle and BreadcrumbList (Home › first tag › article) for an article page. `updated` is
 * already the last change, corrections and updates included (lib/story-notes.ts).
 */
export function articleStructuredData(
  article: Pick<Article, 'slug' | 'title' | 'dek' | 'date' | 'updated' | 'leadImage'> & Partial<Pick<Article, 'corrections' | 'access'>>,
  { tags, authors }: ArticleRelations,
) {
  const section = tags[0];
  const path = articlePath(article.slug);
  return [
    newsArticleLd({
      title: article.title,
      description: article.dek,
      path,
      imageUrl: absoluteUrl(articleShareImage(article).url),
      published: article.date,
      modified: article.updated,
      authors,
      keywords: tags.map((tag) => tag.name),
      section: section?.name,
      corrections: article.corrections,
      free: article.access !== 'premium',
    }),
    breadcrumbLd([{ name: 'Home', path: '/' }, ...(section ? [{ name: section.name, path: tagPath(section.slug) }] : []), { name: article.title, path }]),
  ];
}
