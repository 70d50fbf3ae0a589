import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article as GeneratedArticle, Author } from 'contentlayer/generated';

/*
 * contentlayer's output is read from disk when the build runs, not imported. An import would make
 * webpack copy every article into the server bundle (about 290 MB at 20,000 articles) and every
 * page-rendering worker would hold every article body. Listings only need an article's metadata;
 * an article page reads its own body HTML when it renders.
 */

/** An article as listings, feeds and structured data use it: everything but the body. */
export type Article = Omit<GeneratedArticle, 'body'>;
export type { Author };

const generatedDir = () => join(process.cwd(), '.contentlayer', 'generated');
const collectionFile = (type: 'Article' | 'Author') => join(generatedDir(), type, '_index.json');

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read contentlayer's output ${file}; run "npm run build:content" first (npm run build does).`, { cause: error });
  }
}

/** Changes whenever contentlayer rewrites its output, so `npm run dev` can pick up edits. */
export function generatedStamp(): number {
  return Math.max(statSync(collectionFile('Article')).mtimeMs, statSync(collectionFile('Author')).mtimeMs);
}

export function readArticles(): Article[] {
  return readJson<GeneratedArticle[]>(collectionFile('Article')).map(({ body: _body, ...article }) => article);
}

export function readAuthors(): Author[] {
  return readJson<Author[]>(collectionFile('Author'));
}

/**
 * contentlayer also writes each document to a file of its own, named after its `_id` (the path
 * under content/) with "/" as "__" and a leading "_" when it starts with a digit.
 */
export function documentFileName(id: string): string {
  return `${/^[0-9]/.test(id) ? '_' : ''}${id.replaceAll('/', '__')}.json`;
}

/** The body HTML of one article (lib/content/body-html.ts), read only by the page that renders it. */
export function readArticleBodyHtml(article: Pick<Article, '_id'>): string {
  return readJson<GeneratedArticle>(join(generatedDir(), 'Article', documentFileName(article._id))).body.html;
}
