/*
 * Reads content/ the way docs/content-format.md describes it, independently of the site's own code,
 * so the end-to-end tests compare the built pages with what the authors wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { contentFolder } from '../../../lib/content/folders';
import { typeset } from '../../../lib/typography';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const OUT_DIR = join(PROJECT_ROOT, 'out');
/** The content folder the build read: the fixture site under `npm test` (see tests/support/fixture-site.ts). */
export const CONTENT_DIR = join(PROJECT_ROOT, contentFolder());

/** Contract facts: the four sentiments, listings of 10 per page. */
export const SENTIMENTS = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const PER_PAGE = 10;

export interface AnalystComment {
  sentiment: string;
  headline?: string;
  /** The comment body as plain text (Markdown emphasis and link syntax removed). */
  text: string;
}

export interface Article {
  slug: string;
  file: string;
  /** The headline as readers see it, typeset; `rawTitle` as written. */
  title: string;
  rawTitle: string;
  date: Date;
  draft: boolean;
  authors: string[];
  tags: string[];
  summary?: string;
  image?: string;
  imageCredit?: string;
  imageKind?: string;
  comment?: AnalystComment;
  body: string;
  /** Front page and series fields (docs/content-format.md); `featured: false` reads as absent. */
  featured?: true | number;
  series?: string;
  seriesTitle?: string;
}

export interface Author {
  slug: string;
  name: string;
  role?: string;
  bio: string;
}

const mdxFiles = (dir: string, recursive: boolean) =>
  readdirSync(dir, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/**
 * YAML between two --- lines, read with the yaml library alone: the contract allows nothing else,
 * and a reader that picked an engine from the opening line (as gray-matter does) could run code.
 */
// Frontmatter is whatever YAML the author wrote; each use below reads the field it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function splitFrontmatter(source: string): { data: Record<string, any>; content: string } {
  const [, yamlText, content] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source) ?? [];
  if (yamlText === undefined) throw new Error('content file without YAML frontmatter');
  return { data: parseYaml(yamlText) ?? {}, content: content ?? '' };
}

/** Markdown to the text a browser shows: drops emphasis markers, keeps link text, typesets quotes and dashes. */
export function plainText(markdown: string): string {
  return typeset(markdown)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function analystComment(body: string): AnalystComment | undefined {
  const match = /<AnalystComment\b([^>]*)>([\s\S]*?)<\/AnalystComment>/.exec(body);
  if (!match) return undefined;
  const attributes = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const headline = attributes.headline === undefined ? undefined : typeset(attributes.headline);
  return { sentiment: attributes.sentiment ?? '', headline, text: plainText(match[2]!) };
}

let articleCache: Article[] | undefined;

/** Every article file, published or not, in no particular order. */
export function allArticles(): Article[] {
  articleCache ??= mdxFiles(join(CONTENT_DIR, 'articles'), true).map((file) => {
    const { data, content } = splitFrontmatter(readFileSync(file, 'utf8'));
    return {
      slug: file
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
      file,
      // Readers get headlines and summaries typeset: curly quotes, dashes, ellipses (docs/content-format.md).
      title: typeset(String(data.title)),
      rawTitle: String(data.title),
      date: new Date(data.date),
      draft: data.draft === true,
      authors: data.authors as string[],
      tags: (data.tags as string[]).map((tag) => String(tag).trim()),
      summary: data.summary === undefined ? undefined : typeset(String(data.summary)),
      image: data.image,
      imageCredit: data.imageCredit === undefined ? undefined : typeset(String(data.imageCredit)),
      imageKind: data.imageKind,
      comment: analystComment(content),
      body: content,
      featured: data.featured === false ? undefined : data.featured,
      series: data.series,
      seriesTitle: data.seriesTitle,
    };
  });
  return articleCache;
}

/*
 * "Now" for publication is the build's clock: an article scheduled after it is correctly absent
 * from the site, and must not count as missing. Give the tests the NEWSDESK_BUILD_TIME the build
 * was run with for the exact value; without it, the time out/ was written is close (a story
 * scheduled in the minute or two the build took would then count as missing).
 */
export function buildTime(): Date {
  const fixed = process.env.NEWSDESK_BUILD_TIME;
  if (fixed) return new Date(fixed);
  const index = join(OUT_DIR, 'index.html');
  return existsSync(index) ? statSync(index).mtime : new Date();
}

export const isPublished = (article: Article, now = buildTime()) => !article.draft && article.date.getTime() <= now.getTime();

/** Published articles, newest first (ties by slug, so the order is stable). */
export function publishedArticles(): Article[] {
  const now = buildTime();
  return allArticles()
    .filter((article) => isPublished(article, now))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

export const unpublishedArticles = (): Article[] => allArticles().filter((article) => !isPublished(article));

/** The published article that shows off GitHub Markdown: a table, a footnote and a task list. */
export function gfmArticle(): Article {
  const found = publishedArticles().find((a) => /^\|.*\|\s*$/m.test(a.body) && /^\[\^[^\]]+\]:/m.test(a.body) && /^\s*[-*] \[[ xX]\]/m.test(a.body));
  if (!found) throw new Error(`${CONTENT_DIR} needs a published article with a table, a footnote and a task list`);
  return found;
}

/** The published article without an analyst comment. */
export function articleWithoutComment(): Article {
  const found = publishedArticles().find((a) => !a.comment);
  if (!found) throw new Error(`${CONTENT_DIR} needs a published article without an analyst comment`);
  return found;
}

export function article(slug: string): Article {
  const found = allArticles().find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`No article content/articles/**/${slug}.mdx`);
  return found;
}

/** Contract: lowercase, spaces to hyphens, letters of any script kept. */
export const tagSlug = (tag: string) =>
  tag
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_-]/gu, '');

export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tagSlug(tag))}`;

export const withTag = (articles: Article[], tag: string) => articles.filter((a) => a.tags.some((t) => tagSlug(t) === tagSlug(tag)));

export const withSentiment = (articles: Article[], sentiment: string) => articles.filter((a) => a.comment?.sentiment === sentiment);

/** "negative" → "Negative": the badge label; the analyst block adds " news". */
export const sentimentLabel = (sentiment: string) => sentiment.charAt(0).toUpperCase() + sentiment.slice(1);

export function author(slug: string): Author {
  const { data, content } = splitFrontmatter(readFileSync(join(CONTENT_DIR, 'authors', `${slug}.mdx`), 'utf8'));
  return { slug, name: String(data.name), role: data.role === undefined ? undefined : typeset(String(data.role)), bio: plainText(content) };
}

export interface ListingPageExpectation<T> {
  /** The site path of the page under the listing's base path. */
  path: string;
  /** undefined for the landing page. */
  archivePage?: number;
  /** Newest first, as the page shows them. */
  items: T[];
}

/**
 * A listing's pages in the order a reader walks them with "Older", by docs/content-format.md
 * ("URL layout"), worked out here independently of lib/pagination.ts: archive pages of PER_PAGE
 * counted from the oldest story, every full page but the newest archived, and the landing page
 * holding all the newer stories.
 */
export function listingPages<T>(basePath: string, newestFirst: T[]): Array<ListingPageExpectation<T>> {
  const oldestFirst = [...newestFirst].reverse();
  const fullPages = Math.floor(oldestFirst.length / PER_PAGE);
  const archived = Math.max(0, fullPages - 1);
  const prefix = basePath === '/' ? '' : basePath;
  const archive: Array<ListingPageExpectation<T>> = [];
  for (let n = archived; n >= 1; n--)
    archive.push({ path: `${prefix}/page/${n}`, archivePage: n, items: oldestFirst.slice((n - 1) * PER_PAGE, n * PER_PAGE).reverse() });
  return [{ path: basePath, items: oldestFirst.slice(archived * PER_PAGE).reverse() }, ...archive];
}

/** The path of the listing page that shows `slug`. */
export function pathListing<T extends { slug: string }>(basePath: string, newestFirst: T[], slug: string): string | undefined {
  return listingPages(basePath, newestFirst).find((page) => page.items.some((item) => item.slug === slug))?.path;
}
