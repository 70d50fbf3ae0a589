import { articleFromDocument, authorFromDocument, pageFromDocument } from './records';
import { articleBodyKey, compiledStamp, readArticleBody, readCompiledDocuments } from './compiled-store';
import type { Article, Author, Page } from './types';

/*
 * Where compiled content enters lib/: read from the content compile's output
 * (lib/content/compile/), checked and narrowed to ./types.ts (./records.ts). Listings only
 * need an article's metadata; an article page reads its own body HTML when it renders.
 */

export type { Article, Author, Page };
export { compiledStamp };

export const readArticles = (): Article[] => readCompiledDocuments('Article').map(articleFromDocument);

export const readAuthors = (): Author[] => readCompiledDocuments('Author').map(authorFromDocument);

export const readPages = (): Page[] => readCompiledDocuments('Page').map(pageFromDocument);

/** The body HTML of one article (lib/content/body-html.ts), read only by the page that renders it. */
export const readArticleBodyHtml = (article: Pick<Article, 'contentFile'>): string => readArticleBody(article.contentFile);

/** What one article's body HTML was compiled from: equal keys, equal bodies (compiled-store.ts). */
export const readArticleBodyKey = (article: Pick<Article, 'contentFile'>): string => articleBodyKey(article.contentFile);
