import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { FieldDef, FieldDefs } from 'contentlayer2/source-files';
import { isSentiment, SENTIMENTS } from '../sentiment';
import { tagSlug } from '../tags';
import { ANALYST_COMMENT, analyzeMdx, type BodyReference } from './mdx-analysis';
import { articleFields, AUTHOR_LINK_KEYS, authorFields, SLUG_PATTERN } from './schema';

export type ContentKind = 'article' | 'author';

export interface SourceFile {
  /** Path relative to the project root, as authors see it in their pull request. */
  path: string;
  kind: ContentKind;
  raw: string;
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
}

/** What exists in the content tree, for checking links between pages. */
interface SiteIndex {
  articles: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
}

interface ParsedFile {
  file: SourceFile;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts, so body positions can be reported as file lines. */
  bodyStartLine: number;
}

/** Checks every rule of ../shared/CONTENT.md over the whole content tree and returns every problem found. */
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
  const authorSlugs = new Set(authors.map((a) => a.slug));
  const site: SiteIndex = {
    articles: new Set(articles.map((a) => a.slug)),
    authors: authorSlugs,
    tags: new Set(articles.flatMap((a) => (Array.isArray(a.data.tags) ? a.data.tags.filter((t) => typeof t === 'string').map(tagSlug) : []))),
  };

  for (const author of authors) problems.push(...checkAuthor(author, site, context));
  for (const article of articles) problems.push(...checkArticle(article, site, context));
  problems.push(...checkUniqueSlugs(articles));

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity));
}

function parseFile(file: SourceFile): ParsedFile | { problem: ContentProblem } {
  const slug = slugOf(file.path);
  try {
    const { data, content } = matter(file.raw, frontmatterOptions);
    const bodyStartLine = file.raw.slice(0, file.raw.length - content.length).split('\n').length;
    return { file, slug, data, body: content, bodyStartLine };
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return {
      problem: {
        file: file.path,
        // js-yaml counts from 0 inside the block, which starts after the opening `---` line.
        line: mark ? mark.line + 2 : undefined,
        message: `the frontmatter is not valid YAML (${reason ?? String(error)}); expected "field: value" lines between two --- lines`,
      },
    };
  }
}

/*
 * YAML's JSON schema keeps dates as the text the author wrote (the default schema would quietly
 * roll 2026-02-30 over to 2 March), so the date rule can judge exactly what is in the file.
 * Passing options also turns off gray-matter's global cache, which would hand back shared objects.
 */
const frontmatterOptions = {
  engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.JSON_SCHEMA }) as object },
};

export function slugOf(path: string): string {
  return path.split('/').pop()!.replace(/\.mdx$/, '');
}

function problemAt(parsed: ParsedFile, field: string | undefined, message: string, line?: number): ContentProblem {
  return { file: parsed.file.path, field, line: line ?? (field ? fieldLine(parsed, field) : undefined), message };
}

/** The file line where a top-level frontmatter field is written. */
function fieldLine(parsed: ParsedFile, field: string): number | undefined {
  const frontmatterLines = parsed.file.raw.split('\n').slice(0, parsed.bodyStartLine - 1);
  const index = frontmatterLines.findIndex((line) => line.startsWith(`${field}:`) || line.startsWith(`${field} :`));
  return index === -1 ? undefined : index + 1;
}

function checkFields(parsed: ParsedFile, fields: FieldDefs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = Object.keys(fields);
  for (const name of Object.keys(parsed.data)) {
    if (!(name in fields)) {
      problems.push(problemAt(parsed, name, `unknown field "${name}"; allowed fields are ${known.join(', ')}`));
    }
  }
  for (const [name, def] of Object.entries(fields)) {
    const value = parsed.data[name];
    if (value === undefined || value === null) {
      if (def.required) problems.push(problemAt(parsed, name, `missing required field "${name}" (${def.description})`));
      continue;
    }
    const expected = checkFieldType(def, value);
    if (expected) problems.push(problemAt(parsed, name, `"${name}" must be ${expected}`));
  }
  return problems;
}

/** Returns what the field should have been, or undefined when the value fits its definition. */
function checkFieldType(def: FieldDef, value: unknown): string | undefined {
  switch (def.type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'a non-empty text';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'date':
      return isValidDate(value) ? undefined : 'an ISO 8601 date or date-time such as 2026-11-03 or 2026-11-03T09:30:00Z';
    case 'list': {
      const ok = Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');
      return ok ? undefined : 'a list of at least one non-empty text, for example [first, second]';
    }
    case 'json':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : 'a map of names to values';
    default:
      throw new Error(`The content rules do not know field type "${def.type}"`);
  }
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time that names a real calendar day and time (no 30 February). */
export function isValidDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  const match = typeof value === 'string' ? ISO_8601.exec(value.trim()) : null;
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const calendarDay = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    calendarDay.getUTCMonth() === month! - 1 &&
    calendarDay.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

function toTime(value: unknown): number {
  return value instanceof Date ? value.getTime() : Date.parse(String(value));
}

function checkSlug(parsed: ParsedFile): ContentProblem[] {
  if (SLUG_PATTERN.test(parsed.slug)) return [];
  return [
    problemAt(parsed, undefined, `the file name "${parsed.slug}" is not a valid slug; use lowercase letters, digits and hyphens, for example "chip-exports-slow"`),
  ];
}

function checkImage(parsed: ParsedFile, field: string, context: RuleContext): ContentProblem[] {
  const value = parsed.data[field];
  if (typeof value !== 'string' || value.trim() === '') return [];
  if (!value.startsWith('/')) {
    return [problemAt(parsed, field, `"${field}" must be a path under public/ starting with /, for example /images/articles/photo.jpg`)];
  }
  if (!context.publicFileExists(value)) {
    return [problemAt(parsed, field, `"${field}" points to ${value}, but public${value} does not exist; add the file or fix the path`)];
  }
  return [];
}

function checkAuthor(parsed: ParsedFile, site: SiteIndex, context: RuleContext): ContentProblem[] {
  const problems = [...checkSlug(parsed), ...checkFields(parsed, authorFields), ...checkImage(parsed, 'avatar', context)];
  const links = parsed.data.links;
  if (links && typeof links === 'object' && !Array.isArray(links)) {
    for (const [key, url] of Object.entries(links)) {
      if (!(AUTHOR_LINK_KEYS as readonly string[]).includes(key)) {
        problems.push(problemAt(parsed, 'links', `unknown link "${key}"; links may be ${AUTHOR_LINK_KEYS.join(', ')}`));
      } else if (typeof url !== 'string' || url.trim() === '') {
        problems.push(problemAt(parsed, 'links', `link "${key}" must be a non-empty text such as a URL or address`));
      }
    }
  }
  problems.push(...checkBody(parsed, site, context, { allowAnalystComment: false }));
  return problems;
}

function checkArticle(parsed: ParsedFile, site: SiteIndex, context: RuleContext): ContentProblem[] {
  const { data } = parsed;
  const problems = [...checkSlug(parsed), ...checkFields(parsed, articleFields), ...checkImage(parsed, 'image', context)];

  if (Array.isArray(data.authors)) {
    for (const author of data.authors) {
      if (typeof author === 'string' && !site.authors.has(author)) {
        problems.push(
          problemAt(parsed, 'authors', `unknown author "${author}"; every author needs a file content/authors/${author}.mdx (known authors: ${[...site.authors].sort().join(', ')})`),
        );
      }
    }
  }
  if (data.image && !data.imageAlt) {
    problems.push(problemAt(parsed, 'image', '"imageAlt" is required when "image" is set: describe the picture for readers who cannot see it'));
  }
  if (data.imageAlt && !data.image) {
    problems.push(problemAt(parsed, 'imageAlt', '"imageAlt" is set but there is no "image"; add the image or remove the alt text'));
  }
  if (isValidDate(data.date) && isValidDate(data.updated) && toTime(data.updated) < toTime(data.date)) {
    problems.push(problemAt(parsed, 'updated', '"updated" is earlier than "date"; an update must come at or after publication'));
  }
  problems.push(...checkBody(parsed, site, context, { allowAnalystComment: true }));
  return problems;
}

function checkBody(
  parsed: ParsedFile,
  site: SiteIndex,
  context: RuleContext,
  { allowAnalystComment }: { allowAnalystComment: boolean },
): ContentProblem[] {
  const analysis = analyzeMdx(parsed.body);
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + parsed.bodyStartLine - 1);
  const problems = analysis.issues.map((issue) => problemAt(parsed, undefined, issue.message, fileLine(issue.line)));
  for (const reference of analysis.references) {
    const message = brokenReference(reference, site, context);
    if (message) problems.push(problemAt(parsed, undefined, message, fileLine(reference.line)));
  }

  const comments = analysis.analystComments;
  if (!allowAnalystComment) {
    for (const comment of comments) {
      problems.push(problemAt(parsed, undefined, `<${ANALYST_COMMENT}> belongs in articles, not in author bios`, fileLine(comment.line)));
    }
    return problems;
  }
  comments.slice(1).forEach((comment) => {
    problems.push(
      problemAt(parsed, undefined, `a second <${ANALYST_COMMENT}>; an article has at most one (the first is on line ${fileLine(comments[0]!.line)})`, fileLine(comment.line)),
    );
  });
  for (const comment of comments) {
    const line = fileLine(comment.line);
    for (const name of comment.expressionAttributes) {
      problems.push(problemAt(parsed, undefined, `<${ANALYST_COMMENT}> ${name} must be a quoted text such as ${name}="…", not an {expression}`, line));
    }
    if (comment.sentiment === undefined) {
      if (!comment.expressionAttributes.includes('sentiment')) {
        problems.push(problemAt(parsed, undefined, `<${ANALYST_COMMENT}> has no sentiment; add sentiment="…" with one of ${SENTIMENTS.join(', ')}`, line));
      }
    } else if (!isSentiment(comment.sentiment)) {
      problems.push(
        problemAt(parsed, undefined, `<${ANALYST_COMMENT}> sentiment "${comment.sentiment}" is not one of ${SENTIMENTS.join(', ')}`, line),
      );
    }
  }
  return problems;
}

/** Why a link or image in a body would be broken on the site, or undefined when it is fine. */
function brokenReference({ kind, url }: BodyReference, site: SiteIndex, context: RuleContext): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (kind === 'image') {
    return context.publicFileExists(path) ? undefined : `image ${url} does not exist: add public${path} or fix the path`;
  }
  const [, section, rawSlug] = path.split('/');
  if (!rawSlug) return undefined;
  const slug = decodeURIComponent(rawSlug);
  switch (section) {
    case 'articles':
      return site.articles.has(slug) ? undefined : `link to ${url}, but there is no article "${slug}" (a file content/articles/**/${slug}.mdx)`;
    case 'authors':
      return site.authors.has(slug) ? undefined : `link to ${url}, but there is no author "${slug}" (a file content/authors/${slug}.mdx)`;
    case 'tags':
      return site.tags.has(slug) ? undefined : `link to ${url}, but no article is tagged "${slug}"; tag pages use the tag's slug, for example /tags/venture-capital`;
    case 'sentiment':
      return isSentiment(slug) ? undefined : `link to ${url}, but "${slug}" is not a sentiment; use one of ${SENTIMENTS.join(', ')}`;
    default:
      return undefined;
  }
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
        problemAt(article, undefined, `duplicate slug "${slug}": ${others.join(', ')} has the same file name; article file names must be unique across all folders (the URL is /articles/${slug})`),
      );
    }
  }
  return problems;
}
