import { authorLinkProblem } from '../author-links';
import { tagSlug } from '../tags';
import { bodyProblems, leavesItsFolder, type SiteIndex } from './body-rules';
import { closestMatch } from './closest-match';
import { bodyFileNameProblem } from './compiled-store';
import { checkFields, checkLimits, checkTexts, type FieldProblem, isValidDate, toTime, utf8Bytes } from './field-rules';
import { fileLineOf, type Frontmatter, parseFrontmatter } from './frontmatter';
import { frontPageFieldProblems, seriesTitleConflicts } from './front-page-rules';
import { MAX_SLUG_BYTES } from './limits';
import { analyzeMdx, type MdxAnalysis } from './mdx-analysis';
import { articleFields, AUTHOR_LINK_KEYS, AUTHOR_STATUSES, authorFields, pageFields, SLUG_PATTERN, slugOf } from './schema';
import { checkPlaceholders } from './placeholder-rule';
import { checkNotes } from './notes-rules';
import { buildTime } from '../build-clock';
import type { SourceTextProblem } from './source-text';

export type ContentKind = 'article' | 'author' | 'page';

export interface SourceFile {
  /** Path relative to the project root, as authors see it in their pull request. */
  path: string;
  kind: ContentKind;
  /** The decoded, normalised text (lib/content/source-text.ts). */
  raw: string;
  /** Why the file could not even be read: a symbolic link, too large, not UTF-8. */
  refusal?: SourceTextProblem;
}

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  /** What is wrong and what is expected instead, in an author's words. */
  message: string;
}

export interface RuleContext {
  /** Whether a site path such as /images/a.svg exists under public/. Injected to keep rules pure. */
  publicFileExists: (sitePath: string) => boolean;
  /** A body's analysis made elsewhere (the CLI reads bodies in workers, against a deadline). */
  analysisOf?: (path: string) => MdxAnalysis | undefined;
  /** Why an existing file under public/ is not an image whose size can be read, or undefined when it is one. */
  imageProblem: (sitePath: string) => string | undefined;
  /** The build's clock: no note or verdict may be dated after it; the one clock (lib/build-clock.ts) when absent. */
  now?: Date;
}

interface ParsedFile extends Frontmatter {
  file: SourceFile;
  slug: string;
}

/** Checks every rule of docs/content-format.md over the whole content tree and returns every problem found. */
export function checkContent(files: SourceFile[], context: RuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = parseFile(file);
    if ('problem' in result) problems.push(result.problem);
    else parsed.push(result);
  }

  const authors = parsed.filter((p) => p.file.kind === 'author');
  const articles = parsed.filter((p) => p.file.kind === 'article');
  const pages = parsed.filter((p) => p.file.kind === 'page');
  const authorSlugs = new Set(authors.map((a) => a.slug));
  const site: SiteIndex = {
    articles: new Set(articles.map((a) => a.slug)),
    authors: authorSlugs,
    tags: new Set(articles.flatMap((a) => (Array.isArray(a.data.tags) ? a.data.tags.filter((t) => typeof t === 'string').map(tagSlug) : []))),
    pages: new Set(pages.map((p) => p.slug)),
  };

  for (const author of authors) problems.push(...checkAuthor(author, site, context));
  for (const page of pages) problems.push(...checkPage(page, site, context));
  for (const article of articles) problems.push(...checkArticle(article, site, context));
  problems.push(...checkUniqueSlugs(articles));
  problems.push(
    ...seriesTitleConflicts(
      articles.map((a) => ({ file: a.file.path, series: a.data.series, seriesTitle: a.data.seriesTitle, line: a.fieldLines.get('seriesTitle') })),
    ),
  );

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity));
}

/**
 * Each file's frontmatter, parsed once however often it is asked for: the check takes the bodies
 * from it before the rules run, and YAML parsing is most of the check's own time (20,000 files).
 */
const parsedFiles = new WeakMap<SourceFile, ReturnType<typeof parseFrontmatter>>();
export function frontmatterOf(file: SourceFile): ReturnType<typeof parseFrontmatter> {
  let parsed = parsedFiles.get(file);
  if (parsed === undefined) parsedFiles.set(file, (parsed = parseFrontmatter(file.raw)));
  return parsed;
}

function parseFile(file: SourceFile): ParsedFile | { problem: ContentProblem } {
  if (file.refusal) return { problem: { file: file.path, ...file.refusal } };
  const parsed = frontmatterOf(file);
  if ('problem' in parsed) return { problem: { file: file.path, ...parsed.problem } };
  return { ...parsed, file, slug: slugOf(file.path) };
}

function problemAt(parsed: ParsedFile, field: string | undefined, message: string, line?: number): ContentProblem {
  return { file: parsed.file.path, field, line: line ?? (field ? parsed.fieldLines.get(field) : undefined), message };
}

const fieldProblems = (parsed: ParsedFile, problems: FieldProblem[]) => problems.map(({ field, message, line }) => problemAt(parsed, field, message, line));

/** Schema, characters and sizes: the rules every content file's frontmatter shares. */
function checkFrontmatter(parsed: ParsedFile, fields: typeof articleFields | typeof authorFields | typeof pageFields): ContentProblem[] {
  return fieldProblems(parsed, [...checkTexts(parsed.texts), ...checkFields(parsed.data, fields), ...checkLimits(parsed.data)]);
}

function checkSlug(parsed: ParsedFile): ContentProblem[] {
  // The content compile names a file after the whole path below content/, folders included.
  const tooLong = bodyFileNameProblem(parsed.file.path);
  if (tooLong) return [problemAt(parsed, undefined, tooLong)];
  if (utf8Bytes(parsed.slug) > MAX_SLUG_BYTES) {
    return [
      problemAt(
        parsed,
        undefined,
        `the file name "${parsed.slug.slice(0, 40)}…" is ${utf8Bytes(parsed.slug)} bytes long; a slug may be at most ${MAX_SLUG_BYTES} (the site writes files named after it), so shorten it`,
      ),
    ];
  }
  if (SLUG_PATTERN.test(parsed.slug)) return [];
  return [
    problemAt(
      parsed,
      undefined,
      `the file name "${parsed.slug}" is not a valid slug; use lowercase letters, digits and hyphens, for example "chip-exports-slow"`,
    ),
  ];
}

function checkImage(parsed: ParsedFile, field: string, context: RuleContext): ContentProblem[] {
  const value = parsed.data[field];
  if (typeof value !== 'string' || value.trim() === '') return [];
  if (!value.startsWith('/') || value.startsWith('//')) {
    return [problemAt(parsed, field, `"${field}" must be a path under public/ starting with /, for example /images/articles/photo.jpg`)];
  }
  if (leavesItsFolder(value)) {
    return [problemAt(parsed, field, `"${field}" may not contain ".." segments; write the path from public/, for example /images/articles/photo.jpg`)];
  }
  if (!context.publicFileExists(value)) {
    return [problemAt(parsed, field, `"${field}" points to ${value}, but public${value} does not exist; add the file or fix the path`)];
  }
  // The content compile measures lead images (scripts/compile/site-compiler.ts); a file that is no image fails it there.
  const notAnImage = context.imageProblem(value);
  return notAnImage
    ? [
        problemAt(
          parsed,
          field,
          `"${field}" points to ${value}, which is not an image the site can read (${notAnImage}); save it as JPEG, PNG, WebP, GIF or SVG`,
        ),
      ]
    : [];
}

function checkAuthor(parsed: ParsedFile, site: SiteIndex, context: RuleContext): ContentProblem[] {
  const problems = [...checkSlug(parsed), ...checkFrontmatter(parsed, authorFields), ...checkImage(parsed, 'avatar', context)];
  const links = parsed.data.links;
  if (links && typeof links === 'object' && !Array.isArray(links)) {
    for (const [key, url] of Object.entries(links)) {
      if (!(AUTHOR_LINK_KEYS as readonly string[]).includes(key)) {
        problems.push(problemAt(parsed, 'links', `unknown link "${key}"; links may be ${AUTHOR_LINK_KEYS.join(', ')}`));
      } else if (typeof url !== 'string' || url.trim() === '') {
        problems.push(problemAt(parsed, 'links', `link "${key}" must be a non-empty text such as a URL or address`));
      } else {
        const refused = authorLinkProblem(key as (typeof AUTHOR_LINK_KEYS)[number], url);
        if (refused) problems.push(problemAt(parsed, 'links', refused));
      }
    }
  }
  problems.push(...checkAuthorStatus(parsed));
  problems.push(...checkBody(parsed, site, context, { allowAnalystComment: false }));
  problems.push(...checkPlaceholders(parsed.file.raw, 'author', false).map(({ line, message }) => problemAt(parsed, undefined, message, line)));
  return problems;
}

function checkAuthorStatus(parsed: ParsedFile): ContentProblem[] {
  const { status } = parsed.data;
  if (typeof status !== 'string' || (AUTHOR_STATUSES as readonly string[]).includes(status)) return [];
  const suggestion = closestMatch(status, AUTHOR_STATUSES);
  const hint = suggestion ? `; did you mean "${suggestion}"? Use` : '; use';
  return [problemAt(parsed, 'status', `"status" is "${status}"${hint} ${AUTHOR_STATUSES.join(' or ')}, or leave it out for current staff`)];
}

/** A trust page: an article's rules for its frontmatter and body, with the <Masthead /> instead of a verdict. */
function checkPage(parsed: ParsedFile, site: SiteIndex, context: RuleContext): ContentProblem[] {
  return [
    ...checkSlug(parsed),
    ...checkFrontmatter(parsed, pageFields),
    ...checkBody(parsed, site, context, { allowAnalystComment: false, allowMasthead: true }),
  ];
}

function checkArticle(parsed: ParsedFile, site: SiteIndex, context: RuleContext): ContentProblem[] {
  const { data } = parsed;
  const problems = [...checkSlug(parsed), ...checkFrontmatter(parsed, articleFields), ...checkImage(parsed, 'image', context)];

  if (Array.isArray(data.authors)) {
    for (const author of data.authors) {
      if (typeof author === 'string' && !site.authors.has(author)) problems.push(unknownAuthor(parsed, author, site));
    }
  }
  if (data.image && !data.imageAlt) {
    problems.push(problemAt(parsed, 'image', '"imageAlt" is required when "image" is set: describe the picture for readers who cannot see it'));
  }
  if (data.imageAlt && !data.image) {
    problems.push(problemAt(parsed, 'imageAlt', '"imageAlt" is set but there is no "image"; add the image or remove the alt text'));
  }
  if (data.imageKind !== undefined && data.imageKind !== null && !data.image) {
    problems.push(problemAt(parsed, 'imageKind', '"imageKind" is set but there is no "image"; add the image or remove the line'));
  }
  if (isValidDate(data.date) && isValidDate(data.updated) && toTime(data.updated) < toTime(data.date)) {
    problems.push(problemAt(parsed, 'updated', '"updated" is earlier than "date"; an update must come at or after publication'));
  }
  problems.push(...fieldProblems(parsed, checkNotes({ data, entryLines: parsed.entryLines, now: context.now ?? buildTime() })));
  problems.push(...fieldProblems(parsed, frontPageFieldProblems(data)));
  problems.push(...checkBody(parsed, site, context, { allowAnalystComment: true, verdictDates: { article: data.date, now: context.now ?? buildTime() } }));
  problems.push(...checkPlaceholders(parsed.file.raw, 'article', data.draft === true).map(({ line, message }) => problemAt(parsed, undefined, message, line)));
  return problems;
}

/** On the line of the list item when the list is written one author per line. */
function unknownAuthor(parsed: ParsedFile, author: string, site: SiteIndex): ContentProblem {
  const line = parsed.texts.find((text) => text.field === 'authors' && text.value === author)?.line;
  const known = [...site.authors].sort();
  const suggestion = closestMatch(author, known);
  const newFile = `content/authors/${author}.mdx`;
  const message = suggestion
    ? `unknown author "${author}"; did you mean "${suggestion}"? A new author needs a file ${newFile} (known authors: ${known.join(', ')})`
    : `unknown author "${author}"; every author needs a file ${newFile} (known authors: ${known.join(', ')})`;
  return problemAt(parsed, 'authors', message, line);
}

/** The body's problems (lib/content/body-rules.ts), placed on the file's own lines. */
function checkBody(parsed: ParsedFile, site: SiteIndex, context: RuleContext, options: Omit<Parameters<typeof bodyProblems>[3], 'fileLine'>): ContentProblem[] {
  const analysis = context.analysisOf?.(parsed.file.path) ?? analyzeMdx(parsed.body);
  const fileLine = (line: number | undefined) => fileLineOf(parsed, line);
  return bodyProblems(analysis, site, context, { ...options, fileLine }).map(({ line, message }) => problemAt(parsed, undefined, message, line));
}

function checkUniqueSlugs(articles: ParsedFile[]): ContentProblem[] {
  const bySlug = new Map<string, ParsedFile[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  const problems: ContentProblem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    const paths = group.map((article) => article.file.path);
    for (const article of group) {
      const others = paths.filter((path) => path !== article.file.path);
      problems.push(
        problemAt(
          article,
          undefined,
          `duplicate slug "${slug}": ${others.join(', ')} has the same file name; article file names must be unique across all folders (the URL is /articles/${slug})`,
        ),
      );
    }
  }
  return problems;
}
