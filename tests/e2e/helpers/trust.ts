/*
 * The trust content of the folder the build used (NEWSDESK_CONTENT_DIR, default content/): pages,
 * the trust fields of authors, and who signed each verdict, read independently of the site's code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, CONTENT_DIR, publishedArticles, splitFrontmatter, tagSlug } from './content';

/** A content file's frontmatter and body, read as the content helper reads every file. */
function frontmatter(file: string) {
  const { data, content } = splitFrontmatter(readFileSync(file, 'utf8'));
  return { data, body: content };
}

const mdxIn = (folder: string) =>
  existsSync(join(CONTENT_DIR, folder))
    ? readdirSync(join(CONTENT_DIR, folder))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];

export interface TrustPage {
  slug: string;
  title: string;
  path: string;
  hasMasthead: boolean;
}

/** Every page of content/pages/, with the URL the contract gives it. */
export const trustPages = (): TrustPage[] =>
  mdxIn('pages').map((name) => {
    const slug = name.replace(/\.mdx$/, '');
    const { data, body } = frontmatter(join(CONTENT_DIR, 'pages', name));
    return {
      slug,
      title: String(data.title),
      path: slug === 'about' ? '/about' : `/about/${encodeURIComponent(slug)}`,
      hasMasthead: /^<Masthead \/>$/m.test(body),
    };
  });

export const METHODOLOGY_PATH = '/about/how-we-rate-the-news';

export interface TrustAuthor {
  slug: string;
  name: string;
  analyst: boolean;
  beats: string[];
  status?: 'guest' | 'former';
  mastodon?: string;
}

export const trustAuthors = (): TrustAuthor[] =>
  mdxIn('authors').map((name) => {
    const { data } = frontmatter(join(CONTENT_DIR, 'authors', name));
    return {
      slug: name.replace(/\.mdx$/, ''),
      name: String(data.name),
      analyst: data.analyst === true,
      beats: data.beats ?? [],
      status: data.status,
      mastodon: data.links?.mastodon,
    };
  });

export interface SignedVerdict {
  article: Article;
  analyst: string;
  /** When the verdict was given: the comment's date, else the article's. */
  date: Date;
}

/** Published articles with a verdict, and who signed it: the comment's analyst, else the first author. */
export const signedVerdicts = (): SignedVerdict[] =>
  publishedArticles().flatMap((article) => {
    const tag = /<AnalystComment\b([^>]*)>/.exec(article.body)?.[1];
    if (tag === undefined) return [];
    const attributes = Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
    return [{ article, analyst: attributes.analyst ?? article.authors[0]!, date: attributes.date ? new Date(attributes.date) : article.date }];
  });

/** Tag slugs that have a page: used by some published article. */
export const publishedTagSlugs = () => new Set(publishedArticles().flatMap((article) => article.tags.map(tagSlug)));
