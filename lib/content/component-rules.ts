import { ABOUT_PAGE_SLUG, ABOUT_PATH } from '../urls';
import { closestMatch } from './closest-match';
import { isValidDate, toTime } from './field-rules';
import { ANALYST_COMMENT, type AnalystCommentTag, MASTHEAD, type MastheadTag } from './mdx-analysis';

/*
 * The rules for the trust features of a body: who signs a verdict and when (<AnalystComment
 * analyst="…" date="…">), where a page may put its <Masthead />, and links to the trust pages.
 * Kept apart from body-rules.ts, which applies them, so each stays one subject.
 */

/** What a verdict's `date` is judged against. */
export interface VerdictDates {
  /** The article's `date` as written (checked by the field rules). */
  article: unknown;
  /** The build's clock; without it (a unit test of other rules) the future is not checked. */
  now?: Date;
}

/** Problems with a comment's `analyst` and `date`, as messages; the caller places them on the comment's line. */
export function verdictSignatureProblems(comment: AnalystCommentTag, authors: ReadonlySet<string>, dates: VerdictDates | undefined): string[] {
  const problems: string[] = [];
  if (comment.analyst !== undefined && !authors.has(comment.analyst)) problems.push(unknownAnalyst(comment.analyst, authors));
  if (comment.date !== undefined) {
    const problem = verdictDateProblem(comment.date, dates);
    if (problem) problems.push(problem);
  }
  return problems;
}

function unknownAnalyst(analyst: string, authors: ReadonlySet<string>): string {
  const known = [...authors].sort();
  if (analyst.trim() === '')
    return `<${ANALYST_COMMENT}> analyst="" names no one; give an author slug such as analyst="${known[0] ?? 'maya-okafor'}", or leave the attribute out to sign with the first author`;
  const suggestion = closestMatch(analyst, known);
  const newFile = `content/authors/${analyst}.mdx`;
  return suggestion
    ? `<${ANALYST_COMMENT}> analyst "${analyst}" is not an author; did you mean "${suggestion}"? A new analyst needs a file ${newFile} (known authors: ${known.join(', ')})`
    : `<${ANALYST_COMMENT}> analyst "${analyst}" is not an author; every analyst needs a file ${newFile} (known authors: ${known.join(', ')})`;
}

/**
 * A verdict is dated at or after the story it judges, and never in the future: it may be no later
 * than the build's clock, or than the story's own date when the story itself is scheduled.
 */
function verdictDateProblem(date: string, dates: VerdictDates | undefined): string | undefined {
  if (!isValidDate(date)) {
    return `<${ANALYST_COMMENT}> date "${date}" must be an ISO 8601 date or date-time in the years 1000 to 9999, such as 2026-11-03 or 2026-11-03T09:30:00Z`;
  }
  if (!dates || !isValidDate(dates.article)) return undefined;
  const articleTime = toTime(dates.article);
  if (toTime(date) < articleTime) return `<${ANALYST_COMMENT}> date ${date} is earlier than the article's "date"; a verdict is given at or after publication`;
  if (dates.now && toTime(date) > Math.max(dates.now.getTime(), articleTime)) {
    return `<${ANALYST_COMMENT}> date ${date} is after the time of the build (${dates.now.toISOString()}); date the verdict when it was given`;
  }
  return undefined;
}

/** <Masthead /> is filled in by the page around the body, so it must stand alone at the body's top level, once. */
export function mastheadProblems(
  mastheads: readonly MastheadTag[],
  allowed: boolean,
  fileLine: (line: number | undefined) => number | undefined,
): Array<{ message: string; line: number | undefined }> {
  if (!allowed)
    return mastheads.map(({ line }) => ({ line, message: `<${MASTHEAD} /> belongs in trust pages (content/pages/), not in articles or author bios` }));
  return mastheads.flatMap(({ line, topLevel, hasChildren }, index) => [
    ...(index > 0 ? [{ line, message: `a second <${MASTHEAD} />; a page lists the staff once (the first is on line ${fileLine(mastheads[0]!.line)})` }] : []),
    ...(topLevel ? [] : [{ line, message: `<${MASTHEAD} /> must stand on a line of its own, not inside a paragraph, list, quote or element` }]),
    ...(hasChildren ? [{ line, message: `<${MASTHEAD} /> takes no content: the staff list comes from the author files; write <${MASTHEAD} />` }] : []),
  ]);
}

/** Why a link to /about/<slug> would be broken, or undefined when the page exists. /about itself always does. */
export function pagePathProblem(url: string, slug: string, pages: ReadonlySet<string>): string | undefined {
  if (slug === ABOUT_PAGE_SLUG) return `link to ${url}: the page about.mdx is published at ${ABOUT_PATH}; link there`;
  return pages.has(slug) ? undefined : `link to ${url}, but there is no page "${slug}" (a file content/pages/${slug}.mdx)`;
}
