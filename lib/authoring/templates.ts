import yaml from 'js-yaml';

/** YAML frontmatter written by a library, so quotes, colons and non-Latin text are always valid. */
function frontmatter(fields: Record<string, unknown>): string {
  return `---\n${yaml.dump(fields, { lineWidth: -1, flowLevel: 1 })}---\n`;
}

export interface NewArticle {
  title: string;
  date: string;
  authors: string[];
  tags: string[];
}

/** A new article that already passes the content check: authors replace the placeholders. */
export function articleTemplate({ title, date, authors, tags }: NewArticle): string {
  return `${frontmatter({ title, date, authors, tags, summary: 'One sentence that tells readers why this story matters.' })}
Start with the news: who did what, when, and why it matters. This first paragraph is what
readers see first, so keep it short and concrete.

## What happened

Report the facts here, with figures and their sources.

## What comes next

Say what to watch for, and when.

<AnalystComment sentiment="neutral" headline="A one-line verdict on the news">
Explain why you read the news this way. Choose the sentiment that fits: positive, negative,
neutral or mixed (good and bad news at once).
</AnalystComment>
`;
}

export interface NewAuthor {
  name: string;
  role?: string;
}

export function authorTemplate({ name, role }: NewAuthor): string {
  return `${frontmatter(role ? { name, role } : { name })}
${name} writes about… Replace this with two or three sentences: what you cover, where you are
based and what you covered before.
`;
}
