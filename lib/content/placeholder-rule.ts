import { ARTICLE_PLACEHOLDERS, AUTHOR_PLACEHOLDERS, type Placeholder } from '../authoring/templates';

export interface PlaceholderProblem {
  line: number;
  message: string;
}

const PLACEHOLDERS: Record<'article' | 'author', readonly Placeholder[]> = {
  article: Object.values(ARTICLE_PLACEHOLDERS),
  author: Object.values(AUTHOR_PLACEHOLDERS),
};

/**
 * Template text left in a file that would be published: `npm run new:article` and
 * `new:author` write placeholders for the author to replace, and only a draft may keep them
 * (it never reaches the site). Author pages have no drafts.
 */
export function checkPlaceholders(raw: string, kind: 'article' | 'author', isDraft: boolean): PlaceholderProblem[] {
  if (isDraft) return [];
  const problems: PlaceholderProblem[] = [];
  raw.split('\n').forEach((text, index) => {
    for (const placeholder of PLACEHOLDERS[kind]) {
      if (!text.includes(placeholder.text)) continue;
      const draftHint = kind === 'article' ? '; only a draft ("draft: true") may keep it' : '';
      problems.push({ line: index + 1, message: `template text "${shorten(placeholder.text)}" is still here: ${placeholder.instead}${draftHint}` });
    }
  });
  return problems;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);
