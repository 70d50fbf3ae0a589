import { articleFromDocument, authorFromDocument, pageFromDocument } from './records';
import { generatedStamp, readGeneratedDocument, readGeneratedDocuments } from './contentlayer/output';
import type { Article, Author, Page } from './types';

/*
 * Where compiled content enters lib/: read from the content build's output
 * (lib/content/contentlayer/), checked and narrowed to ./types.ts (./records.ts). Listings only
 * need an article's metadata; an article page reads its own body HTML when it renders.
 */

export type { Article, Author, Page };
export { generatedStamp };

export const readArticles = (): Article[] => readGeneratedDocuments('Article').map(articleFromDocument);

export const readAuthors = (): Author[] => readGeneratedDocuments('Author').map(authorFromDocument);

export const readPages = (): Page[] => readGeneratedDocuments('Page').map(pageFromDocument);

/** The body HTML of one article (lib/content/body-html.ts), read only by the page that renders it. */
export const readArticleBodyHtml = (article: Pick<Article, 'contentFile'>): string =>
  readGeneratedDocument('Article', article.contentFile).bodyHtml;
