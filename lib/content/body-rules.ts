import { isSentiment, SENTIMENTS } from '../sentiment';
import { closestMatch } from './closest-match';
import { ANALYST_COMMENT, type BodyReference, type MdxAnalysis } from './mdx-analysis';
import { mastheadProblems, pagePathProblem, verdictSignatureProblems, type VerdictDates } from './component-rules';

/*
 * The rules for an article's or bio's body, judged on its analysis (lib/content/mdx-analysis.ts):
 * what the analysis itself refused, links and images that would be broken, and the analyst
 * comment. Lines come back as file lines through `fileLine`.
 */

/** What exists in the content tree, for checking links between pages. */
export interface SiteIndex {
  articles: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
  /** Slugs of content/pages/ files, published under /about. */
  pages: Set<string>;
}

export interface BodyContext {
  /** Whether a site path such as /images/a.svg exists under public/. */
  publicFileExists: (sitePath: string) => boolean;
}

export interface BodyProblem {
  line: number | undefined;
  message: string;
}

/** A site path with `..` segments, written plainly or percent-encoded, that could climb out of public/. */
export const leavesItsFolder = (sitePath: string) => /(^|[\\/])(\.|%2e){2}([\\/]|$)/i.test(sitePath);

export function bodyProblems(
  analysis: MdxAnalysis,
  site: SiteIndex,
  context: BodyContext,
  {
    allowAnalystComment,
    allowMasthead = false,
    verdictDates,
    fileLine,
  }: {
    allowAnalystComment: boolean;
    /** Only trust pages may hold the <Masthead />. */
    allowMasthead?: boolean;
    /** An article's own date and the build clock, which a verdict's `date` is judged against. */
    verdictDates?: VerdictDates;
    fileLine: (line: number | undefined) => number | undefined;
  },
): BodyProblem[] {
  const problem = (message: string, line: number | undefined): BodyProblem => ({ line: fileLine(line), message });
  const problems = analysis.issues.map((issue) => problem(issue.message, issue.line));
  for (const reference of analysis.references) {
    const message = brokenReference(reference, site, context);
    if (message) problems.push(problem(message, reference.line));
  }
  problems.push(...mastheadProblems(analysis.mastheads, allowMasthead, fileLine).map(({ message, line }) => problem(message, line)));

  const comments = analysis.analystComments;
  if (!allowAnalystComment) {
    return [...problems, ...comments.map((comment) => problem(`<${ANALYST_COMMENT}> belongs in articles, not in author bios or pages`, comment.line))];
  }
  for (const comment of comments.slice(1)) {
    problems.push(problem(`a second <${ANALYST_COMMENT}>; an article has at most one (the first is on line ${fileLine(comments[0]!.line)})`, comment.line));
  }
  for (const comment of comments) {
    for (const name of comment.expressionAttributes) {
      problems.push(problem(`<${ANALYST_COMMENT}> ${name} must be a quoted text such as ${name}="…", not an {expression}`, comment.line));
    }
    if (comment.sentiment === undefined) {
      if (!comment.expressionAttributes.includes('sentiment')) {
        problems.push(problem(`<${ANALYST_COMMENT}> has no sentiment; add sentiment="…" with one of ${SENTIMENTS.join(', ')}`, comment.line));
      }
    } else if (!isSentiment(comment.sentiment)) {
      const suggestion = closestMatch(comment.sentiment, SENTIMENTS);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      problems.push(problem(`<${ANALYST_COMMENT}> sentiment "${comment.sentiment}" is not one of ${SENTIMENTS.join(', ')}${hint}`, comment.line));
    }
    problems.push(...verdictSignatureProblems(comment, site.authors, verdictDates).map((message) => problem(message, comment.line)));
  }
  return problems;
}

/** Why a link or image in a body would be broken on the site, or undefined when it is fine. */
function brokenReference({ kind, url }: BodyReference, site: SiteIndex, context: BodyContext): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (kind === 'image') {
    if (leavesItsFolder(path)) return `image ${url} may not contain ".." segments; write the path from public/, for example /images/chart.png`;
    return context.publicFileExists(path) ? undefined : `image ${url} does not exist: add public${path} or fix the path`;
  }
  const [, section, rawSlug] = path.split('/');
  if (!rawSlug) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return `link to ${url} has a broken percent-encoding; write the path as it appears on the site`;
  }
  switch (section) {
    case 'articles':
      return site.articles.has(slug) ? undefined : `link to ${url}, but there is no article "${slug}" (a file content/articles/**/${slug}.mdx)`;
    case 'authors':
      return site.authors.has(slug) ? undefined : `link to ${url}, but there is no author "${slug}" (a file content/authors/${slug}.mdx)`;
    case 'tags':
      return site.tags.has(slug)
        ? undefined
        : `link to ${url}, but no article is tagged "${slug}"; tag pages use the tag's slug, for example /tags/venture-capital`;
    case 'sentiment':
      return isSentiment(slug) ? undefined : `link to ${url}, but "${slug}" is not a sentiment; use one of ${SENTIMENTS.join(', ')}`;
    case 'about':
      return pagePathProblem(url, slug, site.pages);
    default:
      return undefined;
  }
}
