import yaml from 'js-yaml';

/** YAML frontmatter written by a library, so quotes, colons and non-Latin text are always valid. */
function frontmatter(fields: Record<string, unknown>): string {
  return `---\n${yaml.dump(fields, { lineWidth: -1, flowLevel: 1 })}---\n`;
}

/**
 * A line of template text the author must replace, and what to write instead. The content check
 * (lib/content/placeholder-rule.ts) looks for exactly these texts, so a scaffold cannot be
 * published unedited: each text is one line, without quotes YAML would escape.
 */
export interface Placeholder {
  text: string;
  instead: string;
}

export const ARTICLE_PLACEHOLDERS = {
  summary: {
    text: 'TODO one sentence that tells readers why this story matters',
    instead: 'write the summary: one sentence shown under the headline and in listings (or delete the line)',
  },
  lead: {
    text: 'TODO Start with the news: who did what, when, and why it matters.',
    instead: 'write the first paragraph: the news itself, short and concrete',
  },
  facts: {
    text: 'TODO Report the facts here, with figures and their sources.',
    instead: 'report the facts in your own words',
  },
  next: {
    text: 'TODO Say what to watch for, and when.',
    instead: 'say what comes next, or delete the section',
  },
  verdict: {
    text: 'TODO choose your verdict. Delete this line and the last line of the block, set sentiment to positive, negative, neutral or mixed (CONTRIBUTING.md section 4) and replace the headline and the reasoning. Straight reporting without a verdict: delete the whole block.',
    instead:
      'the analyst comment is still commented out with no verdict chosen: uncomment it and set its sentiment to positive, negative, neutral or mixed, or delete the block for a story without a verdict',
  },
  verdictHeadline: {
    text: 'TODO your verdict in one line',
    instead: 'write the verdict headline, for example "Funding gap slows the sector"',
  },
  verdictReasoning: {
    text: 'TODO Why you read the news this way, in two to four sentences.',
    instead: 'explain your verdict in two to four sentences',
  },
} as const satisfies Record<string, Placeholder>;

export const AUTHOR_PLACEHOLDERS = {
  bio: {
    text: 'TODO Two or three sentences: what you cover, where you are based and what you covered before.',
    instead: 'write the bio readers see on the author page',
  },
} as const satisfies Record<string, Placeholder>;

/** Not a sentiment, so the check refuses it wherever the block is live; the author chooses. */
export const SENTIMENT_PLACEHOLDER = 'positive, negative, neutral or mixed';

export interface NewArticle {
  title: string;
  date: string;
  authors: string[];
  tags: string[];
}

/**
 * A draft article: it passes the check and previews in `npm run dev`, but the check refuses it
 * without `draft: true` until every placeholder is replaced. The analyst comment sits inside an
 * MDX comment because no sentiment is chosen yet and a live block needs one to render.
 */
export function articleTemplate({ title, date, authors, tags }: NewArticle): string {
  const p = ARTICLE_PLACEHOLDERS;
  return `${frontmatter({ title, date, authors, tags, summary: p.summary.text, draft: true })}
${p.lead.text}

## What happened

${p.facts.text}

## What comes next

${p.next.text}

{/* ${p.verdict.text}
<AnalystComment sentiment="${SENTIMENT_PLACEHOLDER}" headline="${p.verdictHeadline.text}">
${p.verdictReasoning.text}
</AnalystComment>
*/}
`;
}

export interface NewAuthor {
  name: string;
  role?: string;
}

/** Author pages have no drafts: the check refuses the placeholder bio until it is written. */
export function authorTemplate({ name, role }: NewAuthor): string {
  return `${frontmatter(role ? { name, role } : { name })}
${AUTHOR_PLACEHOLDERS.bio.text}
`;
}
