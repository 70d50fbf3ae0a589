/*
 * Corrections and updates as the site uses them: dated notes in UTC, newest first, and what they
 * do to an article's "last modified" time. Pure, so the records, listings and tests share them.
 */

/** A correction or update note on an article. */
export interface DatedNote {
  /** The instant, as an ISO 8601 UTC date-time. */
  date: string;
  /** Whether the author gave a time of day; a date alone is shown without one. */
  timed: boolean;
  /** Plain text, shown as written: never markup. */
  text: string;
}

/** A frontmatter date with a time of day: 2026-11-03T09:30:00Z, but not 2026-11-03. */
const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** One note as the content check let it through: a valid date and a text. */
export function datedNote(date: string, text: string): DatedNote {
  return { date: new Date(date).toISOString(), timed: HAS_TIME.test(date.trim()), text };
}

/** Newest first, as the page and the corrections listing show them; equal times keep the author's order. */
export function newestFirst(notes: readonly DatedNote[]): DatedNote[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => Date.parse(b.note.date) - Date.parse(a.note.date) || a.index - b.index)
    .map(({ note }) => note);
}

/**
 * When an article last changed: the latest of its `updated` field, its last correction and its
 * last update, or undefined when it has none of them. A correction always moves it, so page,
 * structured data, sitemap and feeds all announce it: a correction is never silent.
 */
export function lastModified(updated: string | undefined, ...notes: ReadonlyArray<readonly DatedNote[]>): string | undefined {
  const candidates = [updated, ...notes.flat().map((note) => note.date)].filter((date): date is string => date !== undefined);
  if (candidates.length === 0) return undefined;
  return candidates.reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest));
}

/** What the corrections listing reads of an article. */
export interface Correctable {
  slug: string;
  /** Newest first (see `newestFirst`). */
  corrections?: readonly DatedNote[];
}

/** The time of an article's newest correction, or undefined when it has none. */
export const lastCorrection = (article: Correctable) => article.corrections?.[0]?.date;

/** The corrected articles among `articles`, newest correction first; ties by slug, so the order is stable. */
export function correctedArticles<T extends Correctable>(articles: readonly T[]): T[] {
  return articles
    .filter((article) => lastCorrection(article) !== undefined)
    .sort((a, b) => Date.parse(lastCorrection(b)!) - Date.parse(lastCorrection(a)!) || a.slug.localeCompare(b.slug));
}
